import { randomUUID } from "node:crypto";
import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { CareAccess } from "~/modules/cases/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import { scoreAnswers, type Scores } from "./assessment-scoring";
import { answerValue, type NewAssessmentInput } from "./assessment-schemas";
import { DEFAULT_QUESTIONS } from "./default-questions";
import type { AssessmentDimension } from "./vocabulary";

/**
 * Sustainability assessments: the questionnaire (data, seeded from DEFAULT_QUESTIONS) and recording one
 * assessment with its four scores. Audit details carry the scores only, never what the answers mean.
 */

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

/** Writes the default questions that are missing, by key; a question already there is left as it is. */
export async function ensureQuestions(tx: Tx = db) {
  await tx.assessmentQuestion.createMany({
    data: DEFAULT_QUESTIONS.map((question, index) => ({
      key: question.key,
      dimension: question.dimension,
      textEn: question.en,
      textHi: question.hi,
      maxScore: 4,
      weight: 1,
      position: index + 1,
    })),
    skipDuplicates: true,
  });
}

export interface QuestionInForce {
  id: string;
  key: string;
  dimension: AssessmentDimension;
  textEn: string;
  textHi: string;
  maxScore: number;
  weight: number;
  position: number;
}

/** The active questions, in the order they are asked. */
export async function questionsInForce(tx: Tx = db): Promise<QuestionInForce[]> {
  const rows = await tx.assessmentQuestion.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { key: "asc" }] });
  return rows.map((row) => ({ id: row.id, key: row.key, dimension: row.dimension, textEn: row.textEn, textHi: row.textHi, maxScore: row.maxScore, weight: Number(row.weight), position: row.position }));
}

/** Staff of the person's team who may manage her case and hold the assessment permission. */
export function canRecordAssessment(access: CareAccess) {
  return access.kind === "team" && access.canManage && roleGrants(access.role, "manage:assessment:own");
}

/** The earliest day an assessment may carry: the person's registration day, wherever on Earth it was. */
export function earliestAssessmentDay(registeredAt: Date) {
  return new Date(registeredAt.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export type RecordOutcome =
  | { ok: true; assessmentId: string; scores: Scores }
  | { ok: false; fieldErrors: Record<string, string[]>; formErrors?: string[]; questionKey?: string };

export async function recordAssessment(user: SessionUser, found: Found, input: NewAssessmentInput, ip: string | null): Promise<RecordOutcome> {
  const person = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { anonymisedAt: true, createdAt: true } });
  if (person.anonymisedAt) return { ok: false, fieldErrors: {}, formErrors: ["careAssessments:errors.anonymised"] };
  if (input.assessedOn < earliestAssessmentDay(person.createdAt)) return { ok: false, fieldErrors: { assessedOn: ["careAssessments:errors.beforeRegistration"] } };

  const questions = await questionsInForce();
  const answers = Object.fromEntries(questions.map((question) => [question.key, answerValue(input.answers[question.key])]));
  const scored = scoreAnswers(questions, answers);
  if (!scored.ok) {
    const message = scored.problem === "unanswered" ? "careAssessments:errors.unanswered" : "careAssessments:errors.outOfRange";
    return { ok: false, fieldErrors: { [`answers.${scored.questionKey}`]: [`careAssessments:errors.${scored.problem === "unanswered" ? "answerRequired" : "answerRange"}`] }, formErrors: [message], questionKey: scored.questionKey };
  }
  const assessmentId = randomUUID();
  await db.$transaction(async (tx) => {
    await writeAssessment(tx, { id: assessmentId, beneficiaryId: found.beneficiary.id, assessedOn: input.assessedOn, assessedById: user.id, scores: scored.scores, answers: questions.map((question) => ({ questionId: question.id, score: answers[question.key]! })) });
    await recordAudit(
      {
        action: "care.assessment.recorded",
        actorId: user.id,
        organisationId: found.access.organisationId,
        entityType: "beneficiary",
        entityId: found.beneficiary.code,
        ip,
        details: { assessedOn: input.assessedOn, ...scored.scores },
      },
      tx,
    );
  });
  return { ok: true, assessmentId, scores: scored.scores };
}

/**
 * Stores an assessment already scored (by recordAssessment, or by the seed with scoreAnswers): no access
 * or date checks here, and no audit row.
 */
export async function writeAssessment(
  tx: Tx,
  assessment: { id?: string; beneficiaryId: string; assessedOn: string; assessedById: string | null; scores: Scores; answers: { questionId: string; score: number }[] },
) {
  await tx.assessment.create({
    data: {
      id: assessment.id ?? randomUUID(),
      beneficiaryId: assessment.beneficiaryId,
      assessedOn: new Date(`${assessment.assessedOn}T00:00:00Z`),
      assessedById: assessment.assessedById,
      economicScore: assessment.scores.economic,
      socialScore: assessment.scores.social,
      psychosocialScore: assessment.scores.psychosocial,
      compositeScore: assessment.scores.composite,
      answers: { createMany: { data: assessment.answers } },
    },
  });
}
