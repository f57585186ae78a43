import { randomUUID } from "node:crypto";
import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Prisma } from "~/generated/prisma/client";
import type { Db } from "~/lib/db.server";
import { encryptNote } from "~/modules/cases/identity-codec.server";
import { LIVELIHOOD_TRACKS, type LivelihoodTrack } from "~/modules/reintegration/vocabulary";
import { BANK_ACCOUNT, GOALS, GOALS_SECOND_LINE, INCOME_EVIDENCE, PSYCHOSOCIAL_MILESTONE, SOCIAL_MILESTONES, TRACK_SOURCES } from "./reintegration-texts";

/**
 * The demo plans: one per open case in Re-integration or Re-compensation, each with a livelihood track, a
 * target of ₹3,000–₹8,000 a month, a start soon after the case entered Re-integration, milestones of every
 * kind, and the income the caseworker entered month by month (shop income comes from the ledger later).
 */

export const DAY = 86_400_000;

/** Roles a few of the demo caseworker's cases play, for the alerts on her home page. */
export type DemoRole = "firstSale" | "quiet" | "hearing" | "closing" | null;

export interface PlanCase {
  caseId: string;
  planId: string;
  stage: "reintegration" | "recompensation";
  organisationId: string;
  assigneeId: string;
  beneficiaryId: string;
  code: string;
  makerSlug: string | null;
  track: LivelihoodTrack;
  targetInr: number;
  /** Days before now the plan started. */
  startDaysAgo: number;
  /** Income grows to the target (or stays below half of it). */
  thriving: boolean;
  role: DemoRole;
}

const MAKER_TRACKS: Record<string, LivelihoodTrack> = {
  daphi: "handloom_weaving",
  iba: "beekeeping",
  kyntiew: "beekeeping",
  rani: "handloom_weaving",
  mary: "handloom_weaving",
  bina: "handicraft",
  sunita: "handicraft",
  lalnun: "art",
  "maker-12": "art",
  ridalin: "handloom_weaving",
};

export interface PlanDays {
  /** A day (days before today in India, careToday) as a date column holds it: UTC midnight of that day. */
  day: (daysAgo: number) => Date;
  now: Date;
}

/** Decides each case's plan: track (every track represented), target, start, and how her income goes. */
export function planCases(
  cases: { id: string; stage: string; leadOrganisationId: string; assignedToId: string | null; beneficiaryId: string; code: string; makerSlug: string | null; reintegrationEnteredDaysAgo: number; role: DemoRole }[],
): PlanCase[] {
  let turn = 0;
  return cases.map((careCase) => {
    const track = (careCase.makerSlug && MAKER_TRACKS[careCase.makerSlug]) || LIVELIHOOD_TRACKS[turn++ % LIVELIHOOD_TRACKS.length]!;
    const startDaysAgo = Math.max(3, careCase.reintegrationEnteredDaysAgo - faker.number.int({ min: 2, max: 10 }));
    return {
      caseId: careCase.id,
      planId: randomUUID(),
      stage: careCase.stage as PlanCase["stage"],
      organisationId: careCase.leadOrganisationId,
      assigneeId: careCase.assignedToId!,
      beneficiaryId: careCase.beneficiaryId,
      code: careCase.code,
      makerSlug: careCase.makerSlug,
      track,
      targetInr: careCase.role === "firstSale" ? 500_000 : faker.number.int({ min: 6, max: 16 }) * 50_000,
      startDaysAgo,
      thriving: careCase.role === "firstSale" ? false : careCase.role !== null || faker.datatype.boolean({ probability: 0.7 }),
      role: careCase.role,
    };
  });
}

/** First days of the months from the plan's start to the month before today's ("YYYY-MM-01" dates), at most 18. */
function monthsSince(start: Date, today: Date) {
  const months: Date[] = [];
  for (let at = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); at.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1); ) {
    months.push(at);
    at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  }
  return months.slice(-18);
}

