import { db } from "~/lib/db.server";
import { careToday, dayText } from "~/modules/cases/case-dates";
import { monthlyEarnedOfMakers } from "~/modules/earnings/index.server";
import { recentMonths } from "./income.server";
import { evaluateMilestonesForBeneficiary } from "./milestone-rules.server";

/** Months of shop income shown and linked: the same window as the income table. */
export const SHOP_INCOME_MONTHS = 18;

interface ConsentSpan {
  givenOn: Date;
  withdrawnAt: Date | null;
}

function monthEnd(month: string) {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return dayText(new Date(Date.UTC(year, m, 0)));
}

/** Whether a "link shop earnings" consent was in force at some point of the month ("YYYY-MM"). */
export function monthLinked(month: string, consents: ConsentSpan[]) {
  const start = `${month}-01`;
  const end = monthEnd(month);
  return consents.some(
    (consent) =>
      dayText(consent.givenOn) <= end &&
      (consent.withdrawnAt === null || careToday(consent.withdrawnAt) >= start)
  );
}

/** Whether shop income is linked now, and if not since when it stopped (the last withdrawal). */
export async function shopLinkState(beneficiaryId: string) {
  const [beneficiary, consents] = await Promise.all([
    db.beneficiary.findUniqueOrThrow({
      where: { id: beneficiaryId },
      select: { makerId: true },
    }),
    db.consent.findMany({
      where: { beneficiaryId, purpose: "link_earnings" },
      select: { givenOn: true, withdrawnAt: true },
      orderBy: { givenOn: "asc" },
    }),
  ]);
  const inForce = consents.some((consent) => consent.withdrawnAt === null);
  const lastWithdrawal = consents
    .map((consent) => consent.withdrawnAt)
    .filter((at): at is Date => at !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const state: "linked" | "withdrawn" | "noConsent" | "noMaker" =
    !beneficiary.makerId
      ? "noMaker"
      : inForce
      ? "linked"
      : lastWithdrawal
      ? "withdrawn"
      : "noConsent";
  return {
    state,
    withdrawnOn: !inForce && lastWithdrawal ? careToday(lastWithdrawal) : null,
    makerId: beneficiary.makerId,
    consents,
  };
}

interface LinkedPerson {
  id: string;
  makerId: string;
  consents: ConsentSpan[];
}

/**
 * Derives each person's shop income from the earnings ledger (what her sales earned in each month, net of
 * refunds), through the earnings module's public functions only, for the months in which her "link shop
 * earnings" consent was in force. Months outside the consent are never read into the record; rows already
 * linked stay. Reads are a fixed number of queries for any number of people; only changed months are
 * written. Returns the months written per person.
 */
async function syncPeople(people: LinkedPerson[], now: Date): Promise<Map<string, string[]>> {
  const written = new Map<string, string[]>();
  if (!people.length) return written;
  const [earned, existing] = await Promise.all([
    monthlyEarnedOfMakers([...new Set(people.map((person) => person.makerId))], SHOP_INCOME_MONTHS, now),
    db.incomeRecord.findMany({
      where: { beneficiaryId: { in: people.map((person) => person.id) }, source: "shop", month: { gte: new Date(`${recentMonths(SHOP_INCOME_MONTHS, careToday(now)).at(-1)}-01T00:00:00.000Z`) } },
      select: { beneficiaryId: true, month: true, amountInr: true },
    }),
  ]);
  const stored = new Map(existing.map((row) => [`${row.beneficiaryId}|${dayText(row.month).slice(0, 7)}`, row.amountInr]));
  for (const person of people) {
    const changed = earned.get(person.makerId)!.filter((figure) => {
      if (!monthLinked(figure.month, person.consents)) return false;
      const previous = stored.get(`${person.id}|${figure.month}`);
      return !(previous === figure.earnedInr || (previous === undefined && figure.earnedInr === 0));
    });
    for (const figure of changed) {
      const month = new Date(`${figure.month}-01T00:00:00.000Z`);
      await db.incomeRecord.upsert({
        where: { beneficiaryId_month_source: { beneficiaryId: person.id, month, source: "shop" } },
        create: { beneficiaryId: person.id, month, source: "shop", amountInr: figure.earnedInr },
        update: { amountInr: figure.earnedInr },
      });
    }
    if (changed.length) written.set(person.id, changed.map((figure) => figure.month));
  }
  return written;
}

/** Brings one person's shop income up to date from her maker's ledger (see syncPeople); returns the months written. */
export async function syncShopIncome(beneficiaryId: string, now = new Date()): Promise<string[]> {
  const link = await shopLinkState(beneficiaryId);
  if (!link.makerId || link.consents.length === 0) return [];
  const written = await syncPeople([{ id: beneficiaryId, makerId: link.makerId, consents: link.consents }], now);
  return written.get(beneficiaryId) ?? [];
}

/**
 * Brings the shop income of every person linked to a maker up to date (with her milestones), for the
 * people with a plan in cases led by these organisations, or everywhere when none are given. This runs
 * before each cohort dashboard and every quarter of an hour in the server. Returns how many changed.
 */
export async function syncLinkedShopIncome(organisationIds?: string[], now = new Date()): Promise<number> {
  const linked = await db.beneficiary.findMany({
    where: {
      makerId: { not: null },
      consents: { some: { purpose: "link_earnings" } },
      cases: { some: { plan: { isNot: null }, ...(organisationIds ? { leadOrganisationId: { in: organisationIds } } : {}) } },
    },
    select: {
      id: true,
      makerId: true,
      consents: { where: { purpose: "link_earnings" }, select: { givenOn: true, withdrawnAt: true }, orderBy: { givenOn: "asc" } },
    },
  });
  const written = await syncPeople(linked.map((person) => ({ id: person.id, makerId: person.makerId!, consents: person.consents })), now);
  for (const beneficiaryId of written.keys()) await evaluateMilestonesForBeneficiary(beneficiaryId);
  return written.size;
}
