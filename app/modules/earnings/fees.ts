import { percentOf } from "~/lib/money";

/** How a line's price divides between the maker, her cooperative and the platform. */
export interface FeeTerms {
  cooperativePercentBp: number;
  cooperativeFlatInr: number;
  platformPercentBp: number;
  platformFlatInr: number;
}

export interface LineSplit {
  maker: number;
  cooperative: number;
  platform: number;
}

/** Fees are taken per line (a percentage of its total plus a flat amount); the maker keeps the rest, never less than nothing. */
export function splitLine(totalInr: number, terms: FeeTerms): LineSplit {
  const cooperative = Math.min(totalInr, percentOf(totalInr, terms.cooperativePercentBp) + terms.cooperativeFlatInr);
  const platform = Math.min(totalInr - cooperative, percentOf(totalInr, terms.platformPercentBp) + terms.platformFlatInr);
  return { maker: totalInr - cooperative - platform, cooperative, platform };
}

/** Terms used when an organisation has no fee rule yet: everything goes to the maker. */
export const NO_FEES: FeeTerms = { cooperativePercentBp: 0, cooperativeFlatInr: 0, platformPercentBp: 0, platformFlatInr: 0 };
