import { describe, expect, it } from "vitest";
import { medianOffset, medianWithZeros } from "./median";

/** percentile_cont(0.5) over every value, zeros included: what the dashboard has always shown. */
function plainMedian(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  return low + (sorted[Math.ceil(middle)]! - low) * (middle - Math.floor(middle));
}

/** What the month index hands over: the two nonzero values from medianOffset on, ascending. */
function fromPositions(values: number[]) {
  const nonzero = values.filter((value) => value > 0).sort((a, b) => a - b);
  const offset = medianOffset(values.length, nonzero.length);
  return medianWithZeros(values.length, nonzero.length, nonzero.slice(offset, offset + 2));
}

describe("a month's median read by position", () => {
  it("is null for nobody, and the value itself for one person", () => {
    expect(medianWithZeros(0, 0, [])).toBeNull();
    expect(fromPositions([0])).toBe(0);
    expect(fromPositions([7])).toBe(7);
  });

  it("counts people without income as zeros: a majority of zeros gives 0, an even split halves the first value", () => {
    expect(fromPositions([0, 0, 0, 5, 9])).toBe(0);
    expect(fromPositions([0, 0, 4, 8])).toBe(2);
    expect(fromPositions([0, 3, 4, 8])).toBe(3.5);
    expect(fromPositions([2, 3, 4, 8])).toBe(3.5);
  });

  it("equals the median of every value, zeros included, for thousands of random months", () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 2_000; round++) {
      const people = 1 + Math.floor(next() * 40);
      const zeroShare = next();
      const values = Array.from({ length: people }, () => (next() < zeroShare ? 0 : 1 + Math.floor(next() * 1_000)));
      expect(fromPositions(values)).toBe(plainMedian(values));
    }
  });
});
