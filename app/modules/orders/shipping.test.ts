import { describe, expect, it } from "vitest";
import { quoteShipping, zoneFor, type ZoneRates } from "./shipping";

const zones: ZoneRates[] = [
  { id: "z-in", code: "india", countries: ["IN"], isDefault: false, bands: [{ maxWeightGrams: 500, priceInr: 6_000 }, { maxWeightGrams: 2_000, priceInr: 12_000 }] },
  { id: "z-eu", code: "europe", countries: ["DE", "FR", "GB"], isDefault: false, bands: [{ maxWeightGrams: 2_000, priceInr: 180_000 }, { maxWeightGrams: 500, priceInr: 90_000 }] },
  { id: "z-row", code: "rest_of_world", countries: [], isDefault: true, bands: [{ maxWeightGrams: 1_000, priceInr: 150_000 }] },
];

describe("shipping", () => {
  it("finds the zone listing the country, else the default zone", () => {
    expect(zoneFor("FR", zones)?.code).toBe("europe");
    expect(zoneFor("BR", zones)?.code).toBe("rest_of_world");
    expect(zoneFor("BR", zones.slice(0, 2))).toBeNull();
  });

  it("charges the first weight band that holds the parcel, whatever order the bands are stored in", () => {
    expect(quoteShipping("IN", 250, zones)).toEqual({ ok: true, zoneId: "z-in", zoneCode: "india", priceInr: 6_000 });
    expect(quoteShipping("IN", 500, zones)).toMatchObject({ priceInr: 6_000 });
    expect(quoteShipping("IN", 501, zones)).toMatchObject({ priceInr: 12_000 });
    expect(quoteShipping("DE", 400, zones)).toMatchObject({ priceInr: 90_000 });
    expect(quoteShipping("DE", 1_200, zones)).toMatchObject({ priceInr: 180_000 });
  });

  it("says when a parcel is heavier than any band, or a country cannot be served", () => {
    expect(quoteShipping("IN", 2_001, zones)).toEqual({ ok: false, reason: "too_heavy", maxWeightGrams: 2_000 });
    expect(quoteShipping("BR", 500, zones.slice(0, 2))).toEqual({ ok: false, reason: "no_zone" });
  });
});
