import { db } from "~/lib/db.server";
import type { PayoutForm } from "./payout-schema";
import { PAYOUT_BACKDATE_DAYS, recordPayout } from "./payouts.server";

export type PayoutFormOutcome =
  | { ok: true; payoutId: string }
  | { ok: false; field: keyof PayoutForm; message: string; values?: { availableInr?: number; maker?: string; days?: number } };

/**
 * A coordinator's payout as the form gives it: only to a maker of her organisations, never above what
 * is available (the refusal names the amount). Nothing is written when it is refused.
 */
export async function submitPayout(form: PayoutForm, organisationIds: "any" | readonly string[], actor: { id: string; ip: string | null }, now = new Date()): Promise<PayoutFormOutcome> {
  const maker = await db.maker.findFirst({
    where: { id: form.makerId, ...(organisationIds === "any" ? {} : { organisationId: { in: [...organisationIds] } }) },
    select: { id: true, displayName: true },
  });
  if (!maker) return { ok: false, field: "makerId", message: "earnings:payouts.errors.maker" };
  const result = await recordPayout({ makerId: maker.id, amountInr: form.amount, method: form.method, reference: form.reference, paidOn: form.paidOn }, actor, now);
  if (result.ok) return result;
  switch (result.reason) {
    case "exceedsAvailable":
      return {
        ok: false,
        field: "amount",
        message: result.availableInr > 0 ? "earnings:payouts.errors.aboveAvailable" : "earnings:payouts.errors.nothingAvailable",
        values: { availableInr: result.availableInr, maker: maker.displayName },
      };
    case "dateOutOfRange":
      return { ok: false, field: "paidOn", message: "earnings:payouts.errors.dateRange", values: { days: PAYOUT_BACKDATE_DAYS } };
    case "notPositive":
      return { ok: false, field: "amount", message: "earnings:payouts.errors.notPositive" };
    case "unknownMaker":
      return { ok: false, field: "makerId", message: "earnings:payouts.errors.maker" };
  }
}
