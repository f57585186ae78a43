import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import type { CareAccess } from "./access.server";

/**
 * Every page that shows a person's identity writes exactly one audit row: who, which record (by code),
 * through which access, and why when a reason was asked for.
 */
export async function recordBeneficiaryRead(input: {
  user: SessionUser;
  code: string;
  access: CareAccess;
  via: "record" | "case" | "export";
  ip: string | null;
  reason?: string | null;
}) {
  await recordAudit({
    action: "care.beneficiary.read",
    actorId: input.user.id,
    organisationId: input.access.organisationId,
    entityType: "beneficiary",
    entityId: input.code,
    ip: input.ip,
    reason: input.reason ?? null,
    details: { access: input.access.kind, via: input.via, fields: [...input.access.fields] },
  });
}

/** A refused look at a person's record (another organisation, no referral): audited, answered with 404. */
export async function recordBeneficiaryDenied(input: { user: SessionUser; code: string; ip: string | null; path: string }) {
  await recordAudit({
    action: "care.beneficiary.denied",
    actorId: input.user.id,
    entityType: "beneficiary",
    entityId: input.code,
    ip: input.ip,
    details: { path: input.path },
  });
}
