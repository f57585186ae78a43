import { describe, expect, it } from "vitest";
import { hiddenCells, isHidden, MIN_PEOPLE, suppress } from "./suppression";

describe("small-number suppression", () => {
  it("hides a figure resting on fewer than 11 people and shows one resting on 11", () => {
    expect(MIN_PEOPLE).toBe(11);
    expect(suppress(42, 10)).toEqual({ hidden: true });
    expect(suppress(42, 0)).toEqual({ hidden: true });
    expect(suppress(42, 11)).toEqual({ hidden: false, value: 42, restsOn: 11 });
    expect(isHidden(10)).toBe(true);
    expect(isHidden(11)).toBe(false);
  });

  it("never carries the hidden value", () => {
    expect(JSON.stringify(suppress({ median: 123_456 }, 3))).not.toContain("123456");
  });

  it("hides the smallest shown cell too when exactly one cell is hidden", () => {
    expect(hiddenCells([10, 12, 30])).toEqual([true, true, false]);
    expect(hiddenCells([40, 5, 20, 15])).toEqual([false, true, false, true]);
  });

  it("leaves the other cells when two or more are already hidden, or none is", () => {
    expect(hiddenCells([3, 4, 50])).toEqual([true, true, false]);
    expect(hiddenCells([11, 12, 50])).toEqual([false, false, false]);
    expect(hiddenCells([])).toEqual([]);
  });

  it("hides a lone cell when it is the only one", () => {
    expect(hiddenCells([7])).toEqual([true]);
    expect(hiddenCells([70])).toEqual([false]);
  });
});
