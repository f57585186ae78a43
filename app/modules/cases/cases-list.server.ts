import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import { activeReferralWhere, visibleCasesWhere } from "./access.server";
import { careToday, CLOSE_REQUEST_OVERDUE_DAYS, dayText, parseCareDay } from "./case-dates";
import { CASES_PAGE_SIZE, type CaseListFilter, type CaseView } from "./case-schemas";
import { isOverdue } from "./case-view.server";

/** Case lists: only what the access rules let the user see, and never a person's identity. */

const OPEN: Prisma.CareCaseWhereInput = { closedAt: null, stage: { not: "closed" } };

/** A review past due, or a request to close waiting more than a week. */
export function overdueWhere(now = new Date()): Prisma.CareCaseWhereInput {
  return {
    ...OPEN,
    OR: [{ reviewDueOn: { lt: parseCareDay(careToday(now))! } }, { closeRequestedAt: { lt: new Date(now.getTime() - CLOSE_REQUEST_OVERDUE_DAYS * 86_400_000) } }],
  };
}

/** The organisations whose cases are "my organisation's": where the user reads cases as staff. */
function teamOrganisations(user: SessionUser) {
  return [...new Set(user.memberships.filter((m) => roleGrants(m.role, "read:beneficiary:own")).map((m) => m.organisationId))];
}

function viewWhere(user: SessionUser, view: CaseView): Prisma.CareCaseWhereInput {
  switch (view) {
    case "mine":
      return { assignedToId: user.id };
    case "organisation":
      return { leadOrganisationId: { in: teamOrganisations(user) } };
    case "referred": {
      const orgs = [...new Set(user.memberships.map((m) => m.organisationId))];
      return { OR: orgs.map((organisationId) => ({ referrals: { some: activeReferralWhere(organisationId) } })) };
    }
  }
}

/** Where a user's list opens: caseworkers on their own cases, partners on what was referred to them. */
export function defaultCaseView(user: SessionUser): CaseView {
  if (user.memberships.some((m) => m.role === "caseworker")) return "mine";
  if (teamOrganisations(user).length) return "organisation";
  return "referred";
}

export async function listCases(user: SessionUser, filter: CaseListFilter) {
  const view = filter.view ?? defaultCaseView(user);
  const visible = await visibleCasesWhere(user);
  const conditions: Prisma.CareCaseWhereInput[] = [visible, viewWhere(user, view)];
  // Without a stage asked for, the list shows open cases; Closed is one of the stages to ask for.
  conditions.push(filter.stage ? { stage: filter.stage } : OPEN);
  if (filter.organisation) conditions.push({ leadOrganisationId: filter.organisation });
  if (filter.district) conditions.push({ district: { equals: filter.district, mode: "insensitive" } });
  if (filter.overdue) conditions.push(overdueWhere());
  if (filter.q) conditions.push({ beneficiary: { code: { startsWith: filter.q, mode: "insensitive" } } });
  const where: Prisma.CareCaseWhereInput = { AND: conditions };

  const total = await db.careCase.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CASES_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pageCount);
  const [rows, organisations, districts] = await Promise.all([
    db.careCase.findMany({
      where,
      orderBy: [{ reviewDueOn: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * CASES_PAGE_SIZE,
      take: CASES_PAGE_SIZE,
      select: {
        id: true,
        stage: true,
        district: true,
        state: true,
        country: true,
        reviewDueOn: true,
        closeRequestedAt: true,
        closedAt: true,
        beneficiary: { select: { code: true } },
        leadOrganisation: { select: { name: true } },
        assignedTo: { select: { name: true } },
      },
    }),
    // Filter choices come from the cases the user may see, nothing else.
    db.careCase.findMany({ where: visible, distinct: ["leadOrganisationId"], select: { leadOrganisation: { select: { id: true, name: true } } } }),
    db.careCase.findMany({ where: visible, distinct: ["district"], select: { district: true }, orderBy: { district: "asc" } }),
  ]);
  return {
    view,
    total,
    page,
    pageCount,
    cases: rows.map((row) => ({
      id: row.id,
      code: row.beneficiary.code,
      stage: row.stage,
      district: row.district,
      state: row.state,
      country: row.country,
      leadOrganisation: row.leadOrganisation.name,
      assignedTo: row.assignedTo?.name ?? null,
      reviewDueOn: row.reviewDueOn ? dayText(row.reviewDueOn) : null,
      closeRequested: row.closeRequestedAt !== null && row.closedAt === null,
      overdue: isOverdue(row),
    })),
    organisations: organisations.map((o) => o.leadOrganisation).sort((a, b) => a.name.localeCompare(b.name)),
    districts: districts.map((d) => d.district),
  };
}

/** The figures on the care home page. closeRequests is null for users who do not approve closing. */
export async function caseCounts(user: SessionUser) {
  const visible = await visibleCasesWhere(user);
  const teamOrgs = teamOrganisations(user);
  const approving = [...new Set(user.memberships.filter((m) => roleGrants(m.role, "approve:case-close:org")).map((m) => m.organisationId))];
  const count = (...where: Prisma.CareCaseWhereInput[]) => db.careCase.count({ where: { AND: [visible, ...where] } });
  const [mine, organisation, overdue, closeRequests] = await Promise.all([
    count(OPEN, { assignedToId: user.id }),
    count(OPEN, { leadOrganisationId: { in: teamOrgs } }),
    count(overdueWhere(), { OR: [{ assignedToId: user.id }, { leadOrganisationId: { in: teamOrgs } }] }),
    approving.length ? count(OPEN, { closeRequestedAt: { not: null }, leadOrganisationId: { in: approving } }) : Promise.resolve(null),
  ]);
  return { mine, organisation, overdue, closeRequests };
}
