import { db, type Tx } from "~/lib/db.server";
import { NO_FEES, splitLine, type FeeTerms, type LineSplit } from "./fees";

/** The organisation's fee rule in force at `at` (the newest one not after it), or no fees. */
export async function feeTermsFor(organisationId: string, at = new Date(), tx: Tx = db): Promise<FeeTerms & { holdDays: number }> {
  const rule = await tx.feeRule.findFirst({ where: { organisationId, validFrom: { lte: at } }, orderBy: { validFrom: "desc" } });
  return rule ?? { ...NO_FEES, holdDays: 14 };
}

/** What the maker receives of a price, under the rule in force now: the shop's impact line. */
export async function makerShareOf(organisationId: string, priceInr: number): Promise<LineSplit> {
  return splitLine(priceInr, await feeTermsFor(organisationId));
}
