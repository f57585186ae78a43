import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/index.server";
import { parseCareDay } from "~/modules/cases/case-dates";
import { casePowers, encryptNote, type CaseContext } from "~/modules/cases/index.server";
import { forbidden } from "~/modules/identity/index.server";
import type { Outcome } from "~/modules/identity/outcome";
import type { ContactInput } from "./contact-schema";

/**
 * A contact with the person (a visit, a call, a meeting) on the case's timeline, as a "note" event: it is
 * what clears the "no contact for 60 days" alert. Only the team that can manage the case records one;
 * the how is kept in the event's data, the note encrypted like every case-event note.
 */
export async function recordContact(ctx: CaseContext, input: ContactInput): Promise<Outcome> {
  const state = await db.careCase.findUnique({ where: { id: ctx.caseId }, select: { stage: true, leadOrganisationId: true, closedAt: true, closeRequestedAt: true } });
  if (!state) throw notFound();
  const powers = await casePowers(ctx, state);
  if (!powers.manage) throw forbidden();

  const eventId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.caseEvent.create({
      data: {
        id: eventId,
        caseId: ctx.caseId,
        kind: "note",
        occurredOn: parseCareDay(input.contactedOn)!,
        actorId: ctx.user.id,
        organisationId: ctx.access.organisationId,
        contactMethod: input.method,
        notes: encryptNote("case_event.notes", eventId, input.note),
      },
    });
    await recordAudit(
      {
        action: "care.case.contact_recorded",
        actorId: ctx.user.id,
        organisationId: ctx.access.organisationId,
        entityType: "care_case",
        entityId: ctx.caseId,
        ip: ctx.ip,
        details: { code: ctx.code, method: input.method, contactedOn: input.contactedOn },
      },
      tx,
    );
  });
  return { ok: true };
}
