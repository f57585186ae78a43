import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES, MINOR_UNITS, formatMoney, formatRate, fromInr, parseAmount, parseRate, percentOf, toDecimalString, toInr } from "./money";

const EUR = 92_500_000n; // 1 EUR = ₹92.50
const JPY = 560_000n; // 1 JPY = ₹0.56

describe("minor units", () => {
  it("are explicit: JPY has none, the others two", () => {
    expect(MINOR_UNITS).toEqual({ INR: 2, USD: 2, EUR: 2, GBP: 2, AUD: 2, CAD: 2, JPY: 0 });
  });
});

describe("conversion from INR", () => {
  it("converts into two-decimal and zero-decimal currencies", () => {
    expect(fromInr(92_500, "EUR", EUR)).toBe(1_000); // ₹925.00 = €10.00
    expect(fromInr(56_000, "JPY", JPY)).toBe(1_000); // ₹560.00 = ¥1,000
    expect(fromInr(123_456, "INR", 1_000_000n)).toBe(123_456);
  });

  it("rounds half away from zero, once", () => {
    // ₹1.00 at ₹92.50/EUR = €0.010810… → 1 cent
    expect(fromInr(100, "EUR", EUR)).toBe(1);
    // ₹0.28 at ₹0.56/JPY = ¥0.5 exactly → ¥1
    expect(fromInr(28, "JPY", JPY)).toBe(1);
    expect(fromInr(27, "JPY", JPY)).toBe(0);
    expect(fromInr(-28, "JPY", JPY)).toBe(-1);
  });

  it("refuses fractions of a minor unit and non-positive rates", () => {
    expect(() => fromInr(10.5, "EUR", EUR)).toThrow(RangeError);
    expect(() => fromInr(100, "EUR", 0n)).toThrow(RangeError);
  });

  it("round-trips within one minor unit of the coarser currency", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.constantFrom(...CURRENCIES), fc.bigInt({ min: 100_000n, max: 500_000_000n }), (paise, currency, rate) => {
        const converted = fromInr(paise, currency, rate);
        const back = toInr(converted, currency, rate);
        // Half a minor unit of the target currency, expressed in paise, plus rounding.
        const tolerance = Number(rate) / 1_000_000 / 10 ** MINOR_UNITS[currency] * 100;
        expect(Math.abs(back - paise)).toBeLessThanOrEqual(tolerance / 2 + 1);
      }),
    );
  });
});

describe("percentages", () => {
  it("take basis points with half-away rounding", () => {
    expect(percentOf(10_000, 1_500)).toBe(1_500);
    expect(percentOf(333, 1_000)).toBe(33);
    expect(percentOf(335, 1_000)).toBe(34);
    expect(percentOf(0, 2_500)).toBe(0);
  });
});

describe("parsing amounts and rates typed by people", () => {
  it("reads amounts in the currency's precision only", () => {
    expect(parseAmount("12.5", "EUR")).toBe(1_250);
    expect(parseAmount(" 12.34 ", "USD")).toBe(1_234);
    expect(parseAmount("1500", "JPY")).toBe(1_500);
    expect(parseAmount("12.345", "EUR")).toBeNull();
    expect(parseAmount("12.3", "JPY")).toBeNull();
    expect(parseAmount("-1", "INR")).toBeNull();
    expect(parseAmount("1,000", "INR")).toBeNull();
    expect(parseAmount("", "INR")).toBeNull();
  });

  it("reads rates to six decimals, positive only, and prints them back", () => {
    expect(parseRate("92.5")).toBe(92_500_000n);
    expect(parseRate("0.56")).toBe(560_000n);
    expect(parseRate("0")).toBeNull();
    expect(parseRate("1.1234567")).toBeNull();
    expect(parseRate("abc")).toBeNull();
    expect(formatRate(92_500_000n)).toBe("92.5");
    expect(formatRate(1_000_000n)).toBe("1");
  });
});

describe("formatting", () => {
  it("shows the currency's own number of decimals in the reader's language", () => {
    expect(formatMoney(1_000, "EUR", "en")).toBe("€10.00");
    expect(formatMoney(1_500, "JPY", "en")).toBe("JP¥1,500");
    expect(formatMoney(12_345_600, "INR", "en")).toBe("₹1,23,456.00");
    expect(formatMoney(12_345_600, "INR", "hi")).toBe("₹1,23,456.00");
  });

  it("writes plain decimals for files, exactly", () => {
    expect(toDecimalString(123_450, "INR")).toBe("1234.50");
    expect(toDecimalString(-5, "INR")).toBe("-0.05");
    expect(toDecimalString(0, "INR")).toBe("0.00");
    expect(toDecimalString(1_500, "JPY")).toBe("1500");
    expect(toDecimalString(9_007_199_254_740_991, "INR")).toBe("90071992547409.91");
  });
});
