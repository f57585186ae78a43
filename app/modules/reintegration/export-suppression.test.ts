import { describe, expect, it } from "vitest";
import { SUPPRESSED } from "./export-bands";
import { EXPORT_K, planApplier, QUASI_IDENTIFIERS, suppressionPlan, tupleKey, type QuasiTuple } from "./export-suppression";

const BASE: QuasiTuple = {
  originState: "Meghalaya",
  livelihoodTrack: "handloom_weaving",
  ageBroad: "18--20",
  yearOfRegistration: "2026",
  originCountry: "IN",
  gender: "Female",
  majorityStatus: "Adult",
};

/** Rows as the export would meet them, then the plan applied to each, in the same order. */
function run(groups: [Partial<QuasiTuple>, number][]) {
  const rows = groups.flatMap(([change, count]) => Array.from({ length: count }, () => ({ ...BASE, ...change })));
  const counts = new Map<string, { tuple: QuasiTuple; count: number }>();
  for (const row of rows) {
    const key = tupleKey(row);
    counts.set(key, { tuple: row, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const apply = planApplier(suppressionPlan(counts));
  return rows.map((row) => apply(row));
}

function classSizes(rows: QuasiTuple[]) {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(tupleKey(row), (sizes.get(tupleKey(row)) ?? 0) + 1);
  return [...sizes.values()];
}

const suppressedCells = (rows: QuasiTuple[]) => rows.reduce((sum, row) => sum + QUASI_IDENTIFIERS.filter((field) => row[field] === SUPPRESSED).length, 0);

describe("k-anonymity of the de-identified export", () => {
  it("leaves an export alone when every combination already has k rows", () => {
    const rows = run([[{}, 11], [{ originState: "Assam" }, 11]]);
    expect(suppressedCells(rows)).toBe(0);
  });

  it("suppresses a rare value and borrows the rows it still lacks from a class with rows to spare", () => {
    const rows = run([[{}, 12], [{ originState: "Nagaland" }, 10]]);
    expect(rows.some((row) => row.originState === "Nagaland")).toBe(false);
    expect(rows.filter((row) => row.originState === SUPPRESSED)).toHaveLength(11);
    expect(rows.filter((row) => row.originState === "Meghalaya")).toHaveLength(11);
    // Only the state was touched: everything else stays.
    expect(rows.every((row) => row.livelihoodTrack === "handloom_weaving" && row.gender === "Female")).toBe(true);
    expect(Math.min(...classSizes(rows))).toBeGreaterThanOrEqual(EXPORT_K);
  });

  it("suppresses the rarest quasi-identifier first", () => {
    // One person differs in two things; her track is rarer than her age band.
    const rows = run([[{}, 20], [{ ageBroad: "21--23" }, 21], [{ ageBroad: "21--23", livelihoodTrack: "beekeeping" }, 1]]);
    const her = rows[41]!;
    expect(her.livelihoodTrack).toBe(SUPPRESSED);
    expect(her.ageBroad).toBe("21--23");
    expect(rows.filter((row) => row.livelihoodTrack === SUPPRESSED)).toHaveLength(11);
    expect(Math.min(...classSizes(rows))).toBeGreaterThanOrEqual(EXPORT_K);
  });

  it("always ends with classes of k or more, even when everything must go", () => {
    const groups: [Partial<QuasiTuple>, number][] = Array.from({ length: 15 }, (_, i) => [
      { originState: `State ${i}`, ageBroad: i % 2 ? "24--26" : "30--38", yearOfRegistration: String(2010 + i), gender: i % 3 ? "Female" : "Male" },
      1,
    ]);
    const rows = run(groups);
    expect(rows).toHaveLength(15);
    expect(Math.min(...classSizes(rows))).toBeGreaterThanOrEqual(EXPORT_K);
  });

  it("keeps every class at k or more over a large mixed population", () => {
    const states = ["Meghalaya", "Assam", "Nagaland", "Tripura", "Mizoram"];
    const bands = ["9--17", "18--20", "21--23", "24--26", "30--38", "48+"];
    const groups: [Partial<QuasiTuple>, number][] = [];
    for (let i = 0; i < 300; i++) {
      groups.push([{ originState: states[(i * 7) % 5]!, ageBroad: bands[(i * 5) % 6]!, yearOfRegistration: String(2020 + (i % 6)), gender: i % 4 ? "Female" : "Male" }, 1 + (i % 3)]);
    }
    const rows = run(groups);
    expect(rows).toHaveLength(groups.reduce((sum, [, count]) => sum + count, 0));
    expect(Math.min(...classSizes(rows))).toBeGreaterThanOrEqual(EXPORT_K);
  });

  it("refuses fewer than k rows", () => {
    expect(() => run([[{}, 10]])).toThrow(/at least 11/);
  });

  it("fully suppresses a combination the plan never saw (data that changed in between)", () => {
    const counts = new Map([[tupleKey(BASE), { tuple: BASE, count: 11 }]]);
    const apply = planApplier(suppressionPlan(counts));
    const other = apply({ ...BASE, originState: "Assam" });
    expect(QUASI_IDENTIFIERS.every((field) => other[field] === SUPPRESSED)).toBe(true);
    expect(apply(BASE)).toEqual(BASE);
  });
});
