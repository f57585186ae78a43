import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { consentsInForce } from "./consent-state.server";
import { notifyOrganisation } from "./notifications.server";

/**
 * Duplicate detection without sharing identity: the match key (an HMAC of normalised name, year of birth
 * and district of origin) is compared on registration. Within an organisation the caseworker is told
 * which code (she may see it anyway); across organisations she learns only that someone else may be
 * working with this person, never who, where or under which code.
 */

/** Codes of people of the same organisation with this match key (anonymised people have none). */
export async function sameOrganisationMatches(matchKey: string | null, organisationId: string, exceptId?: string) {
  if (!matchKey) return [];
  const rows = await db.beneficiary.findMany({
    where: { matchKey, organisationId, id: exceptId ? { not: exceptId } : undefined },
    select: { code: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => row.code);
}

function otherOrganisationRows(beneficiary: { id: string; organisationId: string; matchKey: string | null }) {
  if (!beneficiary.matchKey) return Promise.resolve([]);
  return db.beneficiary.findMany({
    where: { matchKey: beneficiary.matchKey, organisationId: { not: beneficiary.organisationId }, id: { not: beneficiary.id } },
    select: { code: true, organisationId: true },
    orderBy: { createdAt: "asc" },
  });
}

/** Whether another organisation holds someone with the same match key: a yes or no, nothing else. */
export async function hasOtherOrganisationMatch(beneficiary: { id: string; organisationId: string; matchKey: string | null }) {
  return (await otherOrganisationRows(beneficiary)).length > 0;
}

export type AskOutcome = { ok: true } | { ok: false; reason: "noMatch" | "noConsent" };

/**
 * Asks the supervisors of each organisation holding a match to consider a referral, under the person's
 * consent to share with partners. They learn our code and organisation (so that they can reach us); we
 * learn nothing of them.
 */
export async function askToConsiderReferral(user: SessionUser, beneficiary: { id: string; code: string; organisationId: string; matchKey: string | null }, ip: string | null): Promise<AskOutcome> {
  const matches = await otherOrganisationRows(beneficiary);
  if (!matches.length) return { ok: false, reason: "noMatch" };
  if (!(await consentsInForce(beneficiary.id)).has("share_partners")) return { ok: false, reason: "noConsent" };
  const ours = await db.organisation.findUniqueOrThrow({ where: { id: beneficiary.organisationId }, select: { name: true } });
  for (const match of matches) {
    await notifyOrganisation(match.organisationId, {
      kind: "possible_duplicate",
      params: { code: match.code, otherCode: beneficiary.code, from: ours.name },
      link: `/care/beneficiaries/${match.code}`,
      roles: ["supervisor"],
    });
  }
  await recordAudit({
    action: "care.beneficiary.possible_duplicate",
    actorId: user.id,
    organisationId: beneficiary.organisationId,
    entityType: "beneficiary",
    entityId: beneficiary.code,
    ip,
    details: { referralRequested: true },
  });
  return { ok: true };
}

/** Only the team of the organisation that registered the person hears of (and acts on) a possible match. */
export function isRegisteringTeam(user: SessionUser, found: { beneficiary: { organisationId: string }; access: { kind: string } }) {
  return found.access.kind === "team" && user.memberships.some((m) => m.organisationId === found.beneficiary.organisationId);
}

/**
 * What the record page says after a registration that matched someone elsewhere: null when there is
 * no such match (the address alone proves nothing), else whether the referral request may be sent.
 */
export async function possibleDuplicateNotice(user: SessionUser, found: { beneficiary: { id: string; organisationId: string }; access: { kind: string } }) {
  if (!isRegisteringTeam(user, found)) return null;
  const row = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { id: true, organisationId: true, matchKey: true } });
  if (!(await hasOtherOrganisationMatch(row))) return null;
  return { canAsk: (await consentsInForce(row.id)).has("share_partners") };
}

/** The person's row as askToConsiderReferral needs it. */
export function duplicateSubject(beneficiaryId: string) {
  return db.beneficiary.findUniqueOrThrow({ where: { id: beneficiaryId }, select: { id: true, code: true, organisationId: true, matchKey: true } });
}
