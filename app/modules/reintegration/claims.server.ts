import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import { parseCareDay } from "~/modules/cases/case-dates";
import { decryptNote, type CaseContext } from "~/modules/cases/index.server";
import { refuseField, type Outcome } from "~/modules/identity/outcome";
import { canManageClaims, requireClaimManager } from "./claims-access.server";
import type { NewClaimInput } from "./claim-schemas";
import { ensureSchemes, listSchemes } from "./schemes.server";
import { CLAIM_TRANSITIONS, type ClaimStatus } from "./vocabulary";

export const CLAIM_NOTE = "claim_event.notes";

/** Kinds of claim events shown on a claim's timeline (reminders are bookkeeping, not shown). */
export const TIMELINE_KINDS = ["status_changed", "hearing_scheduled", "hearing_held", "court_milestone"] as const;
export type ClaimEventKind = (typeof TIMELINE_KINDS)[number] | "hearing_reminded";

/** The claims of a case, with what the new-claim form needs. */
export async function claimsOfCase(ctx: CaseContext) {
  await ensureSchemes();
  const [careCase, claims, schemes] = await Promise.all([
    db.careCase.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { id: true, stage: true } }),
    db.compensationClaim.findMany({
      where: { caseId: ctx.caseId },
      orderBy: [{ filedOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        authority: true,
        status: true,
        filedOn: true,
        claimedInr: true,
        awardedInr: true,
        disbursedInr: true,
        nextHearingOn: true,
        scheme: { select: { name: true } },
      },
    }),
    listSchemes(),
  ]);
  return { careCase: { ...careCase, code: ctx.code }, claims, schemes, canManage: canManageClaims(ctx) };
}

/** Files a claim under a scheme; the authority defaults to the scheme's. */
export async function fileClaim(ctx: CaseContext, input: NewClaimInput): Promise<Outcome<{ claimId: string }>> {
  requireClaimManager(ctx);
  const scheme = await db.compensationScheme.findUnique({ where: { id: input.schemeId }, select: { id: true, name: true, authority: true } });
  if (!scheme) return refuseField("schemeId", "careClaims:errors.scheme");
  const filedOn = parseCareDay(input.filedOn)!;
  const claimId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.compensationClaim.create({
      data: {
        id: claimId,
        caseId: ctx.caseId,
        schemeId: scheme.id,
        authority: input.authority || scheme.authority,
        status: "filed",
        filedOn,
        claimedInr: input.claimed,
        createdById: ctx.user.id,
        events: { create: { kind: "status_changed", toStatus: "filed", occurredOn: filedOn, actorId: ctx.user.id } },
      },
    });
    await recordAudit(
      {
        action: "care.claim.filed",
        actorId: ctx.user.id,
        organisationId: ctx.access.organisationId,
        entityType: "compensation_claim",
        entityId: claimId,
        ip: ctx.ip,
        details: { code: ctx.code, caseId: ctx.caseId, scheme: scheme.name, claimedInr: input.claimed },
      },
      tx,
    );
  });
  return { ok: true, claimId };
}

/** One claim of the case (404 for a claim of another case), its timeline with notes, and what can come next. */
export async function claimDetail(ctx: CaseContext, claimId: string | undefined) {
  const claim = isUuid(claimId)
    ? await db.compensationClaim.findFirst({
        where: { id: claimId, caseId: ctx.caseId },
        include: {
          scheme: { select: { name: true, legalBasis: true, country: true, state: true } },
          events: { where: { kind: { in: [...TIMELINE_KINDS] } }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] },
        },
      })
    : null;
  if (!claim) throw notFound();
  const { events, ...rest } = claim;
  return {
    code: ctx.code,
    caseId: ctx.caseId,
    claim: rest,
    timeline: events.map((event) => ({
      id: event.id,
      kind: event.kind as ClaimEventKind,
      toStatus: event.toStatus,
      occurredOn: event.occurredOn,
      milestone: event.milestone,
      notes: decryptNote(CLAIM_NOTE, event.id, event.notes),
    })),
    next: CLAIM_TRANSITIONS[claim.status as ClaimStatus],
    canManage: canManageClaims(ctx),
  };
}
