import { db } from "~/lib/db.server";
import { careToday, dayText } from "~/modules/cases/case-dates";
import { monthlyEarnings } from "~/modules/earnings/index.server";
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
  const beneficiary = await db.beneficiary.findUniqueOrThrow({
    where: { id: beneficiaryId },
    select: { makerId: true },
  });
  const consents = await db.consent.findMany({
    where: { beneficiaryId, purpose: "link_earnings" },
    select: { givenOn: true, withdrawnAt: true },
    orderBy: { givenOn: "asc" },
  });
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

/**
 * Derives the person's shop income from the earnings ledger (what her sales earned in each month, net of
 * refunds), through the earnings module's public functions only, for the months in which the "link shop
 * earnings" consent was in force. Months outside the consent are never read into the record; rows already
 * linked stay. Returns the months written.
 */
export async function syncShopIncome(
  beneficiaryId: string,
  now = new Date()
): Promise<string[]> {
  const link = await shopLinkState(beneficiaryId);
  if (!link.makerId || link.consents.length === 0) return [];
  const figures = await monthlyEarnings(link.makerId, SHOP_INCOME_MONTHS, now);
  const linked = figures.filter((figure) =>
    monthLinked(figure.month, link.consents)
  );
  if (!linked.length) return [];
  const months = linked.map(
    (figure) => new Date(`${figure.month}-01T00:00:00.000Z`)
  );
  const existing = await db.incomeRecord.findMany({
    where: { beneficiaryId, source: "shop", month: { in: months } },
    select: { month: true, amountInr: true },
  });
  const stored = new Map(
    existing.map((row) => [dayText(row.month).slice(0, 7), row.amountInr])
  );
  const written: string[] = [];
  for (const figure of linked) {
    const previous = stored.get(figure.month);
    if (
      previous === figure.earnedInr ||
      (previous === undefined && figure.earnedInr === 0)
    )
      continue;
    const month = new Date(`${figure.month}-01T00:00:00.000Z`);
    await db.incomeRecord.upsert({
      where: {
        beneficiaryId_month_source: { beneficiaryId, month, source: "shop" },
      },
      create: {
        beneficiaryId,
        month,
        source: "shop",
        amountInr: figure.earnedInr,
      },
      update: { amountInr: figure.earnedInr },
    });
    written.push(figure.month);
  }
  return written;
}

/**
 * Brings the shop income of every person linked to a maker up to date (with her milestones), for the
 * people with a plan in cases led by these organisations, or everywhere when none are given. Few people
 * are linked, so this runs before each cohort dashboard and every quarter of an hour in the server.
 */
export async function syncLinkedShopIncome(
  organisationIds?: string[],
  now = new Date()
): Promise<number> {
  const linked = await db.beneficiary.findMany({
    where: {
      makerId: { not: null },
      consents: { some: { purpose: "link_earnings" } },
      cases: {
        some: {
          plan: { isNot: null },
          ...(organisationIds
            ? { leadOrganisationId: { in: organisationIds } }
            : {}),
        },
      },
    },
    select: { id: true },
  });
  let changed = 0;
  for (const person of linked) {
    const written = await syncShopIncome(person.id, now);
    if (!written.length) continue;
    changed += 1;
    await evaluateMilestonesForBeneficiary(person.id);
  }
  return changed;
}
