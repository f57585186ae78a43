import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { refuseField, refuseForm, type Outcome } from "~/modules/identity/outcome";
import { parseCareDay } from "./case-dates";
import { casePowers, caseState, requirePower, type CaseContext } from "./case-context.server";
import type { ServiceInput } from "./case-schemas";
import { encryptNote } from "./identity-codec.server";

/** The organisation a service is recorded for by default: the one the user sees the case through. */
export function defaultProvider(ctx: CaseContext, leadOrganisationId: string) {
  return ctx.access.organisationId ?? leadOrganisationId;
}

/**
 * A service delivered, on the case's timeline: its kind, the organisation that provided it, the day and
 * encrypted notes. The case team records any organisation's; a partner with an accepted referral its own.
 */
export async function recordService(ctx: CaseContext, input: ServiceInput): Promise<Outcome> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  const powers = await casePowers(ctx, state);
  requirePower(powers, "recordService");
  const providerId = powers.serviceAsOwnOrganisation ? ctx.access.organisationId! : (input.providerId ?? defaultProvider(ctx, state.leadOrganisationId));
  if (!(await db.organisation.findUnique({ where: { id: providerId }, select: { id: true } }))) return refuseField("providerId", "careCases:errors.organisation");

  const eventId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.caseEvent.create({
      data: {
        id: eventId,
        caseId: ctx.caseId,
        kind: "service",
        occurredOn: parseCareDay(input.occurredOn)!,
        actorId: ctx.user.id,
        organisationId: providerId,
        service: input.service,
        notes: encryptNote("case_event.notes", eventId, input.notes),
      },
    });
    await recordAudit(
      {
        action: "care.case.service_recorded",
        actorId: ctx.user.id,
        organisationId: ctx.access.organisationId,
        entityType: "care_case",
        entityId: ctx.caseId,
        ip: ctx.ip,
        details: { code: ctx.code, service: input.service, providerId },
      },
      tx,
    );
  });
  return { ok: true };
}
