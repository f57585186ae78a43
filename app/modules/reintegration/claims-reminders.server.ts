import { db } from "~/lib/db.server";
import { careToday, dayText, parseCareDay } from "~/modules/cases/case-dates";
import { notifyUsers, staffOf, visibleCasesWhere } from "~/modules/cases/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { ClaimStatus } from "./vocabulary";

/** Hearings of these claims no longer matter. */
const FINISHED: ClaimStatus[] = ["disbursed", "rejected"];
/** The caseworker hears of a hearing this many days before it. */
export const HEARING_REMINDER_DAYS = 7;

function window(days: number, now: Date) {
  const from = parseCareDay(careToday(now))!;
  return { gte: from, lte: new Date(from.getTime() + days * 86_400_000) };
}

/**
 * Claims with a hearing in the next `days` days (today included) on cases the user's team sees: the
 * list rules of the case module, narrowed to the organisations where the user is on the team (a partner's
 * referral does not open a person's claims).
 */
export async function hearingsWithin(user: SessionUser, days = 14, now = new Date()) {
  const teamOrgs = user.memberships.filter((m) => roleGrants(m.role, "read:beneficiary:own")).map((m) => m.organisationId);
  if (!teamOrgs.length) return [];
  const rows = await db.compensationClaim.findMany({
    where: {
      nextHearingOn: window(days, now),
      status: { notIn: FINISHED },
      case: { AND: [await visibleCasesWhere(user), { OR: [{ leadOrganisationId: { in: teamOrgs } }, { beneficiary: { organisationId: { in: teamOrgs } } }] }] },
    },
    orderBy: { nextHearingOn: "asc" },
    select: { id: true, caseId: true, authority: true, nextHearingOn: true, case: { select: { beneficiary: { select: { code: true } } } } },
    take: 200,
  });
  return rows.map((row) => ({ claimId: row.id, caseId: row.caseId, code: row.case.beneficiary.code, date: row.nextHearingOn!, authority: row.authority }));
}

/**
 * Tells the case's assigned caseworker (or, with nobody assigned, the lead organisation's supervisors)
 * of each hearing due within a week, once per hearing date: a "hearing_reminded" event on the claim
 * remembers it. Meant to run daily; returns how many hearings were reminded.
 */
export async function sendHearingReminders(now = new Date()) {
  const due = await db.compensationClaim.findMany({
    where: { nextHearingOn: window(HEARING_REMINDER_DAYS, now), status: { notIn: FINISHED } },
    select: {
      id: true,
      caseId: true,
      authority: true,
      nextHearingOn: true,
      events: { where: { kind: "hearing_reminded" }, select: { occurredOn: true } },
      case: {
        select: {
          leadOrganisationId: true,
          beneficiary: { select: { code: true } },
          assignedTo: { select: { id: true, email: true, preferredLanguage: true, deactivatedAt: true } },
        },
      },
    },
  });
  let reminded = 0;
  for (const claim of due) {
    const hearingOn = claim.nextHearingOn!;
    if (claim.events.some((event) => event.occurredOn.getTime() === hearingOn.getTime())) continue;
    const assignee = claim.case.assignedTo;
    const users = assignee && !assignee.deactivatedAt ? [assignee] : await staffOf(claim.case.leadOrganisationId, ["supervisor"]);
    await db.$transaction(async (tx) => {
      await tx.claimEvent.create({ data: { claimId: claim.id, kind: "hearing_reminded", occurredOn: hearingOn } });
      await notifyUsers(
        users,
        {
          kind: "hearing_soon",
          params: { code: claim.case.beneficiary.code, date: dayText(hearingOn), authority: claim.authority },
          link: `/care/cases/${claim.caseId}/claims/${claim.id}`,
        },
        tx,
      );
    });
    reminded += 1;
  }
  return reminded;
}
