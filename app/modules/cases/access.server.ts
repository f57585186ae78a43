import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { Role } from "~/modules/identity/roles";
import { consentsInForce, sharingPurposeFor } from "./consent-state.server";
import { ACTIVE_REFERRAL_STATUSES, IDENTITY_FIELDS, type IdentityField, type ReferralStatus } from "./vocabulary";

/**
 * Who may see which person, decided in one place.
 *
 * - team: staff of the organisation that registered the person or leads one of her cases. Supervisors and
 *   coordinators see all of their organisation's; caseworkers too, unless the organisation limits them to
 *   the cases assigned to them (and the people they registered).
 * - referral: staff of an organisation with a pending or accepted referral on one of her cases see that
 *   case only, and only the fields fixed on the referral, while the matching sharing consent is in force
 *   (or the referral was sent under a recorded override).
 * - audit: auditors read everything, each time with a stated reason.
 * Anyone else is refused, and the refusal is audited by the caller.
 */
export type CareAccess =
  | { kind: "team"; organisationId: string; role: Role; fields: readonly IdentityField[]; caseIds: null; canSeePhoto: boolean; canManage: boolean }
  | { kind: "referral"; organisationId: string; role: Role; fields: readonly IdentityField[]; caseIds: string[]; referralIds: string[]; canSeePhoto: false; canManage: false }
  | { kind: "audit"; organisationId: null; role: Role; fields: readonly IdentityField[]; caseIds: null; canSeePhoto: false; canManage: false };

interface Subject {
  id: string;
  organisationId: string;
  registeredById: string | null;
  cases: { id: string; leadOrganisationId: string; assignedToId: string | null }[];
}

const TEAM_READ_ORG = "read:beneficiary:org" as const;
const TEAM_READ_OWN = "read:beneficiary:own" as const;

/** Auditors read everywhere, but always as auditors (with a reason), never as a member of the team. */
const isAuditRole = (role: Role) => roleGrants(role, "read:beneficiary:any");

/** Staff roles that can act on what was referred to their organisation. */
const REFERRAL_ROLES: readonly Role[] = ["partner", "caseworker", "supervisor", "coordinator"];

async function ownCasesOnly(organisationIds: string[]) {
  if (!organisationIds.length) return new Set<string>();
  const orgs = await db.organisation.findMany({ where: { id: { in: organisationIds }, caseworkersSeeOwnCasesOnly: true }, select: { id: true } });
  return new Set(orgs.map((org) => org.id));
}

function teamAccess(user: SessionUser, subject: Subject, ownOnlyOrgs: Set<string>): CareAccess | null {
  const teamOrgs = new Set([subject.organisationId, ...subject.cases.map((c) => c.leadOrganisationId)]);
  let best: CareAccess | null = null;
  for (const membership of user.memberships) {
    if (!teamOrgs.has(membership.organisationId) || isAuditRole(membership.role)) continue;
    const { role, organisationId } = membership;
    let sees = roleGrants(role, TEAM_READ_ORG);
    if (!sees && roleGrants(role, TEAM_READ_OWN)) {
      sees =
        !ownOnlyOrgs.has(organisationId) ||
        subject.registeredById === user.id ||
        subject.cases.some((c) => c.leadOrganisationId === organisationId && c.assignedToId === user.id);
    }
    if (!sees) continue;
    const access: CareAccess = {
      kind: "team",
      organisationId,
      role,
      fields: IDENTITY_FIELDS,
      caseIds: null,
      canSeePhoto: roleGrants(role, "read:beneficiary-photo:own"),
      canManage: roleGrants(role, "manage:case:own"),
    };
    // Prefer the membership that can do the most (a supervisor over a caseworker in the same organisation).
    if (!best || (access.canManage && !best.canManage) || (access.canSeePhoto && !best.canSeePhoto)) best = access;
  }
  return best;
}

async function referralAccess(user: SessionUser, subject: Subject): Promise<CareAccess | null> {
  const orgIds = user.memberships.filter((m) => REFERRAL_ROLES.includes(m.role)).map((m) => m.organisationId);
  if (!orgIds.length || !subject.cases.length) return null;
  const referrals = await db.referral.findMany({
    where: {
      caseId: { in: subject.cases.map((c) => c.id) },
      toOrganisationId: { in: orgIds },
      status: { in: [...ACTIVE_REFERRAL_STATUSES] },
    },
    select: { id: true, caseId: true, toOrganisationId: true, sharedFields: true, consentOverride: true, toOrganisation: { select: { kind: true } } },
  });
  if (!referrals.length) return null;
  const consents = await consentsInForce(subject.id);
  const standing = referrals.filter((r) => r.consentOverride || consents.has(sharingPurposeFor(r.toOrganisation.kind)));
  if (!standing.length) return null;
  const organisationId = standing[0]!.toOrganisationId;
  const ofOrg = standing.filter((r) => r.toOrganisationId === organisationId);
  const shared = new Set(ofOrg.flatMap((r) => r.sharedFields));
  const role = user.memberships.find((m) => m.organisationId === organisationId && REFERRAL_ROLES.includes(m.role))!.role;
  return {
    kind: "referral",
    organisationId,
    role,
    fields: IDENTITY_FIELDS.filter((field) => shared.has(field)),
    caseIds: [...new Set(ofOrg.map((r) => r.caseId))],
    referralIds: ofOrg.map((r) => r.id),
    canSeePhoto: false,
    canManage: false,
  };
}

