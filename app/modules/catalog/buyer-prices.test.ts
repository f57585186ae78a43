import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES, formatMoney, fromInr, INR_RATE_MICROS, MINOR_UNITS, parseAmount, type Currency } from "~/lib/money";
import { decimalAmount, displayPrice, formatPrice, inrPriceRange } from "./buyer-prices";

const USD = { currency: "USD" as const, inrPerUnitMicros: 83_123_456n };
const INR = { currency: "INR" as const, inrPerUnitMicros: INR_RATE_MICROS };
const JPY = { currency: "JPY" as const, inrPerUnitMicros: 561_234n };

describe("displayPrice", () => {
  it("converts paise to the buyer's currency and formats it in the page's language", () => {
    expect(displayPrice(100_000, INR, "en")).toEqual({ amountMinor: 100_000, currency: "INR", text: "₹1,000.00" });
    expect(displayPrice(100_000, USD, "en")).toMatchObject({ amountMinor: 1203, currency: "USD" });
    expect(displayPrice(100_000, USD, "en").text).toContain("12.03");
    expect(displayPrice(100_000, JPY, "en").amountMinor).toBe(1782);
  });
});

describe("formatPrice", () => {
  it("writes exactly what formatMoney writes, in every currency and language", () => {
    for (const currency of CURRENCIES) {
      for (const language of ["en", "hi", "fr"]) {
        for (const amount of [0, 5, 1203, 123_456_789]) expect(formatPrice(amount, currency, language)).toBe(formatMoney(amount, currency, language));
      }
    }
  });
});

describe("decimalAmount", () => {
  it("writes minor units as a decimal string without floating point", () => {
    expect(decimalAmount(1203, "USD")).toBe("12.03");
    expect(decimalAmount(5, "EUR")).toBe("0.05");
    expect(decimalAmount(0, "GBP")).toBe("0.00");
    expect(decimalAmount(1782, "JPY")).toBe("1782");
    expect(decimalAmount(-250, "INR")).toBe("-2.50");
  });
});

describe("inrPriceRange", () => {
  it("is the identity for rupees", () => {
    expect(inrPriceRange("10", "25.50", INR)).toEqual({ minPriceInr: 1000, maxPriceInr: 2550 });
  });

  it("ignores amounts that do not parse and swaps reversed bounds", () => {
    expect(inrPriceRange("abc", "-5", USD)).toEqual({});
    expect(inrPriceRange("1.5", undefined, JPY)).toEqual({});
    expect(inrPriceRange("30", "10", INR)).toEqual({ minPriceInr: 1000, maxPriceInr: 3000 });
    expect(inrPriceRange("0", undefined, INR)).toEqual({});
  });

  it("includes a product exactly when its displayed price is inside the typed range", () => {
    const currency = fc.constantFrom<Currency>(...CURRENCIES);
    fc.assert(
      fc.property(
        currency,
        fc.bigInt({ min: 100_000n, max: 200_000_000n }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (code, micros, priceInr, typed) => {
          const rate = { currency: code, inrPerUnitMicros: code === "INR" ? INR_RATE_MICROS : micros };
          const text = MINOR_UNITS[code] === 0 ? String(typed) : `${Math.floor(typed / 100)}.${String(typed % 100).padStart(2, "0")}`;
          const bound = parseAmount(text, code)!;
          const shown = fromInr(priceInr, code, rate.inrPerUnitMicros);
          const { minPriceInr = 0 } = inrPriceRange(text, undefined, rate);
          const { maxPriceInr } = inrPriceRange(undefined, text, rate);
          expect(priceInr >= minPriceInr).toBe(shown >= bound);
          expect(priceInr <= maxPriceInr!).toBe(shown <= bound);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
