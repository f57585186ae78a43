import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { DEFAULT_QUESTIONS } from "~/modules/reintegration/default-questions";
import { ensureQuestions, latestScoreDrop, scoreDropsAmong } from "~/modules/reintegration/index.server";
import { action as newAction, loader as newLoader } from "~/routes/care.beneficiaries.$code_.assessments.new";
import { loader as trajectoryLoader } from "~/routes/care.beneficiaries.$code_.assessments._index";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { careTeam, signedInCare } from "./care-beneficiaries-helpers";
import { careBeneficiary, careOrganisation, careReferral } from "./care-factories";
import { makeRequest } from "./helpers";

const allAnswers = (score: number) => Object.fromEntries(DEFAULT_QUESTIONS.map((question) => [`answers.${question.key}`, String(score)]));

function record(cookie: string, code: string, form: Record<string, string>) {
  return settle(newAction(args(makeRequest(`/care/beneficiaries/${code}/assessments/new`, { cookie, form }), { code })));
}

function trajectory(cookie: string, code: string) {
  return settle(trajectoryLoader(args(makeRequest(`/care/beneficiaries/${code}/assessments`, { cookie }), { code })));
}

async function person() {
  const team = await careTeam();
  const { beneficiary, careCase } = await careBeneficiary({ organisationId: team.organisation.id, stage: "reintegration", consents: ["case_management", "share_partners"] });
  await db.beneficiary.update({ where: { id: beneficiary.id }, data: { createdAt: new Date("2025-01-05T10:00:00Z") } });
  return { team, beneficiary, careCase: careCase! };
}