async function accessToSubject(user: SessionUser, subject: Subject): Promise<CareAccess | null> {
  const team = teamAccess(user, subject, await ownCasesOnly(user.memberships.map((m) => m.organisationId)));
  if (team) return team;
  const referral = await referralAccess(user, subject);
  if (referral) return referral;
  const auditor = user.memberships.find((m) => roleGrants(m.role, "read:beneficiary:any"));
  if (auditor) return { kind: "audit", organisationId: null, role: auditor.role, fields: IDENTITY_FIELDS, caseIds: null, canSeePhoto: false, canManage: false };
  return null;
}

const SUBJECT_SELECT = {
  id: true,
  code: true,
  organisationId: true,
  registeredById: true,
  cases: { select: { id: true, leadOrganisationId: true, assignedToId: true } },
} satisfies Prisma.BeneficiarySelect;

/** The user's access to the person with this code, or null (unknown code and no access look the same). */
export async function accessToBeneficiary(user: SessionUser, code: string) {
  const subject = await db.beneficiary.findUnique({ where: { code }, select: SUBJECT_SELECT });
  if (!subject) return null;
  const access = await accessToSubject(user, subject);
  return access ? { beneficiary: subject, access } : null;
}

/** The user's access to a case: the person's access, limited to the referred cases for partners. */
export async function accessToCase(user: SessionUser, caseId: string) {
  const found = await db.careCase.findUnique({ where: { id: caseId }, select: { id: true, beneficiary: { select: SUBJECT_SELECT } } });
  if (!found) return null;
  const access = await accessToSubject(user, found.beneficiary);
  if (!access || (access.caseIds && !access.caseIds.includes(caseId))) return null;
  return { beneficiary: found.beneficiary, caseId, access };
}

/**
 * The cases a user may see in lists, as a Prisma filter: the same rules as above, without the audit
 * kind (auditors open records one at a time, with a reason). Lists show codes, stages and places, never identity.
 */
export async function visibleCasesWhere(user: SessionUser): Promise<Prisma.CareCaseWhereInput> {
  const ownOnly = await ownCasesOnly(user.memberships.map((m) => m.organisationId));
  const or: Prisma.CareCaseWhereInput[] = [];
  for (const { role, organisationId } of user.memberships) {
    if (isAuditRole(role)) continue;
    const teamOrg: Prisma.CareCaseWhereInput = { OR: [{ leadOrganisationId: organisationId }, { beneficiary: { organisationId } }] };
    if (roleGrants(role, TEAM_READ_ORG) || (roleGrants(role, TEAM_READ_OWN) && !ownOnly.has(organisationId))) {
      or.push(teamOrg);
    } else if (roleGrants(role, TEAM_READ_OWN)) {
      or.push({ AND: [teamOrg, { OR: [{ assignedToId: user.id }, { beneficiary: { registeredById: user.id } }] }] });
    }
    if (REFERRAL_ROLES.includes(role)) {
      or.push({ referrals: { some: activeReferralWhere(organisationId) } });
    }
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/**
 * The people a user may see in a list: those with a case the user may see (visibleCasesWhere, the access
 * rules' own filter), and the people her organisation registered without a case yet, on the same terms
 * as access.server.ts's team rule (a caseworker limited to her own cases sees the people she registered).
 */
export async function visibleBeneficiariesWhere(user: SessionUser): Promise<Prisma.BeneficiaryWhereInput> {
  const caseWhere = await visibleCasesWhere(user);
  const ownOnly = await ownCasesOnly(user.memberships.map((m) => m.organisationId));
  const or: Prisma.BeneficiaryWhereInput[] = [{ cases: { some: caseWhere } }];
  for (const { role, organisationId } of user.memberships) {
    if (isAuditRole(role)) continue;
    if (roleGrants(role, TEAM_READ_ORG) || (roleGrants(role, TEAM_READ_OWN) && !ownOnly.has(organisationId))) {
      or.push({ organisationId });
    } else if (roleGrants(role, TEAM_READ_OWN)) {
      or.push({ organisationId, registeredById: user.id });
    }
  }
  return { OR: or };
}

/** A referral that still opens its case to the receiving organisation (status and consent). */
export function activeReferralWhere(toOrganisationId: string): Prisma.ReferralWhereInput {
  const active: ReferralStatus[] = [...ACTIVE_REFERRAL_STATUSES];
  return {
    toOrganisationId,
    status: { in: active },
    OR: [
      { consentOverride: true },
      {
        toOrganisation: { kind: "government_ahtu" },
        case: { beneficiary: { consents: { some: { purpose: "share_authorities", withdrawnAt: null } } } },
      },
      {
        toOrganisation: { kind: { not: "government_ahtu" } },
        case: { beneficiary: { consents: { some: { purpose: "share_partners", withdrawnAt: null } } } },
      },
    ],
  };
}
