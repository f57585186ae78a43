import { fromInr, type Currency } from "~/lib/money";

/**
 * Prices in the buyer's currency. Catalogue prices are INR paise; a line's unit price is converted
 * once and multiplied, so that what the buyer sees (unit × quantity) adds up exactly, and shipping is
 * converted on its own. Integers throughout.
 */

export interface Rate {
  currency: Currency;
  inrPerUnitMicros: bigint;
}

export interface LinePrice {
  unitPriceInr: number;
  unitPriceMinor: number;
  totalInr: number;
  totalMinor: number;
}

export function priceLine(unitPriceInr: number, quantity: number, rate: Rate): LinePrice {
  if (!Number.isSafeInteger(quantity) || quantity < 1) throw new RangeError(`a quantity must be a positive integer, got ${quantity}`);
  const unitPriceMinor = fromInr(unitPriceInr, rate.currency, rate.inrPerUnitMicros);
  return { unitPriceInr, unitPriceMinor, totalInr: unitPriceInr * quantity, totalMinor: unitPriceMinor * quantity };
}

export interface Totals {
  subtotalInr: number;
  shippingInr: number;
  totalInr: number;
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
}

export function orderTotals(lines: readonly Pick<LinePrice, "totalInr" | "totalMinor">[], shippingInr: number, rate: Rate): Totals {
  const subtotalInr = lines.reduce((sum, line) => sum + line.totalInr, 0);
  const subtotalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const shippingMinor = fromInr(shippingInr, rate.currency, rate.inrPerUnitMicros);
  return { subtotalInr, shippingInr, totalInr: subtotalInr + shippingInr, subtotalMinor, shippingMinor, totalMinor: subtotalMinor + shippingMinor };
}
