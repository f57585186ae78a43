import { MINOR_UNITS, type Currency } from "~/lib/money";

/**
 * Stripe takes amounts in the currency's smallest unit, with zero-decimal currencies (JPY) in whole
 * units: exactly our minor units, since both follow the same explicit table. Checked, never rounded.
 */
export function toStripeAmount(amountMinor: number, currency: Currency): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) throw new RangeError(`not an amount of minor units: ${amountMinor}`);
  if (!(currency in MINOR_UNITS)) throw new RangeError(`unknown currency ${currency}`);
  return amountMinor;
}

export const toStripeCurrency = (currency: Currency) => currency.toLowerCase();
