import { describe, expect, it } from "vitest";
import { publishableImpact } from "./impact";
import { stockState } from "./stock";

describe("stockState", () => {
  it("says sold out, only a few left, or in stock", () => {
    expect(stockState(0)).toBe("sold_out");
    expect(stockState(1)).toBe("low");
    expect(stockState(5)).toBe("low");
    expect(stockState(6)).toBe("in_stock");
  });
});

describe("publishableImpact", () => {
  it("withholds figures that rest on fewer than 11 makers", () => {
    expect(publishableImpact({ makers: 10, totalInr: 5_000_000 })).toBeNull();
    expect(publishableImpact({ makers: 0, totalInr: 0 })).toBeNull();
    expect(publishableImpact({ makers: 11, totalInr: 5_000_000 })).toEqual({ makers: 11, totalInr: 5_000_000 });
  });
});
