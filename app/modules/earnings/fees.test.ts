import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NO_FEES, splitLine } from "./fees";

describe("fee split", () => {
  it("takes percentages and flat amounts per line; the maker keeps the rest", () => {
    const terms = { cooperativePercentBp: 1_000, cooperativeFlatInr: 0, platformPercentBp: 500, platformFlatInr: 2_000 };
    expect(splitLine(100_000, terms)).toEqual({ maker: 83_000, cooperative: 10_000, platform: 7_000 });
    expect(splitLine(50_000, NO_FEES)).toEqual({ maker: 50_000, cooperative: 0, platform: 0 });
  });

  it("never takes more than the line is worth", () => {
    const greedy = { cooperativePercentBp: 6_000, cooperativeFlatInr: 5_000, platformPercentBp: 4_000, platformFlatInr: 5_000 };
    expect(splitLine(10_000, greedy)).toEqual({ maker: 0, cooperative: 10_000, platform: 0 });
  });

  it("always adds up to the line total, with no negative share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (total, cooperativePercentBp, cooperativeFlatInr, platformPercentBp, platformFlatInr) => {
          const split = splitLine(total, { cooperativePercentBp, cooperativeFlatInr, platformPercentBp, platformFlatInr });
          expect(split.maker + split.cooperative + split.platform).toBe(total);
          expect(Math.min(split.maker, split.cooperative, split.platform)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
