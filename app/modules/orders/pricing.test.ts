import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderTotals, priceLine } from "./pricing";

const EUR = { currency: "EUR" as const, inrPerUnitMicros: 92_300_000n };
const JPY = { currency: "JPY" as const, inrPerUnitMicros: 565_000n };
const INR = { currency: "INR" as const, inrPerUnitMicros: 1_000_000n };

describe("pricing in the buyer's currency", () => {
  it("converts a unit price once and multiplies it, so unit × quantity always adds up", () => {
    // ₹999.99 at ₹92.30 per euro: 10.834… → €10.83.
    expect(priceLine(99_999, 3, EUR)).toEqual({ unitPriceInr: 99_999, unitPriceMinor: 1_083, totalInr: 299_997, totalMinor: 3_249 });
    expect(priceLine(50_000, 2, INR)).toEqual({ unitPriceInr: 50_000, unitPriceMinor: 50_000, totalInr: 100_000, totalMinor: 100_000 });
  });

  it("prices JPY in whole yen, rounding half away from zero", () => {
    // ₹1,234.56 / 0.565 = 2,185.06 → ¥2,185; ₹5.65 / 0.565 = ¥10 exactly; ₹2.8250 would be ¥5.
    expect(priceLine(123_456, 2, JPY)).toMatchObject({ unitPriceMinor: 2_185, totalMinor: 4_370 });
    expect(priceLine(565, 1, JPY).unitPriceMinor).toBe(10);
    expect(priceLine(1, 1, { currency: "JPY", inrPerUnitMicros: 20_000n }).unitPriceMinor).toBe(1);
  });

  it("adds shipping converted on its own; the totals are consistent", () => {
    const lines = [priceLine(123_456, 2, JPY), priceLine(40_000, 1, JPY)];
    const totals = orderTotals(lines, 220_000, JPY);
    expect(totals).toEqual({
      subtotalInr: 286_912,
      shippingInr: 220_000,
      totalInr: 506_912,
      subtotalMinor: 4_370 + 708,
      shippingMinor: 3_894,
      totalMinor: 4_370 + 708 + 3_894,
    });
  });

  it("refuses quantities that are not positive integers", () => {
    expect(() => priceLine(100, 0, EUR)).toThrow(RangeError);
    expect(() => priceLine(100, 1.5, EUR)).toThrow(RangeError);
  });

  it("always yields integers whose totals are the sum of their parts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ price: fc.integer({ min: 1, max: 10_000_000 }), quantity: fc.integer({ min: 1, max: 99 }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom(EUR, JPY, INR),
        (items, shippingInr, rate) => {
          const lines = items.map((item) => priceLine(item.price, item.quantity, rate));
          const totals = orderTotals(lines, shippingInr, rate);
          expect(Number.isSafeInteger(totals.totalMinor)).toBe(true);
          expect(totals.totalMinor).toBe(totals.subtotalMinor + totals.shippingMinor);
          expect(totals.totalInr).toBe(lines.reduce((sum, line) => sum + line.totalInr, 0) + shippingInr);
        },
      ),
    );
  });
});
