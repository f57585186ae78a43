import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { refuseField, refuseForm, type Outcome } from "~/modules/identity/outcome";
import { careToday, parseCareDay } from "./case-dates";
import { casePowers, caseState, requirePower, type CaseContext } from "./case-context.server";
import { caseworkersOf } from "./cases.server";

/** Who works a case, and when it is next looked at. */

/** A supervisor of the lead organisation hands the case to one of its caseworkers. */
export async function assignCase(ctx: CaseContext, assignedToId: string): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  requirePower(await casePowers(ctx, state), "assign");
  const caseworkers = (await caseworkersOf([state.leadOrganisationId])).get(state.leadOrganisationId) ?? [];
  if (!caseworkers.some((c) => c.id === assignedToId)) return refuseField("assignedToId", "careCases:errors.assignee");
  if (state.assignedToId === assignedToId) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.careCase.update({ where: { id: ctx.caseId }, data: { assignedToId } });
    await tx.caseEvent.create({
      data: {
        caseId: ctx.caseId,
        kind: "assigned",
        occurredOn: parseCareDay(careToday())!,
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        assignedToId,
      },
    });
    await recordAudit(
      {
        action: "care.case.assigned",
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        entityType: "care_case",
        entityId: ctx.caseId,
        ip: ctx.ip,
        details: { code: ctx.code, from: state.assignedToId, to: assignedToId },
      },
      tx,
    );
  });
  return { ok: true };
}

/** The next review: past it, the case shows as overdue. Empty clears it. */
export async function setReviewDue(ctx: CaseContext, reviewDueOn: string | undefined): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  requirePower(await casePowers(ctx, state), "manage");
  await db.$transaction(async (tx) => {
    await tx.careCase.update({ where: { id: ctx.caseId }, data: { reviewDueOn: reviewDueOn ? parseCareDay(reviewDueOn) : null } });
    await recordAudit(
      {
        action: "care.case.review_set",
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        entityType: "care_case",
        entityId: ctx.caseId,
        ip: ctx.ip,
        details: { code: ctx.code, reviewDueOn: reviewDueOn ?? null },
      },
      tx,
    );
  });
  return { ok: true };
}
