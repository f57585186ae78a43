import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { recordAudit, type AuditAction } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { consentsInForce, sharingPurposeFor } from "./consent-state.server";
import { encryptNote } from "./identity-codec.server";
import type { NotificationKind } from "./notifications.server";
import { recordBeneficiaryDenied } from "./read-audit.server";
import { notifyReferral } from "./referral-notify.server";
import { refuseForm, type Outcome } from "./referral-outcome";
import type { ReferralIntent } from "./referral-schemas";
import { referralSides } from "./referral-sides.server";
import type { ReferralStatus } from "./vocabulary";

/**
 * The answers to a referral. The receiving organisation accepts or rejects a pending one and completes
 * an accepted one; the sending organisation revokes a pending or accepted one (a transfer only while it is
 * pending: once accepted, the other organisation leads the case). Each change is guarded by the status it
 * expects, so that a second, concurrent answer is refused instead of overwriting the first.
 */
const TRANSITIONS: Record<ReferralIntent, { side: "sender" | "receiver"; from: ReferralStatus[]; to: ReferralStatus; notice: NotificationKind; audit: AuditAction }> = {
  accept: { side: "receiver", from: ["pending"], to: "accepted", notice: "referral_accepted", audit: "care.referral.accepted" },
  reject: { side: "receiver", from: ["pending"], to: "rejected", notice: "referral_rejected", audit: "care.referral.rejected" },
  complete: { side: "receiver", from: ["accepted"], to: "completed", notice: "referral_completed", audit: "care.referral.completed" },
  revoke: { side: "sender", from: ["pending", "accepted"], to: "revoked", notice: "referral_revoked", audit: "care.referral.revoked" },
};

const REFERRAL_INCLUDE = {
  case: { select: { id: true, beneficiaryId: true, beneficiary: { select: { code: true } } } },
  fromOrganisation: { select: { name: true } },
  toOrganisation: { select: { name: true, kind: true } },
} satisfies Prisma.ReferralInclude;
type ReferralRow = Prisma.ReferralGetPayload<{ include: typeof REFERRAL_INCLUDE }>;

/** The statuses a referral may leave by each intent (a transfer that was accepted is not revoked). */
export function allowedFrom(intent: ReferralIntent, referral: { kind: "service" | "transfer" }): ReferralStatus[] {
  if (intent === "revoke" && referral.kind === "transfer") return ["pending"];
  return TRANSITIONS[intent].from;
}

/** What this user may do with the referral now. */
export function allowedIntents(sides: { sender: boolean; receiver: boolean }, referral: { kind: "service" | "transfer"; status: ReferralStatus }): ReferralIntent[] {
  return (Object.keys(TRANSITIONS) as ReferralIntent[]).filter((intent) => sides[TRANSITIONS[intent].side] && allowedFrom(intent, referral).includes(referral.status));
}

class Conflict extends Error {}

/**
 * Answers a referral. Null when the user is on neither side (or the id is unknown): the route answers 404,
 * and a refusal to someone outside is audited with the person's code.
 */
export async function answerReferral(
  user: SessionUser,
  referralId: string,
  answer: { intent: ReferralIntent; note?: string },
  request: { ip: string | null; path: string },
): Promise<Outcome | null> {
  if (!isUuid(referralId)) return null;
  const referral = await db.referral.findUnique({ where: { id: referralId }, include: REFERRAL_INCLUDE });
  if (!referral) return null;
  const sides = referralSides(user, referral);
  if (!sides.sender && !sides.receiver) {
    await recordBeneficiaryDenied({ user, code: referral.case.beneficiary.code, ip: request.ip, path: request.path });
    return null;
  }
  const transition = TRANSITIONS[answer.intent];
  if (!sides[transition.side]) return refuseForm("careReferrals:answer.errors.notYourSide");
  const from = allowedFrom(answer.intent, referral);
  if (answer.intent === "revoke" && referral.kind === "transfer" && referral.status === "accepted") return refuseForm("careReferrals:answer.errors.transferAccepted");
  if (!from.includes(referral.status)) return refuseForm("careReferrals:answer.errors.changed");
  if (answer.intent === "accept" && !referral.consentOverride) {
    const consents = await consentsInForce(referral.case.beneficiaryId);
    if (!consents.has(sharingPurposeFor(referral.toOrganisation.kind))) return refuseForm("careReferrals:answer.errors.consentWithdrawn");
  }
  const actingOrganisationId = transition.side === "receiver" ? referral.toOrganisationId : referral.fromOrganisationId;
  const now = new Date();
  const data: Prisma.ReferralUpdateManyMutationInput = { status: transition.to };
  if (answer.intent === "accept" || answer.intent === "reject") {
    Object.assign(data, { respondedAt: now, respondedById: user.id, responseNote: encryptNote("referral.response", referral.id, answer.note) });
  }
  if (answer.intent === "complete") data.completedAt = now;
  if (answer.intent === "revoke") data.revokedAt = now;

  try {
    await db.$transaction(async (tx) => {
      const changed = await tx.referral.updateMany({ where: { id: referral.id, status: { in: from } }, data });
      if (changed.count !== 1) throw new Conflict();
      await tx.caseEvent.create({
        data: { caseId: referral.caseId, kind: "referral_answered", occurredOn: now, actorId: user.id, organisationId: actingOrganisationId, service: referral.service, referralId: referral.id },
      });
      if (answer.intent === "accept" && referral.kind === "transfer") {
        // The lead moves only from the organisation that sent the transfer; the identity record stays with the registering one.
        const moved = await tx.careCase.updateMany({
          where: { id: referral.caseId, leadOrganisationId: referral.fromOrganisationId },
          data: { leadOrganisationId: referral.toOrganisationId, assignedToId: null },
        });
        if (moved.count !== 1) throw new Conflict();
        await tx.caseEvent.create({
          data: { caseId: referral.caseId, kind: "transferred", occurredOn: now, actorId: user.id, organisationId: referral.toOrganisationId, referralId: referral.id },
        });
      }
      await recordAudit(
        {
          action: transition.audit,
          actorId: user.id,
          organisationId: actingOrganisationId,
          entityType: "referral",
          entityId: referral.id,
          ip: request.ip,
          details: auditDetails(referral),
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Conflict) return refuseForm("careReferrals:answer.errors.changed");
    throw error;
  }

  const otherSide = transition.side === "receiver" ? referral.fromOrganisationId : referral.toOrganisationId;
  await notifyReferral(
    otherSide,
    transition.notice,
    { id: referral.id, code: referral.case.beneficiary.code, kind: referral.kind, service: referral.service, from: referral.fromOrganisation.name, to: referral.toOrganisation.name },
    user.id,
  );
  return { ok: true };
}

function auditDetails(referral: ReferralRow) {
  return { code: referral.case.beneficiary.code, from: referral.fromOrganisationId, to: referral.toOrganisationId, kind: referral.kind, service: referral.service };
}
