import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueScale } from "./chart-scale";

describe("chart value scale", () => {
  it("starts at zero and ends on a round figure above the highest value", () => {
    expect(valueScale([0, 1_234_500, 870_000])).toEqual({ min: 0, max: 1_500_000, ticks: [0, 500_000, 1_000_000, 1_500_000] });
    expect(valueScale([0, 0])).toEqual({ min: 0, max: 400, ticks: [0, 100, 200, 300, 400] });
  });

  it("goes below zero for a month where refunds exceeded sales", () => {
    const scale = valueScale([-85_000, 120_000]);
    expect(scale.min).toBeLessThanOrEqual(-85_000);
    expect(scale.ticks).toContain(0);
  });

  it("always covers every value in a handful of whole-rupee steps", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 100_000_000 }), { minLength: 1, maxLength: 24 }), (values) => {
        const { min, max, ticks } = valueScale(values);
        expect(min).toBeLessThanOrEqual(Math.min(0, ...values));
        expect(max).toBeGreaterThanOrEqual(Math.max(...values));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(10);
        expect(ticks.every((tick) => tick % 100 === 0)).toBe(true);
        expect(ticks).toContain(0);
      }),
    );
  });
});
