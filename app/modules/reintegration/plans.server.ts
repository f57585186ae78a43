import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { encryptNote, type CaseContext } from "~/modules/cases/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import { evaluateMilestones } from "./milestone-rules.server";
import { PLAN_STAGES, type PlanInput } from "./plan-schemas";

export type Outcome =
  | { ok: true }
  | {
      ok: false;
      fieldErrors?: Record<string, string[]>;
      formErrors?: string[];
    };

/** The case as the reintegration pages need it. */
export async function reintegrationCase(caseId: string) {
  return db.careCase.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      id: true,
      stage: true,
      closedAt: true,
      leadOrganisationId: true,
      beneficiaryId: true,
      beneficiary: {
        select: { code: true, organisationId: true, makerId: true },
      },
    },
  });
}
export type ReintegrationCase = Awaited<ReturnType<typeof reintegrationCase>>;

export function planStageAllows(
  careCase: Pick<ReintegrationCase, "stage" | "closedAt">
) {
  return (
    careCase.closedAt === null &&
    (PLAN_STAGES as readonly string[]).includes(careCase.stage)
  );
}

/** Whether this user may edit the case's plan, milestones and income: the person's team, with manage:reintegration in the lead organisation. */
export function canEditReintegration(
  ctx: CaseContext,
  careCase: Pick<ReintegrationCase, "leadOrganisationId" | "closedAt">
) {
  return (
    careCase.closedAt === null &&
    ctx.access.kind === "team" &&
    ctx.access.canManage &&
    ctx.user.memberships.some(
      (m) =>
        m.organisationId === careCase.leadOrganisationId &&
        roleGrants(m.role, "manage:reintegration:own")
    )
  );
}

const refusal = (message: string): Outcome => ({
  ok: false,
  formErrors: [message],
});

/** Creates or edits the case's plan; only in Re-integration (or Re-compensation) and by the team. */
export async function savePlan(
  ctx: CaseContext,
  input: PlanInput
): Promise<Outcome> {
  const careCase = await reintegrationCase(ctx.caseId);
  if (!canEditReintegration(ctx, careCase))
    return refusal("carePlans:errors.notAllowed");
  if (!planStageAllows(careCase)) return refusal("carePlans:errors.stage");
  const existing = await db.reintegrationPlan.findUnique({
    where: { caseId: ctx.caseId },
    select: { id: true },
  });
  const id = existing?.id ?? randomUUID();
  const fields = {
    livelihoodTrack: input.livelihoodTrack,
    goals: encryptNote("plan.goals", id, input.goals),
    targetMonthlyIncomeInr: input.targetMonthlyIncome,
    startOn: new Date(`${input.startOn}T00:00:00.000Z`),
  };
  await db.$transaction(async (tx) => {
    if (existing)
      await tx.reintegrationPlan.update({ where: { id }, data: fields });
    else
      await tx.reintegrationPlan.create({
        data: { id, caseId: ctx.caseId, createdById: ctx.user.id, ...fields },
      });
    await recordAudit(
      {
        action: "care.plan.saved",
        actorId: ctx.user.id,
        organisationId: careCase.leadOrganisationId,
        entityType: "beneficiary",
        entityId: careCase.beneficiary.code,
        ip: ctx.ip,
        details: {
          caseId: ctx.caseId,
          planId: id,
          created: !existing,
          livelihoodTrack: input.livelihoodTrack,
        },
      },
      tx
    );
  });
  await evaluateMilestones(id);
  return { ok: true };
}