describe("reintegration: sustainability assessments", () => {
  it("recording with every answer stores the answers and the right scores, and audits the scores only", async () => {
    const { team, beneficiary } = await person();
    const form = { assessedOn: "2025-06-01", ...allAnswers(2), "answers.economic_situation": "4", "answers.debt": "0", "answers.work_access": "3", "answers.food_security": "1", "answers.distress": "4" };
    expect(locationOf(await record(team.caseworker.cookie, beneficiary.code, form))).toBe(`/care/beneficiaries/${beneficiary.code}/assessments?done=recorded`);

    const stored = await db.assessment.findFirstOrThrow({ where: { beneficiaryId: beneficiary.id }, include: { answers: true } });
    // economic (4+0+3+1+2)/20 = 0.5; social 0.5; psychosocial (2+2+2+2+4)/20 = 0.6; composite 0.533
    expect([stored.economicScore, stored.socialScore, stored.psychosocialScore, stored.compositeScore].map(Number)).toEqual([0.5, 0.5, 0.6, 0.533]);
    expect(stored.assessedOn.toISOString().slice(0, 10)).toBe("2025-06-01");
    expect(stored.assessedById).toBe(team.caseworker.user.id);
    expect(stored.answers).toHaveLength(15);
    const audit = await db.auditLog.findMany({ where: { action: "care.assessment.recorded" } });
    expect(audit).toMatchObject([{ entityType: "beneficiary", entityId: beneficiary.code, actorId: team.caseworker.user.id, details: { assessedOn: "2025-06-01", economic: 0.5, social: 0.5, psychosocial: 0.6, composite: 0.533 } }]);
  });

  it("refuses a missing answer (naming the question), an answer out of range, a future date or one before registration, and stores nothing", async () => {
    const { team, beneficiary } = await person();
    const missing: Record<string, string> = { assessedOn: "2025-06-01", ...allAnswers(3) };
    delete missing["answers.housing"];
    const refusal = refused(await record(team.caseworker.cookie, beneficiary.code, missing));
    expect(refusal.status).toBe(400);
    expect(refusal.errors[""]).toEqual(["careAssessments:errors.unanswered"]);
    expect(refusal.errors["answers.housing"]).toEqual(["careAssessments:errors.answerRequired"]);
    const missingResult = (await record(team.caseworker.cookie, beneficiary.code, missing)) as unknown as { data: { questionKey: string } };
    expect(missingResult.data.questionKey).toBe("housing");

    expect(refused(await record(team.caseworker.cookie, beneficiary.code, { assessedOn: "2025-06-01", ...allAnswers(3), "answers.debt": "5" })).errors["answers.debt"]).toEqual(["careAssessments:errors.answerRange"]);
    expect(refused(await record(team.caseworker.cookie, beneficiary.code, { assessedOn: "2999-01-01", ...allAnswers(3) })).errors.assessedOn).toEqual(["careAssessments:errors.dateFuture"]);
    expect(refused(await record(team.caseworker.cookie, beneficiary.code, { assessedOn: "2024-12-31", ...allAnswers(3) })).errors.assessedOn).toEqual(["careAssessments:errors.beforeRegistration"]);
    expect(await db.assessment.count({ where: { beneficiaryId: beneficiary.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "care.assessment.recorded", entityId: beneficiary.code } })).toBe(0);
  });

  it("the trajectory lists assessments in date order and marks a drop of 0.1 or more; latestScoreDrop and scoreDropsAmong report it", async () => {
    const { team, beneficiary } = await person();
    const steady = await person();
    // Recorded out of order: the page sorts by date.
    for (const [assessedOn, score] of [["2025-09-01", "2"], ["2025-03-01", "2"], ["2025-06-01", "3"]] as const) {
      locationOf(await record(team.caseworker.cookie, beneficiary.code, { assessedOn, ...allAnswers(Number(score)) }));
    }
    locationOf(await record(steady.team.caseworker.cookie, steady.beneficiary.code, { assessedOn: "2025-03-01", ...allAnswers(2) }));
    locationOf(await record(steady.team.caseworker.cookie, steady.beneficiary.code, { assessedOn: "2025-06-01", ...allAnswers(3) }));

    const page = (await trajectory(team.supervisor.cookie, beneficiary.code)) as Exclude<Awaited<ReturnType<typeof trajectoryLoader>>, Response>;
    expect(page.assessments.map((a) => [a.assessedOn, a.composite, a.droppedFrom])).toEqual([
      ["2025-03-01", 0.5, null],
      ["2025-06-01", 0.75, null],
      ["2025-09-01", 0.5, 0.75],
    ]);
    expect(page.dropped).toEqual({ from: 0.75, to: 0.5, on: "2025-09-01" });
    expect(page.canRecord).toBe(true);

    expect(await latestScoreDrop(beneficiary.id)).toEqual({ from: 0.75, to: 0.5, on: "2025-09-01" });
    expect(await latestScoreDrop(steady.beneficiary.id)).toBeNull();
    const drops = await scoreDropsAmong([beneficiary.id, steady.beneficiary.id]);
    expect([...drops.entries()]).toEqual([[beneficiary.id, { from: 0.75, to: 0.5, on: "2025-09-01" }]]);
  });

  it("only the person's team sees and records: a partner, another organisation and an auditor get 404 (or 403 without the permission)", async () => {
    const { team, beneficiary, careCase } = await person();
    await ensureQuestions();
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"] });
    await careReferral({ caseId: careCase.id, fromOrganisationId: team.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    const partner = await signedInCare("supervisor", partnerOrg.id);
    const stranger = await careTeam();
    // An auditor in an organisation of her own (the access rules give a member of the person's organisation team access).
    const auditor = await signedInCare("auditor", (await careOrganisation({ kind: "government_ahtu", mandates: ["policing"] })).id);

    const form = { assessedOn: "2025-06-01", ...allAnswers(3) };
    for (const cookie of [partner.cookie, stranger.supervisor.cookie, stranger.caseworker.cookie]) {
      expect(((await trajectory(cookie, beneficiary.code)) as Response).status).toBe(404);
      expect(((await record(cookie, beneficiary.code, form)) as Response).status).toBe(404);
    }
    expect([403, 404]).toContain(((await record(auditor.cookie, beneficiary.code, form)) as Response).status);
    expect([403, 404]).toContain(((await trajectory(auditor.cookie, beneficiary.code)) as Response).status);
    expect(await db.assessment.count({ where: { beneficiaryId: beneficiary.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.denied", entityId: beneficiary.code } })).toBeGreaterThanOrEqual(6);
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.read" } })).toBe(0);

    // The organisation's caseworker opens the questionnaire and records.
    const questionnaire = (await settle(newLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/assessments/new`, { cookie: team.caseworker.cookie }), { code: beneficiary.code })))) as Exclude<Awaited<ReturnType<typeof newLoader>>, Response>;
    expect(questionnaire.questions).toHaveLength(15);
    expect(questionnaire.questions.find((q) => q.key === "distress")!.answers[4]).toBe("Never");
    expect(locationOf(await record(team.caseworker.cookie, beneficiary.code, form))).toContain("done=recorded");
  });
});
