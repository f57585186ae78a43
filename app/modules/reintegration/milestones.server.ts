import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { careToday, dayText } from "~/modules/cases/case-dates";
import { encryptNote, type CaseContext } from "~/modules/cases/index.server";
import type { MilestoneInput, TickInput } from "./plan-schemas";
import {
  canEditReintegration,
  reintegrationCase,
  type Outcome,
  type ReintegrationCase,
} from "./plans.server";
import { evaluateMilestones } from "./milestone-rules.server";

const refusal = (message: string): Outcome => ({
  ok: false,
  formErrors: [message],
});

async function editablePlan(
  ctx: CaseContext
): Promise<
  { error: Outcome } | { careCase: ReintegrationCase; plan: { id: string } }
> {
  const careCase = await reintegrationCase(ctx.caseId);
  if (!canEditReintegration(ctx, careCase))
    return { error: refusal("carePlans:errors.notAllowed") };
  const plan = await db.reintegrationPlan.findUnique({
    where: { caseId: ctx.caseId },
    select: { id: true },
  });
  if (!plan) return { error: refusal("carePlans:errors.noPlan") };
  return { careCase, plan };
}

/** Adds a milestone; one with a rule is decided by the data from then on. */
export async function addMilestone(
  ctx: CaseContext,
  input: MilestoneInput
): Promise<Outcome> {
  const found = await editablePlan(ctx);
  if ("error" in found) return found.error;
  const { careCase, plan } = found;
  if (input.rule === "training_completed") {
    const course = await db.course.findFirst({
      where: {
        id: input.courseId,
        organisationId: {
          in: [
            careCase.leadOrganisationId,
            careCase.beneficiary.organisationId,
          ],
        },
      },
      select: { id: true },
    });
    if (!course)
      return {
        ok: false,
        fieldErrors: { courseId: ["carePlans:errors.course"] },
      };
  }
  const ruleParams =
    input.rule === "training_completed"
      ? { courseId: input.courseId }
      : input.rule === "income_at_target"
      ? { months: input.months ?? 3 }
      : undefined;
  await db.$transaction(async (tx) => {
    const milestone = await tx.milestone.create({
      data: {
        planId: plan.id,
        kind: input.kind,
        title: input.title,
        dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null,
        rule: input.rule ?? null,
        ruleParams,
      },
    });
    await recordAudit(
      {
        action: "care.plan.milestone_added",
        actorId: ctx.user.id,
        organisationId: careCase.leadOrganisationId,
        entityType: "beneficiary",
        entityId: careCase.beneficiary.code,
        ip: ctx.ip,
        details: {
          caseId: ctx.caseId,
          milestoneId: milestone.id,
          kind: input.kind,
          rule: input.rule ?? null,
        },
      },
      tx
    );
  });
  await evaluateMilestones(plan.id);
  return { ok: true };
}

/** The caseworker marks a milestone without a rule as met, with evidence and the day it was met. */
export async function tickMilestone(
  ctx: CaseContext,
  input: TickInput
): Promise<Outcome> {
  const found = await editablePlan(ctx);
  if ("error" in found) return found.error;
  const { careCase, plan } = found;
  const milestone = await db.milestone.findFirst({
    where: { id: input.milestoneId, planId: plan.id },
    select: { id: true, rule: true, metOn: true },
  });
  if (!milestone) return refusal("carePlans:errors.milestone");
  if (milestone.rule) return refusal("carePlans:errors.ruleDecides");
  if (milestone.metOn) return refusal("carePlans:errors.alreadyMet");
  if (input.metOn > careToday())
    return {
      ok: false,
      fieldErrors: { metOn: ["carePlans:errors.dateFuture"] },
    };
  await db.$transaction(async (tx) => {
    await tx.milestone.update({
      where: { id: milestone.id },
      data: {
        metOn: new Date(`${input.metOn}T00:00:00.000Z`),
        metById: ctx.user.id,
        evidence: encryptNote(
          "milestone.evidence",
          milestone.id,
          input.evidence
        ),
      },
    });
    await recordAudit(
      {
        action: "care.plan.milestone_met",
        actorId: ctx.user.id,
        organisationId: careCase.leadOrganisationId,
        entityType: "beneficiary",
        entityId: careCase.beneficiary.code,
        ip: ctx.ip,
        details: {
          caseId: ctx.caseId,
          milestoneId: milestone.id,
          metOn: input.metOn,
        },
      },
      tx
    );
  });
  return { ok: true };
}

export type MilestoneState = "met" | "overdue" | "pending";

/** Met, overdue (due before today and not met) or pending. */
export function milestoneState(
  milestone: { dueOn: Date | null; metOn: Date | null },
  today = careToday()
): MilestoneState {
  if (milestone.metOn) return "met";
  if (milestone.dueOn && dayText(milestone.dueOn) < today) return "overdue";
  return "pending";
}
