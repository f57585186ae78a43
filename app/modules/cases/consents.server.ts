import { randomUUID } from "node:crypto";
import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { setMakerPublicProfile } from "~/modules/catalog/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { CareAccess } from "./access.server";
import { fileProblemMessage, prepareEvidence, removeCareFiles, storeCareFile } from "./care-files.server";
import type { NewConsentInput } from "./consent-schema";
import { consentsInForce, sharingPurposeFor } from "./consent-state.server";
import { encryptNote } from "./identity-codec.server";
import { notifyOrganisation } from "./notifications.server";
import { ACTIVE_REFERRAL_STATUSES, type ConsentPurpose } from "./vocabulary";

/**
 * Recording and withdrawing consent, with its effects at once: the shop profile follows "public maker
 * profile", and withdrawing a sharing consent revokes the referrals that stood on it (access.server.ts
 * also stops reading them, so a referral missed here is closed all the same).
 */

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

/** Staff of the person's team with the consent permission in that organisation. */
export function canManageConsent(access: CareAccess) {
  return access.kind === "team" && roleGrants(access.role, "manage:consent:own");
}

type Outcome = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; formErrors?: string[] };

export async function recordConsent(user: SessionUser, found: Found, input: NewConsentInput, evidence: Buffer | "tooLarge" | null, ip: string | null): Promise<Outcome> {
  const person = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { anonymisedAt: true, makerId: true } });
  if (person.anonymisedAt) return { ok: false, fieldErrors: {}, formErrors: ["careBeneficiaries:errors.anonymised"] };
  const fieldErrors: Record<string, string[]> = {};
  if ((await consentsInForce(found.beneficiary.id)).has(input.purpose)) fieldErrors.purpose = ["careBeneficiaries:errors.alreadyInForce"];
  const prepared = evidence ? await prepareEvidence(evidence) : null;
  if (prepared && !prepared.ok) fieldErrors.evidence = [fileProblemMessage("evidence", prepared.problem)];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const evidenceFile = prepared?.ok ? await storeCareFile("evidence", found.beneficiary.id, prepared.file) : null;
  try {
    await db.$transaction(async (tx) => {
      const id = randomUUID();
      await tx.consent.create({
        data: {
          id,
          beneficiaryId: found.beneficiary.id,
          purpose: input.purpose,
          method: input.method,
          givenOn: new Date(`${input.givenOn}T00:00:00Z`),
          recordedById: user.id,
          witness: encryptNote("consent.witness", id, input.witness),
          evidenceFile,
        },
      });
      await recordAudit(
        {
          action: "care.consent.recorded",
          actorId: user.id,
          organisationId: found.access.organisationId,
          entityType: "beneficiary",
          entityId: found.beneficiary.code,
          ip,
          details: { purpose: input.purpose, method: input.method },
        },
        tx,
      );
    });
  } catch (error) {
    await removeCareFiles("evidence", [evidenceFile]);
    throw error;
  }
  if (input.purpose === "public_maker_profile" && person.makerId) await setMakerPublicProfile(person.makerId, true);
  return { ok: true };
}

/** A consent of this person, as the withdrawal page confirms it; null when it is not hers. */
export async function consentOf(beneficiaryId: string, consentId: string) {
  return db.consent.findFirst({
    where: { id: consentId, beneficiaryId },
    select: { id: true, purpose: true, method: true, givenOn: true, withdrawnAt: true, evidenceFile: true },
  });
}

export type WithdrawOutcome = { ok: true; revokedReferrals: number } | { ok: false; error: "notFound" | "alreadyWithdrawn" | "anonymised" };

export async function withdrawConsent(user: SessionUser, found: Found, consentId: string, ip: string | null): Promise<WithdrawOutcome> {
  const consent = await consentOf(found.beneficiary.id, consentId);
  if (!consent) return { ok: false, error: "notFound" };
  if (consent.withdrawnAt) return { ok: false, error: "alreadyWithdrawn" };
  const person = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { anonymisedAt: true, makerId: true } });
  if (person.anonymisedAt) return { ok: false, error: "anonymised" };

  const outcome = await db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.consent.updateMany({ where: { id: consent.id, withdrawnAt: null }, data: { withdrawnAt: now, withdrawnById: user.id } });
    if (count === 0) return null;
    await recordAudit(
      {
        action: "care.consent.withdrawn",
        actorId: user.id,
        organisationId: found.access.organisationId,
        entityType: "beneficiary",
        entityId: found.beneficiary.code,
        ip,
        details: { purpose: consent.purpose },
      },
      tx,
    );
    const stillInForce = (await consentsInForce(found.beneficiary.id, tx)).has(consent.purpose);
    const revoked = stillInForce ? [] : await revokeReferralsStandingOn(tx, user, found, consent.purpose, now, ip);
    return { stillInForce, revoked };
  });
  if (!outcome) return { ok: false, error: "alreadyWithdrawn" };

  for (const referral of outcome.revoked) {
    await notifyOrganisation(referral.toOrganisationId, {
      kind: "referral_revoked",
      params: { code: found.beneficiary.code, from: referral.fromOrganisation.name, to: referral.toOrganisation.name },
      link: "/care/referrals",
    });
  }
  if (consent.purpose === "public_maker_profile" && person.makerId && !outcome.stillInForce) await setMakerPublicProfile(person.makerId, false);
  return { ok: true, revokedReferrals: outcome.revoked.length };
}

/** The person's active referrals (sent without an override) to organisations whose sharing needs `purpose`: revoked. */
async function revokeReferralsStandingOn(
  tx: Tx,
  user: SessionUser,
  found: Found,
  purpose: ConsentPurpose,
  now: Date,
  ip: string | null,
) {
  if (purpose !== "share_partners" && purpose !== "share_authorities") return [];
  const active = await tx.referral.findMany({
    where: { case: { beneficiaryId: found.beneficiary.id }, status: { in: [...ACTIVE_REFERRAL_STATUSES] }, consentOverride: false },
    select: {
      id: true,
      caseId: true,
      toOrganisationId: true,
      toOrganisation: { select: { name: true, kind: true } },
      fromOrganisation: { select: { name: true } },
    },
  });
  const standing = active.filter((referral) => sharingPurposeFor(referral.toOrganisation.kind) === purpose);
  const revoked: typeof standing = [];
  for (const referral of standing) {
    const { count } = await tx.referral.updateMany({
      where: { id: referral.id, status: { in: [...ACTIVE_REFERRAL_STATUSES] } },
      data: { status: "revoked", revokedAt: now },
    });
    if (!count) continue;
    revoked.push(referral);
    await recordAudit(
      {
        action: "care.referral.revoked",
        actorId: user.id,
        organisationId: found.access.organisationId,
        entityType: "referral",
        entityId: referral.id,
        ip,
        details: { cause: "consent_withdrawn", purpose, caseId: referral.caseId },
      },
      tx,
    );
  }
  return revoked;
}
