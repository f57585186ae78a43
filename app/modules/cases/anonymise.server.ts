import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { setMakerPublicProfile } from "~/modules/catalog/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import type { CareAccess } from "./access.server";
import { removeCareFiles } from "./care-files.server";
import { encryptNote } from "./identity-codec.server";
import { IDENTITY_FIELDS, type IdentityField } from "./vocabulary";

/**
 * Anonymisation: every trace of who the person is goes (identity fields, photo, match key, consent
 * witnesses and evidence, case notes, the free text of referrals, the link to her shop maker); what
 * reports count stays (code, cases, stages, timeline events, consents' purposes and dates).
 */

const ERASED = "[erased]";

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

export type AnonymiseOutcome = { ok: true } | { ok: false; error: "alreadyAnonymised" | "codeMismatch" };

export async function anonymiseBeneficiary(user: SessionUser, found: Found, input: { reason: string; confirmCode: string }, ip: string | null): Promise<AnonymiseOutcome> {
  if (input.confirmCode.trim().toUpperCase() !== found.beneficiary.code) return { ok: false, error: "codeMismatch" };
  const id = found.beneficiary.id;
  const erased = await db.$transaction(async (tx) => {
    const row = await tx.beneficiary.findUniqueOrThrow({ where: { id }, select: { anonymisedAt: true, photoFile: true, makerId: true } });
    if (row.anonymisedAt) return null;
    const consents = await tx.consent.findMany({ where: { beneficiaryId: id }, select: { evidenceFile: true } });
    const identity = Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, null])) as Record<IdentityField, null>;
    await tx.beneficiary.update({ where: { id }, data: { ...identity, photoFile: null, matchKey: null, makerId: null, anonymisedAt: new Date() } });
    await tx.consent.updateMany({ where: { beneficiaryId: id }, data: { witness: null, evidenceFile: null } });
    // The timeline is append-only; erasing notes is the one change its trigger allows.
    const notes = await tx.$executeRaw`
      UPDATE case_event SET notes = NULL
      WHERE notes IS NOT NULL AND case_id IN (SELECT id FROM care_case WHERE beneficiary_id = ${id}::uuid)`;
    // A referral's reason is required: it keeps an encrypted "[erased]" in place of the words.
    const referrals = await tx.referral.findMany({ where: { case: { beneficiaryId: id } }, select: { id: true, responseNote: true, overrideReason: true } });
    for (const referral of referrals) {
      await tx.referral.update({
        where: { id: referral.id },
        data: {
          reason: encryptNote("referral.reason", referral.id, ERASED)!,
          responseNote: referral.responseNote ? encryptNote("referral.response", referral.id, ERASED) : null,
          overrideReason: referral.overrideReason ? encryptNote("referral.override", referral.id, ERASED) : null,
        },
      });
    }
    await recordAudit(
      {
        action: "care.beneficiary.anonymised",
        actorId: user.id,
        organisationId: found.access.organisationId,
        entityType: "beneficiary",
        entityId: found.beneficiary.code,
        ip,
        reason: input.reason,
        details: { caseNotesErased: notes, referralsErased: referrals.length, photo: Boolean(row.photoFile), makerUnlinked: Boolean(row.makerId) },
      },
      tx,
    );
    return { photoFile: row.photoFile, makerId: row.makerId, evidence: consents.map((consent) => consent.evidenceFile) };
  });
  if (!erased) return { ok: false, error: "alreadyAnonymised" };
  await removeCareFiles("photo", [erased.photoFile]);
  await removeCareFiles("evidence", erased.evidence);
  if (erased.makerId) await setMakerPublicProfile(erased.makerId, false);
  return { ok: true };
}
