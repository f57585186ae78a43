import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { destinationSplit } from "./connect-split";

const EUR = { currency: "EUR" as const, inrPerUnitMicros: 92_300_000n };
const JPY = { currency: "JPY" as const, inrPerUnitMicros: 565_000n };

describe("destination charge split", () => {
  it("converts the maker's share once and leaves the rest as the application fee", () => {
    // ₹850.00 at ₹92.30 per euro: €9.21.
    expect(destinationSplit(85_000, 2_600, EUR)).toEqual({ makerShareMinor: 921, applicationFeeMinor: 1_679 });
    // ₹850.00 at ₹0.565 per yen: ¥1,504, whole yen.
    expect(destinationSplit(85_000, 4_000, JPY)).toEqual({ makerShareMinor: 1_504, applicationFeeMinor: 2_496 });
  });

  it("never gives the maker more than the buyer paid", () => {
    expect(destinationSplit(1_000_000, 500, EUR)).toEqual({ makerShareMinor: 500, applicationFeeMinor: 0 });
  });

  it("always adds up to the total, with no negative part", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(EUR, JPY), (shareInr, totalMinor, rate) => {
        const split = destinationSplit(shareInr, totalMinor, rate);
        expect(split.makerShareMinor + split.applicationFeeMinor).toBe(totalMinor);
        expect(Math.min(split.makerShareMinor, split.applicationFeeMinor)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
