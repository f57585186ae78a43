import type { Prisma } from "~/generated/prisma/client";
import { countryName } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { listAuditEvents } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { accessToCase } from "./access.server";
import { decryptIdentity, decryptNote } from "./identity-codec.server";
import { recordBeneficiaryDenied, recordBeneficiaryRead } from "./read-audit.server";
import type { ReferralFilter } from "./referral-schemas";
import { receivingOrganisations, referralSides, sendingOrganisations } from "./referral-sides.server";
import { allowedIntents } from "./referrals-answer.server";
import { ACTIVE_REFERRAL_STATUSES, IDENTITY_FIELDS, type IdentityField } from "./vocabulary";

/** Referrals as their two sides see them: codes, services, organisations and where they are; identity only through the access rules. */

const PLACE = { select: { id: true, name: true, kind: true, region: true, country: true } } satisfies Prisma.OrganisationDefaultArgs;

const LIST_SELECT = {
  id: true,
  kind: true,
  service: true,
  status: true,
  createdAt: true,
  case: { select: { beneficiary: { select: { code: true } } } },
  fromOrganisation: PLACE,
  toOrganisation: PLACE,
} satisfies Prisma.ReferralSelect;

function placeOf<T extends { country: string }>(org: T, language: string) {
  return { ...org, countryName: countryName(org.country, language) };
}

async function listWhere(where: Prisma.ReferralWhereInput, language: string) {
  const rows = await db.referral.findMany({ where, select: LIST_SELECT, orderBy: { createdAt: "desc" }, take: 200 });
  return rows.map((row) => ({
    id: row.id,
    code: row.case.beneficiary.code,
    kind: row.kind,
    service: row.service,
    status: row.status,
    createdAt: row.createdAt,
    from: placeOf(row.fromOrganisation, language),
    to: placeOf(row.toOrganisation, language),
  }));
}

/** The referrals received by and sent by the user's organisations (null: the user is on no such side). */
export async function listReferrals(user: SessionUser, filter: ReferralFilter, language: string) {
  const receiving = receivingOrganisations(user);
  const sending = sendingOrganisations(user);
  return {
    received: receiving.length ? await listWhere({ toOrganisationId: { in: receiving }, status: filter.status }, language) : null,
    sent: sending.length ? await listWhere({ fromOrganisationId: { in: sending }, status: filter.status }, language) : null,
  };
}

/** How many referrals wait for an answer from the user's organisations. */
export async function countReferralsWaiting(user: SessionUser) {
  const receiving = receivingOrganisations(user);
  return receiving.length ? db.referral.count({ where: { toOrganisationId: { in: receiving }, status: "pending" } }) : 0;
}

type Step = "sent" | "accepted" | "rejected" | "completed" | "revoked";

export type IdentityState = "shown" | "codeOnly" | "consentWithdrawn" | "inactive" | "sender";

/**
 * One referral for its sending team or its receiving staff; null (404) for anyone else, whose look is
 * audited with the person's code. The receiving side sees the person's identity fields that the access
 * rules allow (the referral's fields, while it is active and consent stands); that read is audited once.
 */
export async function referralDetail(user: SessionUser, referralId: string, request: { ip: string | null; path: string }, language: string) {
  if (!isUuid(referralId)) return null;
  const referral = await db.referral.findUnique({
    where: { id: referralId },
    include: {
      case: { select: { id: true, stage: true, district: true, state: true, country: true, beneficiary: { select: { code: true } } } },
      fromOrganisation: PLACE,
      toOrganisation: PLACE,
    },
  });
  if (!referral) return null;
  const code = referral.case.beneficiary.code;
  const sides = referralSides(user, referral);
  if (!sides.sender && !sides.receiver) {
    await recordBeneficiaryDenied({ user, code, ip: request.ip, path: request.path });
    return null;
  }

  let identityState: IdentityState = "sender";
  let identity: { field: IdentityField; shared: boolean; value: string | null }[] = [];
  let caseOpen = sides.sender;
  if (sides.receiver) {
    const active = ACTIVE_REFERRAL_STATUSES.includes(referral.status);
    const found = active ? await accessToCase(user, referral.caseId) : null;
    if (!active) identityState = "inactive";
    else if (!found || found.access.kind === "audit") identityState = "consentWithdrawn";
    else {
      caseOpen = true;
      const fields = found.access.fields;
      identityState = fields.length ? "shown" : "codeOnly";
      const row = fields.length ? await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id } }) : null;
      const values = row ? decryptIdentity(row, fields) : {};
      identity = IDENTITY_FIELDS.map((field) => ({ field, shared: fields.includes(field), value: values[field] ?? null }));
      if (row) await recordBeneficiaryRead({ user, code, access: found.access, via: "case", ip: request.ip });
    }
  }

  const people = await db.user.findMany({ where: { id: { in: [referral.createdById, referral.respondedById].filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } });
  const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name ?? null;
  // Who completed or revoked it is on the audit log (the referral keeps only who sent and who answered).
  const { events } = await listAuditEvents({ entityType: "referral", entityId: referral.id }, { take: 50 });
  const actorOf = (step: Step) => events.find((event) => event.action === `care.referral.${step}`)?.actor?.name ?? null;
  const steps: { step: Step; at: Date; by: string | null; organisation: string }[] = [
    { step: "sent", at: referral.createdAt, by: nameOf(referral.createdById), organisation: referral.fromOrganisation.name },
  ];
  if (referral.respondedAt) {
    const step = referral.status === "rejected" ? "rejected" : "accepted";
    steps.push({ step, at: referral.respondedAt, by: nameOf(referral.respondedById) ?? actorOf(step), organisation: referral.toOrganisation.name });
  }
  if (referral.completedAt) steps.push({ step: "completed", at: referral.completedAt, by: actorOf("completed"), organisation: referral.toOrganisation.name });
  if (referral.revokedAt) steps.push({ step: "revoked", at: referral.revokedAt, by: actorOf("revoked"), organisation: referral.fromOrganisation.name });

  return {
    id: referral.id,
    caseId: referral.caseId,
    code,
    kind: referral.kind,
    service: referral.service,
    status: referral.status,
    sharedFields: IDENTITY_FIELDS.filter((field) => referral.sharedFields.includes(field)),
    consentOverride: referral.consentOverride,
    reason: decryptNote("referral.reason", referral.id, referral.reason),
    responseNote: decryptNote("referral.response", referral.id, referral.responseNote),
    overrideReason: sides.sender ? decryptNote("referral.override", referral.id, referral.overrideReason) : null,
    from: placeOf(referral.fromOrganisation, language),
    to: placeOf(referral.toOrganisation, language),
    createdAt: referral.createdAt,
    steps,
    sides,
    intents: allowedIntents(sides, referral),
    identityState,
    identity,
    caseOpen,
  };
}
