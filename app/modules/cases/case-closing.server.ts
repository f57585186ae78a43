import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { refuseForm, type Outcome } from "~/modules/identity/outcome";
import { careToday, parseCareDay } from "./case-dates";
import { casePowers, caseState, requirePower, type CaseContext } from "./case-context.server";
import { encryptNote } from "./identity-codec.server";
import { notifyOrganisation, notifyUsers } from "./notifications.server";

/** Closing needs two people: a caseworker asks (with a reason), a supervisor of the lead organisation decides. */

const linkTo = (caseId: string) => `/care/cases/${caseId}`;

export async function requestClose(ctx: CaseContext, reason: string): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  if (state.closeRequestedAt) return refuseForm("careCases:errors.closeAlreadyRequested");
  requirePower(await casePowers(ctx, state), "requestClose");
  const eventId = randomUUID();
  const requested = await db.$transaction(async (tx) => {
    const { count } = await tx.careCase.updateMany({
      where: { id: ctx.caseId, closedAt: null, closeRequestedAt: null },
      data: { closeRequestedAt: new Date(), closeRequestedById: ctx.user.id },
    });
    if (count === 0) return false;
    await tx.caseEvent.create({
      data: {
        id: eventId,
        caseId: ctx.caseId,
        kind: "close_requested",
        occurredOn: parseCareDay(careToday())!,
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        fromStage: state.stage,
        notes: encryptNote("case_event.notes", eventId, reason),
      },
    });
    await recordAudit(
      { action: "care.case.close_requested", actorId: ctx.user.id, organisationId: state.leadOrganisationId, entityType: "care_case", entityId: ctx.caseId, ip: ctx.ip, details: { code: ctx.code, stage: state.stage } },
      tx,
    );
    return true;
  });
  if (!requested) return refuseForm("careCases:errors.closeAlreadyRequested");
  await notifyOrganisation(state.leadOrganisationId, {
    kind: "close_requested",
    params: { code: ctx.code, by: ctx.user.name },
    link: linkTo(ctx.caseId),
    roles: ["supervisor"],
    exceptUserId: ctx.user.id,
  });
  return { ok: true };
}

async function requester(userId: string | null) {
  if (!userId) return [];
  return db.user.findMany({ where: { id: userId, deactivatedAt: null }, select: { id: true, email: true, preferredLanguage: true } });
}

/** The supervisor approves: the case is closed (its stage and the day), and the caseworker who asked is told. */
export async function approveClose(ctx: CaseContext): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  if (!state.closeRequestedAt) return refuseForm("careCases:errors.noCloseRequest");
  requirePower(await casePowers(ctx, state), "decideClose");
  const now = new Date();
  const closed = await db.$transaction(async (tx) => {
    const { count } = await tx.careCase.updateMany({
      where: { id: ctx.caseId, closedAt: null, closeRequestedAt: { not: null } },
      data: { stage: "closed", stageEnteredAt: now, closedAt: now },
    });
    if (count === 0) return false;
    await tx.caseEvent.create({
      data: {
        caseId: ctx.caseId,
        kind: "close_approved",
        occurredOn: parseCareDay(careToday())!,
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        fromStage: state.stage,
        toStage: "closed",
      },
    });
    await recordAudit(
      { action: "care.case.closed", actorId: ctx.user.id, organisationId: state.leadOrganisationId, entityType: "care_case", entityId: ctx.caseId, ip: ctx.ip, details: { code: ctx.code, from: state.stage } },
      tx,
    );
    return true;
  });
  if (!closed) return refuseForm("careCases:errors.noCloseRequest");
  await notifyUsers(await requester(state.closeRequestedById), { kind: "close_approved", params: { code: ctx.code }, link: linkTo(ctx.caseId) });
  return { ok: true };
}

/** The supervisor refuses, with a reason: the request is cleared and the case stays where it was. */
export async function rejectClose(ctx: CaseContext, reason: string): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  if (!state.closeRequestedAt) return refuseForm("careCases:errors.noCloseRequest");
  requirePower(await casePowers(ctx, state), "decideClose");
  const eventId = randomUUID();
  const rejected = await db.$transaction(async (tx) => {
    const { count } = await tx.careCase.updateMany({
      where: { id: ctx.caseId, closedAt: null, closeRequestedAt: { not: null } },
      data: { closeRequestedAt: null, closeRequestedById: null },
    });
    if (count === 0) return false;
    await tx.caseEvent.create({
      data: {
        id: eventId,
        caseId: ctx.caseId,
        kind: "close_rejected",
        occurredOn: parseCareDay(careToday())!,
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        notes: encryptNote("case_event.notes", eventId, reason),
      },
    });
    await recordAudit(
      { action: "care.case.close_rejected", actorId: ctx.user.id, organisationId: state.leadOrganisationId, entityType: "care_case", entityId: ctx.caseId, ip: ctx.ip, details: { code: ctx.code } },
      tx,
    );
    return true;
  });
  if (!rejected) return refuseForm("careCases:errors.noCloseRequest");
  await notifyUsers(await requester(state.closeRequestedById), { kind: "close_rejected", params: { code: ctx.code }, link: linkTo(ctx.caseId) });
  return { ok: true };
}
