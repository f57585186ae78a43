import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import type { CareAccess } from "./access.server";
import { readCareFile } from "./care-files.server";
import { decryptIdentity, decryptNote } from "./identity-codec.server";
import { recordBeneficiaryRead } from "./read-audit.server";
import { IDENTITY_FIELDS } from "./vocabulary";

/**
 * Everything held about a person, for her, on request: identity, photo, consents, cases with their
 * timelines (notes decrypted) and referrals. Written to the audit log as an export and as a read.
 */

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const instant = (value: Date | null) => (value ? value.toISOString() : null);

export async function exportOwnData(user: SessionUser, found: Found, ip: string | null) {
  const row = await db.beneficiary.findUniqueOrThrow({
    where: { id: found.beneficiary.id },
    include: {
      organisation: { select: { name: true } },
      maker: { select: { displayName: true } },
      consents: { orderBy: { createdAt: "asc" } },
      cases: {
        orderBy: { createdAt: "asc" },
        include: {
          leadOrganisation: { select: { name: true } },
          events: { orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }], include: { organisation: { select: { name: true } } } },
          referrals: { orderBy: { createdAt: "asc" }, include: { fromOrganisation: { select: { name: true, region: true, country: true } }, toOrganisation: { select: { name: true, region: true, country: true } } } },
        },
      },
    },
  });
  const photo = await readCareFile("photo", row.id, row.photoFile);
  const document = {
    exportedAt: new Date().toISOString(),
    code: row.code,
    registeredBy: row.organisation.name,
    registeredOn: instant(row.createdAt),
    anonymisedAt: instant(row.anonymisedAt),
    identity: decryptIdentity(row, IDENTITY_FIELDS),
    photo: photo ? { contentType: photo.contentType, base64: photo.data.toString("base64") } : null,
    shopMaker: row.maker ? { displayName: row.maker.displayName } : null,
    consents: row.consents.map((consent) => ({
      purpose: consent.purpose,
      method: consent.method,
      givenOn: day(consent.givenOn),
      witness: decryptNote("consent.witness", consent.id, consent.witness),
      evidenceHeld: Boolean(consent.evidenceFile),
      recordedAt: instant(consent.createdAt),
      withdrawnAt: instant(consent.withdrawnAt),
    })),
    cases: row.cases.map((c) => ({
      leadOrganisation: c.leadOrganisation.name,
      stage: c.stage,
      place: { district: c.district, state: c.state, country: c.country },
      openedAt: instant(c.createdAt),
      closedAt: instant(c.closedAt),
      timeline: c.events.map((event) => ({
        kind: event.kind,
        occurredOn: day(event.occurredOn),
        organisation: event.organisation?.name ?? null,
        fromStage: event.fromStage,
        toStage: event.toStage,
        service: event.service,
        checklist: event.checklist,
        notes: decryptNote("case_event.notes", event.id, event.notes),
      })),
      referrals: c.referrals.map((referral) => ({
        kind: referral.kind,
        service: referral.service,
        from: { name: referral.fromOrganisation.name, region: referral.fromOrganisation.region, country: referral.fromOrganisation.country },
        to: { name: referral.toOrganisation.name, region: referral.toOrganisation.region, country: referral.toOrganisation.country },
        status: referral.status,
        reason: decryptNote("referral.reason", referral.id, referral.reason),
        response: decryptNote("referral.response", referral.id, referral.responseNote),
        sentAt: instant(referral.createdAt),
        respondedAt: instant(referral.respondedAt),
        completedAt: instant(referral.completedAt),
        revokedAt: instant(referral.revokedAt),
      })),
    })),
  };
  await recordAudit({
    action: "care.beneficiary.exported",
    actorId: user.id,
    organisationId: found.access.organisationId,
    entityType: "beneficiary",
    entityId: row.code,
    ip,
    details: { cases: row.cases.length, consents: row.consents.length },
  });
  await recordBeneficiaryRead({ user, code: row.code, access: found.access, via: "export", ip });
  return { fileName: `${row.code}-own-data.json`, body: JSON.stringify(document, null, 2) };
}