export async function seedPlans(db: Db, plans: PlanCase[], courses: Map<string, { id: string; titleEn: string }>, days: PlanDays) {
  const { day, now } = days;
  const rows = { plans: [] as Prisma.ReintegrationPlanCreateManyInput[], milestones: [] as Prisma.MilestoneCreateManyInput[], income: [] as Prisma.IncomeRecordCreateManyInput[] };
  for (const plan of plans) {
    const start = day(plan.startDaysAgo);
    const created = new Date(start.getTime() + 10 * 3_600_000);
    const goals = `${faker.helpers.arrayElement(GOALS[plan.track])} ${GOALS_SECOND_LINE}`;
    rows.plans.push({
      id: plan.planId,
      caseId: plan.caseId,
      livelihoodTrack: plan.track,
      goals: encryptNote("plan.goals", plan.planId, goals),
      targetMonthlyIncomeInr: plan.targetInr,
      startOn: start,
      createdById: plan.assigneeId,
      createdAt: created,
      updatedAt: created,
    });

    const milestone = (fields: Omit<Prisma.MilestoneCreateManyInput, "planId" | "id" | "dueOn" | "metOn"> & { dueDaysAgo: number; metDaysAgo?: number | null }, evidence?: string) => {
      const id = randomUUID();
      const { dueDaysAgo, metDaysAgo, ...rest } = fields;
      const met = metDaysAgo != null && !rest.rule;
      rows.milestones.push({
        id,
        planId: plan.planId,
        ...rest,
        dueOn: day(dueDaysAgo),
        metOn: met ? day(Math.max(1, metDaysAgo)) : null,
        metById: met ? plan.assigneeId : null,
        evidence: met ? encryptNote("milestone.evidence", id, evidence) : null,
        createdAt: created,
        updatedAt: created,
      });
    };
    const since = plan.startDaysAgo;
    // Ticked milestones: met some weeks after they were set when their time has come, except for a few.
    const metIfDue = (dueDaysAgo: number, chance: number) =>
      dueDaysAgo < since - 20 && faker.datatype.boolean({ probability: chance }) ? faker.number.int({ min: Math.max(dueDaysAgo, 2), max: since - 5 }) : null;
    milestone({ kind: "custom", title: BANK_ACCOUNT.title, dueDaysAgo: since - 30, metDaysAgo: since > 25 ? since - faker.number.int({ min: 8, max: 20 }) : null }, BANK_ACCOUNT.evidence);
    const course = courses.get(`${plan.organisationId}:${plan.track}`) ?? courses.get(`${plan.organisationId}:bookkeeping`)!;
    milestone({ kind: "training", title: `Completes "${course.titleEn}"`, rule: "training_completed", ruleParams: { courseId: course.id }, dueDaysAgo: since - 120 });
    const social = faker.helpers.arrayElement(SOCIAL_MILESTONES);
    // The demo caseworker's first-sale case has a document still missing, three weeks late.
    const socialDue = plan.role === "firstSale" ? 20 : since - 60;
    milestone({ kind: "social", title: social.title, dueDaysAgo: socialDue, metDaysAgo: plan.role === "firstSale" ? null : metIfDue(socialDue, 0.75) }, social.evidence);
    milestone({ kind: "psychosocial", title: PSYCHOSOCIAL_MILESTONE.title, dueDaysAgo: since - 150, metDaysAgo: metIfDue(since - 150, 0.6) }, PSYCHOSOCIAL_MILESTONE.evidence);
    milestone({ kind: "income", title: "Income at target for three months in a row", rule: "income_at_target", ruleParams: { months: 3 }, dueDaysAgo: since - 300 });
    if (plan.makerSlug) milestone({ kind: "income", title: "First shop sale", rule: "first_shop_sale", dueDaysAgo: plan.role === "firstSale" ? -21 : since - 60 });
    if (plan.stage === "recompensation") milestone({ kind: "recompensation", title: "Compensation received", rule: "compensation_disbursed", dueDaysAgo: since - 360 });

    rows.income.push(...incomeRows(plan, start, day(0), now));
  }
  await db.$transaction(
    async (tx) => {
      await tx.reintegrationPlan.createMany({ data: rows.plans });
      await tx.milestone.createMany({ data: rows.milestones });
      await tx.incomeRecord.createMany({ data: rows.income });
    },
    { timeout: 120_000 },
  );
}

/** Entered income, month by month: growing towards the target, or stuck low; makers earn part of it in the shop instead. */
function incomeRows(plan: PlanCase, start: Date, today: Date, now: Date): Prisma.IncomeRecordCreateManyInput[] {
  const months = monthsSince(start, today);
  const ramp = faker.number.int({ min: 4, max: 10 });
  const [main, side] = TRACK_SOURCES[plan.track];
  const shopShare = plan.makerSlug ? 0.45 : 0;
  const rows: Prisma.IncomeRecordCreateManyInput[] = [];
  months.forEach((month, index) => {
    const progress = Math.min(1, (index + 1) / ramp);
    const level = plan.thriving ? 0.3 + 0.9 * progress : 0.25 + 0.3 * progress;
    let total = plan.targetInr * level * faker.number.float({ min: 0.85, max: 1.2 }) * (1 - shopShare);
    // Beekeepers sell most of their honey in spring and after the monsoon.
    if (plan.track === "beekeeping") total *= [3, 4, 5, 10, 11].includes(month.getUTCMonth()) ? 1.4 : 0.7;
    // The demo caseworker's first-sale case: the last two months well below half her target.
    if (plan.role === "firstSale") total = index >= months.length - 2 ? faker.number.int({ min: 170_000, max: 220_000 }) : faker.number.int({ min: 260_000, max: 340_000 });
    // The quiet case has not been visited lately: nothing entered in the last three months.
    if (plan.role === "quiet" && index >= months.length - 3) return;
    const sideAmount = index >= 2 && faker.datatype.boolean({ probability: 0.5 }) ? total * faker.number.float({ min: 0.15, max: 0.3 }) : 0;
    const parts = [
      { source: main!, amount: total - sideAmount },
      { source: side!, amount: sideAmount },
    ];
    for (const part of parts) {
      const amountInr = Math.round(part.amount / 10_000) * 10_000;
      if (amountInr <= 0) continue;
      const id = randomUUID();
      const recorded = new Date(Math.min(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, faker.number.int({ min: 2, max: 9 }), 11), now.getTime() - 3_600_000));
      rows.push({
        id,
        beneficiaryId: plan.beneficiaryId,
        month,
        source: part.source,
        amountInr,
        evidence: encryptNote("income.evidence", id, faker.helpers.arrayElement(INCOME_EVIDENCE[part.source])),
        recordedById: plan.assigneeId,
        createdAt: recorded,
        updatedAt: recorded,
      });
    }
  });
  return rows;
}
