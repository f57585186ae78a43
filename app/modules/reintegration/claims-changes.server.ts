import { randomUUID } from "node:crypto";
import { db, type Tx } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { isUuid } from "~/lib/validation";
import { recordAudit, type AuditAction } from "~/modules/audit/index.server";
import { parseCareDay } from "~/modules/cases/case-dates";
import { encryptNote, type CaseContext } from "~/modules/cases/index.server";
import { refuseField, refuseForm, type Refusal } from "~/modules/identity/outcome";
import { requireClaimManager } from "./claims-access.server";
import { evaluateMilestonesForBeneficiary } from "./milestone-rules.server";
import { CLAIM_NOTE } from "./claims.server";
import type { ClaimStatusInput, CourtMilestoneInput, HearingHeldInput, ScheduleHearingInput } from "./claim-schemas";
import { CLAIM_TRANSITIONS, type ClaimStatus } from "./vocabulary";

/** A refusal may carry values for its message (the statuses of a refused transition, the awarded amount). */
export type ClaimOutcome = { ok: true; disbursed?: boolean } | (Refusal & { values?: Record<string, string | number> });

/** Statuses after which no hearing is pending. */
const NO_HEARING_AFTER: readonly ClaimStatus[] = ["awarded", "disbursed", "rejected"];

async function claimOfCase(tx: Tx, ctx: CaseContext, claimId: string) {
  const claim = isUuid(claimId) ? await tx.compensationClaim.findFirst({ where: { id: claimId, caseId: ctx.caseId } }) : null;
  if (!claim) throw notFound();
  return claim;
}

async function addEvent(
  tx: Tx,
  ctx: CaseContext,
  claimId: string,
  event: { kind: string; occurredOn: Date; toStatus?: ClaimStatus; milestone?: string; notes?: string },
  audit: { action: AuditAction; details: Record<string, string | number | null> },
) {
  const id = randomUUID();
  await tx.claimEvent.create({
    data: {
      id,
      claimId,
      kind: event.kind,
      occurredOn: event.occurredOn,
      toStatus: event.toStatus ?? null,
      milestone: event.milestone ?? null,
      notes: encryptNote(CLAIM_NOTE, id, event.notes),
      actorId: ctx.user.id,
    },
  });
  await recordAudit(
    {
      action: audit.action,
      actorId: ctx.user.id,
      organisationId: ctx.access.organisationId,
      entityType: "compensation_claim",
      entityId: claimId,
      ip: ctx.ip,
      details: { code: ctx.code, caseId: ctx.caseId, ...audit.details },
    },
    tx,
  );
}

/**
 * Moves a claim along its status path (CLAIM_TRANSITIONS). Refused, with nothing written: a claim that moved
 * since the form was shown, a step the path does not allow, a date before filing, an award without an amount,
 * a disbursement above the award or before it.
 */
