/** Shipping prices: zones of countries, each with weight bands. Pure, so the cart and tests share it. */

export interface ZoneRates {
  id: string;
  code: string;
  countries: readonly string[];
  isDefault: boolean;
  /** Ascending by maxWeightGrams. */
  bands: readonly { maxWeightGrams: number; priceInr: number }[];
}

export type ShippingQuote =
  | { ok: true; zoneId: string; zoneCode: string; priceInr: number }
  | { ok: false; reason: "no_zone" | "too_heavy"; maxWeightGrams?: number };

/** The zone that lists the country, else the default zone ("rest of world"). */
export function zoneFor(country: string, zones: readonly ZoneRates[]): ZoneRates | null {
  return zones.find((zone) => zone.countries.includes(country)) ?? zones.find((zone) => zone.isDefault) ?? null;
}

/** The price of one parcel of `weightGrams` to `country`: the first band that holds it. */
export function quoteShipping(country: string, weightGrams: number, zones: readonly ZoneRates[]): ShippingQuote {
  const zone = zoneFor(country, zones);
  if (!zone || zone.bands.length === 0) return { ok: false, reason: "no_zone" };
  const bands = [...zone.bands].sort((a, b) => a.maxWeightGrams - b.maxWeightGrams);
  const band = bands.find((candidate) => weightGrams <= candidate.maxWeightGrams);
  if (!band) return { ok: false, reason: "too_heavy", maxWeightGrams: bands[bands.length - 1]!.maxWeightGrams };
  return { ok: true, zoneId: zone.id, zoneCode: zone.code, priceInr: band.priceInr };
}
