import { db } from "~/lib/db.server";
import { listAuditEvents } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { CareAccess } from "./access.server";
import { canEditIdentity } from "./beneficiaries.server";
import { canManageConsent } from "./consents.server";
import { decryptIdentity, decryptNote } from "./identity-codec.server";
import { IDENTITY_FIELDS, type CaseStage, type ConsentMethod, type ConsentPurpose, type IdentityField } from "./vocabulary";

/**
 * A person's record as one viewer may see it: the identity fields of her access (the rest named as not
 * shared), the photo only with the photo permission, consents (witness and evidence for the team only),
 * the cases she may see, and the audit trail for supervisors and auditors. The caller writes the read
 * to the audit log.
 */

export interface Found {
  beneficiary: { id: string; code: string; organisationId: string };
  access: CareAccess;
}

/** Only a supervisor of the organisation that registered the person anonymises her. */
export function canAnonymise(user: SessionUser, found: Found) {
  return found.access.kind === "team" && user.memberships.some((m) => m.organisationId === found.beneficiary.organisationId && roleGrants(m.role, "anonymise:beneficiary:own"));
}

export function canExport(access: CareAccess) {
  return access.kind === "team" && roleGrants(access.role, "export:beneficiary:own");
}

/** Linking the person to her shop maker: her team's supervisors and caseworkers. */
export function canLinkMaker(access: CareAccess) {
  return access.kind === "team" && access.canManage;
}

export function canReadAuditTrail(access: CareAccess) {
  return access.kind === "audit" || (access.kind === "team" && roleGrants(access.role, "read:audit:org"));
}

async function namesOf(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = wanted.length ? await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } }) : [];
  return new Map(users.map((user) => [user.id, user.name]));
}

export async function beneficiaryRecord(user: SessionUser, found: Found) {
  const { access } = found;
  const team = access.kind === "team";
  const row = await db.beneficiary.findUniqueOrThrow({
    where: { id: found.beneficiary.id },
    include: {
      organisation: { select: { name: true } },
      maker: { select: { displayName: true, publicProfile: true, organisation: { select: { name: true } } } },
      consents: { orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }] },
      cases: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          stage: true,
          district: true,
          state: true,
          country: true,
          createdAt: true,
          closedAt: true,
          leadOrganisation: { select: { name: true } },
          assignedTo: { select: { name: true } },
        },
      },
    },
  });
  const anonymised = Boolean(row.anonymisedAt);
  const identity = anonymised ? {} : decryptIdentity(row, access.fields);
  const names = await namesOf(row.consents.flatMap((consent) => [consent.recordedById, consent.withdrawnById]));
  const cases = row.cases.filter((c) => access.caseIds === null || access.caseIds.includes(c.id));
  const manage = { team, consent: canManageConsent(access) && !anonymised };

  return {
    code: row.code,
    organisation: row.organisation.name,
    registeredOn: row.createdAt,
    anonymisedAt: row.anonymisedAt,
    access: { kind: access.kind, organisation: access.organisationId ? (user.memberships.find((m) => m.organisationId === access.organisationId)?.organisationName ?? null) : null },
    identity: IDENTITY_FIELDS.map((field: IdentityField) => ({ field, shown: access.fields.includes(field), value: identity[field] ?? null })),
    hasPhoto: access.canSeePhoto && Boolean(row.photoFile),
    maker: team && row.maker ? { displayName: row.maker.displayName, organisation: row.maker.organisation.name, publicProfile: row.maker.publicProfile } : null,
    consents: row.consents.map((consent) => ({
      id: consent.id,
      purpose: consent.purpose as ConsentPurpose,
      method: consent.method as ConsentMethod,
      givenOn: consent.givenOn,
      recordedBy: consent.recordedById ? (names.get(consent.recordedById) ?? null) : null,
      witness: team ? decryptNote("consent.witness", consent.id, consent.witness) : null,
      hasEvidence: team && Boolean(consent.evidenceFile),
      withdrawnAt: consent.withdrawnAt,
      withdrawnBy: consent.withdrawnById ? (names.get(consent.withdrawnById) ?? null) : null,
      canWithdraw: manage.consent && !consent.withdrawnAt,
    })),
    cases: cases.map((c) => ({
      id: c.id,
      stage: c.stage as CaseStage,
      leadOrganisation: c.leadOrganisation.name,
      assignedTo: team ? (c.assignedTo?.name ?? null) : null,
      place: [c.district, c.state, c.country].join(", "),
      openedOn: c.createdAt,
      closedAt: c.closedAt,
    })),
    can: {
      edit: canEditIdentity(access) && !anonymised,
      consent: manage.consent,
      openCase: team && roleGrants(access.role, "manage:case:own") && !anonymised,
      linkMaker: canLinkMaker(access) && !anonymised,
      export: canExport(access) && !anonymised,
      anonymise: canAnonymise(user, found) && !anonymised,
    },
    auditTrail: canReadAuditTrail(access) ? await auditTrail(row.code) : null,
  };
}

export type BeneficiaryRecord = Awaited<ReturnType<typeof beneficiaryRecord>>;

/** Who did what to this person's record, newest first (the last 100 entries). */
async function auditTrail(code: string) {
  const { events } = await listAuditEvents({ entityType: "beneficiary", entityId: code }, { take: 100 });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    action: event.action,
    actor: event.actor ? `${event.actor.name} (${event.actor.email})` : null,
    organisation: event.organisation?.name ?? null,
    reason: event.reason,
  }));
}