export async function changeClaimStatus(ctx: CaseContext, claimId: string, input: ClaimStatusInput): Promise<ClaimOutcome> {
  requireClaimManager(ctx);
  const occurredOn = parseCareDay(input.occurredOn)!;
  const outcome = await db.$transaction(async (tx): Promise<ClaimOutcome> => {
    const claim = await claimOfCase(tx, ctx, claimId);
    const from = claim.status as ClaimStatus;
    if (from !== input.fromStatus) return refuseForm("careClaims:errors.stale");
    if (!CLAIM_TRANSITIONS[from].includes(input.toStatus)) {
      return { ...refuseForm("careClaims:errors.transition"), values: { from, to: input.toStatus } };
    }
    if (occurredOn < claim.filedOn) return refuseField("occurredOn", "careClaims:errors.beforeFiled");
    const data: { status: ClaimStatus; awardedInr?: number; awardedOn?: Date; disbursedInr?: number; disbursedOn?: Date; nextHearingOn?: null } = { status: input.toStatus };
    if (input.toStatus === "awarded") {
      data.awardedInr = input.amount!;
      data.awardedOn = occurredOn;
    }
    if (input.toStatus === "disbursed") {
      if (claim.awardedInr === null || input.amount! > claim.awardedInr) {
        return { ...refuseField("amount", "careClaims:errors.overAwarded"), values: { awarded: claim.awardedInr ?? 0 } };
      }
      if (claim.awardedOn && occurredOn < claim.awardedOn) return refuseField("occurredOn", "careClaims:errors.beforeAwarded");
      data.disbursedInr = input.amount!;
      data.disbursedOn = occurredOn;
    }
    if (NO_HEARING_AFTER.includes(input.toStatus)) data.nextHearingOn = null;
    // Guarded by the status read above: a change made meanwhile makes this touch nothing.
    const moved = await tx.compensationClaim.updateMany({ where: { id: claim.id, status: from }, data });
    if (moved.count !== 1) return refuseForm("careClaims:errors.stale");
    await addEvent(
      tx,
      ctx,
      claim.id,
      { kind: "status_changed", toStatus: input.toStatus, occurredOn, notes: input.notes },
      { action: "care.claim.status_changed", details: { from, to: input.toStatus, amountInr: input.amount ?? null } },
    );
    return { ok: true, disbursed: input.toStatus === "disbursed" };
  });
  // A disbursement meets the plan's "compensation disbursed" milestone.
  if (outcome.ok && outcome.disbursed) {
    const careCase = await db.careCase.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { beneficiaryId: true } });
    await evaluateMilestonesForBeneficiary(careCase.beneficiaryId);
  }
  return outcome;
}

/** Sets the next hearing date (today or later); the reminder goes out a week before. */
export async function scheduleHearing(ctx: CaseContext, claimId: string, input: ScheduleHearingInput): Promise<ClaimOutcome> {
  requireClaimManager(ctx);
  const hearingOn = parseCareDay(input.hearingOn)!;
  return db.$transaction(async (tx): Promise<ClaimOutcome> => {
    const claim = await claimOfCase(tx, ctx, claimId);
    if (claim.status === "disbursed") return refuseForm("careClaims:errors.claimFinished");
    await tx.compensationClaim.update({ where: { id: claim.id }, data: { nextHearingOn: hearingOn } });
    await addEvent(tx, ctx, claim.id, { kind: "hearing_scheduled", occurredOn: hearingOn, notes: input.notes }, { action: "care.claim.hearing_scheduled", details: { on: input.hearingOn } });
    return { ok: true };
  });
}

/** Records a hearing that took place; the pending date is cleared when this was it (or a later one). */
export async function recordHearingHeld(ctx: CaseContext, claimId: string, input: HearingHeldInput): Promise<ClaimOutcome> {
  requireClaimManager(ctx);
  const occurredOn = parseCareDay(input.occurredOn)!;
  return db.$transaction(async (tx): Promise<ClaimOutcome> => {
    const claim = await claimOfCase(tx, ctx, claimId);
    if (occurredOn < claim.filedOn) return refuseField("occurredOn", "careClaims:errors.beforeFiled");
    if (claim.nextHearingOn && claim.nextHearingOn <= occurredOn) {
      await tx.compensationClaim.update({ where: { id: claim.id }, data: { nextHearingOn: null } });
    }
    await addEvent(tx, ctx, claim.id, { kind: "hearing_held", occurredOn, notes: input.notes }, { action: "care.claim.hearing_held", details: { on: input.occurredOn } });
    return { ok: true };
  });
}

/** A milestone of the criminal case (FIR, charge sheet, trial, verdict…) on the claim's timeline. */
export async function recordCourtMilestone(ctx: CaseContext, claimId: string, input: CourtMilestoneInput): Promise<ClaimOutcome> {
  requireClaimManager(ctx);
  const occurredOn = parseCareDay(input.occurredOn)!;
  return db.$transaction(async (tx): Promise<ClaimOutcome> => {
    const claim = await claimOfCase(tx, ctx, claimId);
    await addEvent(
      tx,
      ctx,
      claim.id,
      { kind: "court_milestone", milestone: input.milestone, occurredOn, notes: input.notes },
      { action: "care.claim.court_milestone", details: { milestone: input.milestone, on: input.occurredOn } },
    );
    return { ok: true };
  });
}
