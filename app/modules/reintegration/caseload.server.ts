import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { visibleCasesWhere } from "~/modules/cases/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";

/**
 * A user's caseload, what the home page's alerts and figures are about: the open cases assigned to her,
 * and for supervisors and coordinators all open cases their organisations lead. Never more than the case
 * list shows the same user (see caseloadWhere).
 */

/** Organisations whose open cases a supervisor or coordinator follows. */
export function supervisedOrganisations(user: SessionUser) {
  return [...new Set(user.memberships.filter((m) => roleGrants(m.role, "read:beneficiary:org") && !roleGrants(m.role, "read:beneficiary:any")).map((m) => m.organisationId))];
}

export const OPEN_CASE: Prisma.CareCaseWhereInput = { closedAt: null, stage: { not: "closed" } };

/**
 * The caseload as a filter. The cases assigned to the user go through visibleCasesWhere (a caseworker may
 * keep an assignment in an organisation she no longer works for); a supervisor's or coordinator's own
 * organisations' cases need no per-row check, as access.server.ts's team rule shows them every case
 * their organisation leads, and checking 100,000 rows against the referral rules costs seconds.
 */
export async function caseloadWhere(user: SessionUser): Promise<Prisma.CareCaseWhereInput> {
  const assigned = await db.careCase.findMany({ where: { AND: [OPEN_CASE, { assignedToId: user.id }, await visibleCasesWhere(user)] }, select: { id: true } });
  const mine: Prisma.CareCaseWhereInput = { id: { in: assigned.map((c) => c.id) } };
  const supervised = supervisedOrganisations(user);
  return { AND: [OPEN_CASE, supervised.length ? { OR: [{ leadOrganisationId: { in: supervised } }, mine] } : mine] };
}

/** A supervisor's alerts look at this many cases at most; the page says so when there are more. */
export const CASELOAD_LIMIT = 2000;

export interface CaseloadCase {
  id: string;
  beneficiaryId: string;
}

export async function caseloadCases(where: Prisma.CareCaseWhereInput, limit = CASELOAD_LIMIT) {
  const rows = await db.careCase.findMany({ where, orderBy: { id: "asc" }, take: limit + 1, select: { id: true, beneficiaryId: true } });
  return { cases: rows.slice(0, limit) as CaseloadCase[], truncated: rows.length > limit };
}

/** The people's codes of these cases (only those that alert need one). */
export async function codesOfCases(caseIds: string[]) {
  const rows = await db.careCase.findMany({ where: { id: { in: [...new Set(caseIds)] } }, select: { id: true, beneficiary: { select: { code: true } } } });
  return new Map(rows.map((row) => [row.id, row.beneficiary.code]));
}
