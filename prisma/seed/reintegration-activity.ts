import { randomUUID } from "node:crypto";
import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { encryptNote } from "~/modules/cases/identity-codec.server";
import { courseShort, questionsInForce, writeAssessment } from "~/modules/reintegration/index.server";
import { scoreAnswers, SCORE_DROP } from "~/modules/reintegration/assessment-scoring";
import type { ClaimStatus } from "~/modules/reintegration/vocabulary";
import { CLAIM_NOTES, PLACES } from "./reintegration-texts";
import type { PlanCase, PlanDays } from "./reintegration-plans";

/** Training, compensation claims and sustainability assessments of the people with demo plans. */

interface Course {
  id: string;
  titleEn: string;
  sessionsRequired: number;
}

/** Sessions every two weeks or so over the last eighteen months; each plan's person enrols in her track's course (and some in book-keeping). */
export async function seedTraining(db: Db, plans: PlanCase[], coursesOf: (plan: PlanCase) => Course[], days: PlanDays) {
  const { day } = days;
  const sessions = new Map<string, { id: string; daysAgo: number }[]>();
  const sessionRows: Prisma.CourseSessionCreateManyInput[] = [];
  const sessionsOf = (course: Course) => {
    let list = sessions.get(course.id);
    if (!list) {
      list = [];
      const place = faker.helpers.arrayElement(PLACES);
      for (let daysAgo = 540 - faker.number.int({ min: 0, max: 10 }); daysAgo > 2; daysAgo -= faker.number.int({ min: 12, max: 16 })) {
        const id = randomUUID();
        list.push({ id, daysAgo });
        sessionRows.push({ id, courseId: course.id, heldOn: day(daysAgo), place, createdAt: day(daysAgo + 7) });
      }
      sessions.set(course.id, list);
    }
    return list;
  };

  const enrolments: (Prisma.EnrolmentCreateManyInput & { completedDaysAgo?: number; short: string })[] = [];
  const attendance: Prisma.AttendanceCreateManyInput[] = [];
  for (const plan of plans) {
    const [own, ...others] = coursesOf(plan);
    const chosen = [own!, ...(faker.datatype.boolean({ probability: 0.5 }) ? others.slice(0, 1) : [])];
    for (const [position, course] of chosen.entries()) {
      const enrolledDaysAgo = Math.max(3, plan.startDaysAgo - faker.number.int({ min: 3, max: 20 }) - position * 30);
      const id = randomUUID();
      const drops = plan.role === null && faker.datatype.boolean({ probability: 0.1 });
      let present = 0;
      let completedDaysAgo: number | undefined;
      for (const session of sessionsOf(course).filter((candidate) => candidate.daysAgo < enrolledDaysAgo)) {
        const here = faker.datatype.boolean({ probability: 0.85 });
        attendance.push({ sessionId: session.id, enrolmentId: id, present: here });
        if (here) present++;
        if (drops && present === 2) break;
        if (!drops && present === course.sessionsRequired) {
          completedDaysAgo = Math.max(1, session.daysAgo);
          break;
        }
      }
      enrolments.push({
        id,
        courseId: course.id,
        beneficiaryId: plan.beneficiaryId,
        status: drops ? "dropped" : completedDaysAgo !== undefined ? "completed" : "enrolled",
        enrolledOn: day(enrolledDaysAgo),
        completedOn: completedDaysAgo !== undefined ? day(completedDaysAgo) : null,
        createdAt: day(enrolledDaysAgo),
        completedDaysAgo,
        short: courseShort(course.titleEn),
      });
    }
  }
  // Certificates numbered per course and year in the order they were issued, as completeEnrolment numbers them.
  const issued = new Map<string, number>();
  for (const enrolment of enrolments.filter((row) => row.completedOn).sort((a, b) => b.completedDaysAgo! - a.completedDaysAgo!)) {
    const prefix = `CERT-${enrolment.short}-${(enrolment.completedOn as Date).getUTCFullYear()}-`;
    const next = (issued.get(prefix) ?? 0) + 1;
    issued.set(prefix, next);
    enrolment.certificateNo = `${prefix}${String(next).padStart(4, "0")}`;
  }
  await db.$transaction(
    async (tx) => {
      await tx.courseSession.createMany({ data: sessionRows });
      await tx.enrolment.createMany({ data: enrolments.map(({ completedDaysAgo: _days, short: _short, ...row }) => row) });
      await tx.attendance.createMany({ data: attendance });
    },
    { timeout: 120_000 },
  );
}

/** The status path to each final status, as CLAIM_TRANSITIONS allows. */
const PATHS: Record<ClaimStatus, ClaimStatus[]> = {
  filed: ["filed"],
  under_review: ["filed", "under_review"],
  hearing: ["filed", "under_review", "hearing"],
  awarded: ["filed", "under_review", "hearing", "awarded"],
  disbursed: ["filed", "under_review", "hearing", "awarded", "disbursed"],
  rejected: ["filed", "under_review", "rejected"],
  appealed: ["filed", "under_review", "rejected", "appealed"],
};

/**
 * Claims of the cases in Re-compensation, in every status, and of every other case in Re-integration (a claim
 * may be filed at any time; it is the whole work of the last stage), so that the network's dashboard has
 * more than 11 claimants to show; a hearing within a fortnight for the demo caseworker.
 */
