import { db } from "~/lib/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayText } from "./case-dates";
import type { CaseContext } from "./case-context.server";
import { decryptNote } from "./identity-codec.server";
import type { CaseEventKind, TimelineEntry } from "./case-timeline-entry";

/** The case's timeline as a page shows it, newest first, with only the notes this reader may see decrypted. */

/** Kinds whose notes this module writes, with the context "case_event.notes:<id>". */
const NOTE_KINDS: readonly CaseEventKind[] = ["stage_changed", "service", "note", "close_requested", "close_rejected"];
/** What a partner may read of its own organisation's entries (a stage's reasons are the team's). */
const PARTNER_NOTE_KINDS: readonly CaseEventKind[] = ["service", "note"];
const REFERRAL_KINDS: readonly CaseEventKind[] = ["referral_sent", "referral_answered", "transferred"];

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** The checklist kept on a stage change, in the reader's language when it was kept in it. */
function checklistOf(value: Prisma.JsonValue | null, language: string) {
  if (!value || typeof value !== "object" || Array.isArray(value) || !("checked" in value || "unchecked" in value)) return null;
  const record = value as Record<string, unknown>;
  const hi = record.hi as Record<string, unknown> | undefined;
  if (language === "hi" && hi && typeof hi === "object") return { checked: strings(hi.checked), unchecked: strings(hi.unchecked) };
  return { checked: strings(record.checked), unchecked: strings(record.unchecked) };
}

export async function caseTimeline(ctx: CaseContext, language: string): Promise<TimelineEntry[]> {
  const { access } = ctx;
  const events = await db.caseEvent.findMany({
    where: { caseId: ctx.caseId },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    include: { organisation: { select: { name: true } } },
  });
  // A partner sees the referrals made to it, not those to other organisations.
  const visible = events.filter((event) => access.kind !== "referral" || !REFERRAL_KINDS.includes(event.kind) || (event.referralId !== null && access.referralIds.includes(event.referralId)));

  const userIds = new Set<string>();
  for (const event of visible) {
    if (event.actorId) userIds.add(event.actorId);
    if (event.assignedToId) userIds.add(event.assignedToId);
  }
  const referralIds = visible.map((event) => event.referralId).filter((id): id is string => id !== null);
  const [users, referrals, partnerStaff] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true } }),
    db.referral.findMany({
      where: { id: { in: referralIds } },
      select: { id: true, kind: true, status: true, service: true, fromOrganisation: { select: { name: true } }, toOrganisation: { select: { name: true } } },
    }),
    access.kind === "referral"
      ? db.membership.findMany({ where: { organisationId: access.organisationId, userId: { in: [...userIds] } }, select: { userId: true } })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const referralOf = new Map(referrals.map((referral) => [referral.id, referral]));
  const ownStaff = new Set(partnerStaff.map((m) => m.userId));

  const mayRead = (event: (typeof visible)[number]) => {
    if (!event.notes || !NOTE_KINDS.includes(event.kind)) return false;
    if (access.kind === "team") return true;
    // Partners read only what their own organisation recorded; auditors open notes nowhere here.
    return access.kind === "referral" && PARTNER_NOTE_KINDS.includes(event.kind) && event.actorId !== null && ownStaff.has(event.actorId);
  };

  return visible.map((event) => {
    const readable = mayRead(event);
    const referral = event.referralId ? referralOf.get(event.referralId) : undefined;
    const assignee = event.kind === "assigned" ? event.assignedToId : null;
    return {
      id: event.id,
      kind: event.kind,
      occurredOn: dayText(event.occurredOn),
      recordedAt: event.createdAt.toISOString(),
      actorName: event.actorId ? (nameOf.get(event.actorId) ?? null) : null,
      organisationName: event.organisation?.name ?? null,
      fromStage: event.fromStage,
      toStage: event.toStage,
      service: event.service,
      contactMethod: event.contactMethod,
      checklist: event.kind === "stage_changed" ? checklistOf(event.checklist, language) : null,
      notes: readable ? decryptNote("case_event.notes", event.id, event.notes) : null,
      notesWithheld: Boolean(event.notes) && !readable && NOTE_KINDS.includes(event.kind),
      assignedToName: assignee ? (nameOf.get(assignee) ?? null) : null,
      referral: referral
        ? { id: referral.id, kind: referral.kind, status: referral.status, service: referral.service, from: referral.fromOrganisation.name, to: referral.toOrganisation.name }
        : null,
    };
  });
}
