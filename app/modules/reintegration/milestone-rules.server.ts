import { db } from "~/lib/db.server";
import { careToday, dayText } from "~/modules/cases/case-dates";

/**
 * Milestones that data decides: training completed (a completed enrolment in the course), first shop sale
 * (the first month with shop income), income at or above target for N consecutive months (all sources),
 * compensation disbursed (a disbursed claim of the case). Once met, a rule milestone stays met.
 */

const DEFAULT_TARGET_MONTHS = 3;

function paramOf(params: unknown, key: string): unknown {
  return params && typeof params === "object"
    ? (params as Record<string, unknown>)[key]
    : undefined;
}

function lastDayOf(month: string) {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0));
}

function nextMonth(month: string) {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7);
}

/** The day the Nth of `months` consecutive months at or above target ended (or today, if it is this month), or null. */
export function incomeTargetMetOn(
  totals: Map<string, number>,
  target: number,
  months: number,
  today = careToday()
): Date | null {
  const sorted = [...totals.keys()].sort();
  let run = 0;
  let previous: string | null = null;
  for (const month of sorted) {
    const reached = (totals.get(month) ?? 0) >= target;
    run = reached
      ? previous !== null && nextMonth(previous) === month && run > 0
        ? run + 1
        : 1
      : 0;
    previous = month;
    if (run >= months) {
      const end = dayText(lastDayOf(month));
      return new Date(`${end < today ? end : today}T00:00:00.000Z`);
    }
  }
  return null;
}

/** Decides the plan's unmet rule milestones from the data; returns how many became met. */
export async function evaluateMilestones(planId: string): Promise<number> {
  const plan = await db.reintegrationPlan.findUnique({
    where: { id: planId },
    select: {
      caseId: true,
      targetMonthlyIncomeInr: true,
      case: { select: { beneficiaryId: true } },
      milestones: { where: { rule: { not: null }, metOn: null } },
    },
  });
  if (!plan || plan.milestones.length === 0) return 0;
  const beneficiaryId = plan.case.beneficiaryId;
  let totals: Map<string, number> | null = null;
  let met = 0;
  for (const milestone of plan.milestones) {
    let metOn: Date | null = null;
    switch (milestone.rule) {
      case "training_completed": {
        const courseId = paramOf(milestone.ruleParams, "courseId");
        if (typeof courseId !== "string") break;
        const enrolment = await db.enrolment.findFirst({
          where: { courseId, beneficiaryId, status: "completed" },
          select: { completedOn: true },
        });
        if (enrolment)
          metOn =
            enrolment.completedOn ?? new Date(`${careToday()}T00:00:00.000Z`);
        break;
      }
      case "first_shop_sale": {
        const first = await db.incomeRecord.findFirst({
          where: { beneficiaryId, source: "shop", amountInr: { gt: 0 } },
          orderBy: { month: "asc" },
          select: { month: true },
        });
        if (first) metOn = first.month;
        break;
      }
      case "income_at_target": {
        if (!totals) {
          const rows = await db.incomeRecord.groupBy({
            by: ["month"],
            where: { beneficiaryId },
            _sum: { amountInr: true },
          });
          totals = new Map(
            rows.map((row) => [
              dayText(row.month).slice(0, 7),
              row._sum.amountInr ?? 0,
            ])
          );
        }
        const months =
          Number(
            paramOf(milestone.ruleParams, "months") ?? DEFAULT_TARGET_MONTHS
          ) || DEFAULT_TARGET_MONTHS;
        metOn = incomeTargetMetOn(totals, plan.targetMonthlyIncomeInr, months);
        break;
      }
      case "compensation_disbursed": {
        const claim = await db.compensationClaim.findFirst({
          where: { caseId: plan.caseId, status: "disbursed" },
          orderBy: { disbursedOn: "asc" },
          select: { disbursedOn: true },
        });
        if (claim)
          metOn = claim.disbursedOn ?? new Date(`${careToday()}T00:00:00.000Z`);
        break;
      }
      default:
        break;
    }
    if (metOn) {
      // Only an unmet milestone is decided, so a met one never changes back.
      const updated = await db.milestone.updateMany({
        where: { id: milestone.id, metOn: null },
        data: { metOn, metById: null },
      });
      met += updated.count;
    }
  }
  return met;
}

/** Evaluates the plans of all of the person's cases (for the training, income and claims pages to call after a change). */
export async function evaluateMilestonesForBeneficiary(
  beneficiaryId: string
): Promise<number> {
  const plans = await db.reintegrationPlan.findMany({
    where: { case: { beneficiaryId } },
    select: { id: true },
  });
  let met = 0;
  for (const plan of plans) met += await evaluateMilestones(plan.id);
  return met;
}
