import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { careToday, dayText } from "~/modules/cases/case-dates";
import {
  decryptNote,
  recordBeneficiaryDenied,
  type CaseContext,
} from "~/modules/cases/index.server";
import { incomeTable } from "./income.server";
import { evaluateMilestones } from "./milestone-rules.server";
import { milestoneState } from "./milestones.server";
import {
  canEditReintegration,
  planStageAllows,
  reintegrationCase,
} from "./plans.server";
import { shopLinkState, syncShopIncome } from "./shop-income.server";

/** Reintegration data is for the person's team only: partners and auditors get the same 404 as a stranger, audited. */
export async function requireReintegrationTeam(ctx: CaseContext, path: string) {
  if (ctx.access.kind !== "team") {
    await recordBeneficiaryDenied({
      user: ctx.user,
      code: ctx.code,
      ip: ctx.ip,
      path,
    });
    throw notFound();
  }
}

/**
 * Everything the reintegration page shows, after bringing shop income up to date from the ledger (under
 * consent) and deciding the rule milestones. No identity fields: the page shows the code only.
 */
export async function reintegrationPage(ctx: CaseContext) {
  const careCase = await reintegrationCase(ctx.caseId);
  await syncShopIncome(careCase.beneficiaryId);
  let plan = await db.reintegrationPlan.findUnique({
    where: { caseId: ctx.caseId },
    select: { id: true },
  });
  if (plan) await evaluateMilestones(plan.id);
  const full = plan
    ? await db.reintegrationPlan.findUnique({
        where: { id: plan.id },
        include: {
          milestones: {
            orderBy: [
              { dueOn: { sort: "asc", nulls: "last" } },
              { createdAt: "asc" },
            ],
          },
        },
      })
    : null;
  plan = full;
  const today = careToday();
  const courses = await db.course.findMany({
    where: {
      organisationId: {
        in: [careCase.leadOrganisationId, careCase.beneficiary.organisationId],
      },
    },
    select: { id: true, titleEn: true, titleHi: true },
    orderBy: { titleEn: "asc" },
  });
  const courseTitles = new Map(courses.map((course) => [course.id, course]));
  const link = await shopLinkState(careCase.beneficiaryId);
  return {
    careCase: {
      id: careCase.id,
      code: careCase.beneficiary.code,
      stage: careCase.stage,
    },
    canEdit: canEditReintegration(ctx, careCase),
    stageAllowsPlan: planStageAllows(careCase),
    today,
    plan: full
      ? {
          id: full.id,
          livelihoodTrack: full.livelihoodTrack,
          goals: decryptNote("plan.goals", full.id, full.goals) ?? "",
          targetMonthlyIncomeInr: full.targetMonthlyIncomeInr,
          startOn: dayText(full.startOn),
          milestones: full.milestones.map((milestone) => {
            const courseId =
              milestone.ruleParams && typeof milestone.ruleParams === "object"
                ? (milestone.ruleParams as Record<string, unknown>).courseId
                : undefined;
            const months =
              milestone.ruleParams && typeof milestone.ruleParams === "object"
                ? (milestone.ruleParams as Record<string, unknown>).months
                : undefined;
            return {
              id: milestone.id,
              kind: milestone.kind,
              title: milestone.title,
              dueOn: milestone.dueOn ? dayText(milestone.dueOn) : null,
              metOn: milestone.metOn ? dayText(milestone.metOn) : null,
              rule: milestone.rule,
              course:
                typeof courseId === "string"
                  ? courseTitles.get(courseId) ?? null
                  : null,
              months: typeof months === "number" ? months : null,
              ticked: milestone.metById !== null,
              evidence: decryptNote(
                "milestone.evidence",
                milestone.id,
                milestone.evidence
              ),
              state: milestoneState(milestone, today),
            };
          }),
        }
      : null,
    courses,
    income: await incomeTable(
      careCase.beneficiaryId,
      full?.targetMonthlyIncomeInr ?? null
    ),
    shopLink: { state: link.state, withdrawnOn: link.withdrawnOn },
  };
}
export type ReintegrationPageData = Awaited<
  ReturnType<typeof reintegrationPage>
>;
