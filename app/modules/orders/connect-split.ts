import { fromInr } from "~/lib/money";
import type { Rate } from "./pricing";

/**
 * A destination charge pays the maker her share straight away; the platform keeps the rest as its
 * application fee (the cooperative's and the platform's fees, and shipping). The share is converted
 * once from INR at the order's locked rate and the fee is what remains, so the two add up to the
 * total exactly, in the order's minor units.
 */
export function destinationSplit(makerShareInr: number, totalMinor: number, rate: Rate): { makerShareMinor: number; applicationFeeMinor: number } {
  const makerShareMinor = Math.max(0, Math.min(totalMinor, fromInr(makerShareInr, rate.currency, rate.inrPerUnitMicros)));
  return { makerShareMinor, applicationFeeMinor: totalMinor - makerShareMinor };
}