export async function seedClaims(db: Db, plans: PlanCase[], schemes: { meghalaya: string; assam: string; ngoId: string }, days: PlanDays) {
  const { day } = days;
  const order: ClaimStatus[] = ["disbursed", "awarded", "rejected", "appealed", "under_review", "filed", "hearing", "disbursed"];
  let turn = 0;
  const claims: Prisma.CompensationClaimCreateManyInput[] = [];
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  const claimants = plans.filter((candidate, index) => candidate.stage === "recompensation" || (candidate.stage === "reintegration" && index % 2 === 0));
  for (const plan of claimants) {
    const status: ClaimStatus = plan.role === "hearing" ? "hearing" : plan.role === "closing" ? "disbursed" : order[turn++ % order.length]!;
    const path = PATHS[status];
    const filedDaysAgo = Math.max(path.length * 25, Math.min(plan.startDaysAgo - 5, faker.number.int({ min: 150, max: 260 })));
    const step = Math.floor((filedDaysAgo - 5) / path.length);
    const claimId = randomUUID();
    const claimedInr = faker.number.int({ min: 4, max: 20 }) * 25_000_00;
    const awardedInr = Math.round((claimedInr * faker.number.float({ min: 0.5, max: 1 })) / 100_000) * 100_000;
    const at = (index: number) => filedDaysAgo - index * step;
    const event = (kind: string, daysAgo: number, fields: Partial<Prisma.ClaimEventCreateManyInput>, notes: string | null) => {
      const id = randomUUID();
      events.push({ id, claimId, kind, occurredOn: day(daysAgo), notes: encryptNote("claim_event.notes", id, notes), actorId: plan.assigneeId, createdAt: day(Math.max(daysAgo, 1)), ...fields });
    };
    path.forEach((to, index) => event("status_changed", at(index), { toStatus: to }, CLAIM_NOTES[to]));
    const awardedAt = path.indexOf("awarded");
    const disbursedAt = path.indexOf("disbursed");
    const hearingAt = path.indexOf("hearing");
    if (hearingAt >= 0 && status !== "hearing") event("hearing_held", at(hearingAt) - 10, {}, CLAIM_NOTES.hearing);
    event("court_milestone", filedDaysAgo + 20, { milestone: "charge_sheet_filed" }, null);
    // The hearing still to come: nine days from now for the demo caseworker's case, three weeks for others.
    const nextHearing = status === "hearing" ? (plan.role === "hearing" ? -9 : -21) : null;
    if (nextHearing !== null) event("hearing_scheduled", nextHearing, {}, "Next hearing before the DLSA.");
    claims.push({
      id: claimId,
      caseId: plan.caseId,
      schemeId: plan.organisationId === schemes.ngoId ? schemes.meghalaya : schemes.assam,
      authority: plan.organisationId === schemes.ngoId ? "DLSA East Khasi Hills" : "DLSA Kamrup Metropolitan",
      status,
      filedOn: day(filedDaysAgo),
      claimedInr,
      awardedInr: awardedAt >= 0 ? awardedInr : null,
      awardedOn: awardedAt >= 0 ? day(at(awardedAt)) : null,
      disbursedInr: disbursedAt >= 0 ? awardedInr : null,
      disbursedOn: disbursedAt >= 0 ? day(at(disbursedAt)) : null,
      nextHearingOn: nextHearing === null ? null : day(nextHearing),
      createdById: plan.assigneeId,
      createdAt: day(filedDaysAgo),
      updatedAt: day(Math.max(1, at(path.length - 1))),
    });
  }
  await db.$transaction(async (tx) => {
    await tx.compensationClaim.createMany({ data: claims });
    await tx.claimEvent.createMany({ data: events });
  });
}

/** Two to four assessments each, scores mostly rising; some fall by 0.1 or more at the last one (the demo caseworker's first-sale case among them). */
export async function seedAssessments(db: Db, plans: PlanCase[], days: PlanDays) {
  const questions = await questionsInForce();
  const { day } = days;
  await db.$transaction(
    async (tx) => {
      for (const plan of plans) {
        // The quiet case was last assessed more than two months ago.
        const latest = plan.role === "quiet" ? 80 : 3;
        const span = plan.startDaysAgo - 5 - latest;
        const count = span < 60 ? 2 : Math.min(4, 2 + Math.floor(span / 120));
        const drops = plan.role === "firstSale" || (plan.role === null && faker.datatype.boolean({ probability: 0.2 }));
        const base = faker.number.float({ min: 0.3, max: 0.5 });
        let previous: number | null = null;
        for (let index = 0; index < count; index++) {
          const daysAgo = Math.max(latest, Math.round(plan.startDaysAgo - 5 - (span * index) / Math.max(1, count - 1)));
          const last = index === count - 1;
          const level = drops && last && previous !== null ? Math.max(0.05, previous - 0.22) : Math.min(0.95, base + index * (plan.thriving ? 0.12 : 0.04));
          const answers = Object.fromEntries(questions.map((question) => [question.key, Math.max(0, Math.min(question.maxScore, Math.round(level * question.maxScore + faker.number.float({ min: -0.7, max: 0.7 }))))]));
          const scored = scoreAnswers(questions, answers);
          if (!scored.ok) throw new Error(scored.message);
          if (drops && last && previous !== null && previous - scored.scores.composite < SCORE_DROP) {
            // Rounding can soften the fall: lower every answer one step more.
            for (const key of Object.keys(answers)) answers[key] = Math.max(0, answers[key]! - 1);
          }
          const final = scoreAnswers(questions, answers);
          if (!final.ok) throw new Error(final.message);
          previous = final.scores.composite;
          await writeAssessment(tx, {
            beneficiaryId: plan.beneficiaryId,
            assessedOn: day(daysAgo).toISOString().slice(0, 10),
            assessedById: plan.assigneeId,
            scores: final.scores,
            answers: questions.map((question) => ({ questionId: question.id, score: answers[question.key]! })),
          });
        }
      }
    },
    { timeout: 120_000 },
  );
}
