import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import type { CareAccess } from "./access.server";
import { readCareFile } from "./care-files.server";

/** The person's photo and consent evidence, decrypted for one viewer at a time, each look audited. */

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

/** The photo, or null when the viewer may not see photos or there is none. */
export async function photoForViewer(user: SessionUser, found: Found, ip: string | null) {
  if (!found.access.canSeePhoto) return null;
  const row = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { photoFile: true } });
  const file = await readCareFile("photo", found.beneficiary.id, row.photoFile);
  if (!file) return null;
  await recordAudit({
    action: "care.beneficiary.photo_viewed",
    actorId: user.id,
    organisationId: found.access.organisationId,
    entityType: "beneficiary",
    entityId: found.beneficiary.code,
    ip,
  });
  return file;
}

/** A consent's evidence file, for the person's team only; null when there is none to show this viewer. */
export async function evidenceForViewer(user: SessionUser, found: Found, consentId: string, ip: string | null) {
  if (found.access.kind !== "team") return null;
  const consent = await db.consent.findFirst({ where: { id: consentId, beneficiaryId: found.beneficiary.id }, select: { purpose: true, evidenceFile: true } });
  const file = await readCareFile("evidence", found.beneficiary.id, consent?.evidenceFile ?? null);
  if (!consent || !file) return null;
  await recordAudit({
    action: "care.consent.evidence_viewed",
    actorId: user.id,
    organisationId: found.access.organisationId,
    entityType: "beneficiary",
    entityId: found.beneficiary.code,
    ip,
    details: { purpose: consent.purpose },
  });
  return file;
}
