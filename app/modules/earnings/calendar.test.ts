import { describe, expect, it } from "vitest";
import { addMonths, dayOf, endOfDay, lastMonths, monthBounds, monthOf, parseDay, parseMonth } from "./calendar";

describe("the cooperatives' calendar (India, UTC+05:30)", () => {
  it("puts a moment in India's day and month, not UTC's", () => {
    expect(dayOf(new Date("2026-01-31T18:29:59.999Z"))).toBe("2026-01-31");
    expect(dayOf(new Date("2026-01-31T18:30:00Z"))).toBe("2026-02-01");
    expect(monthOf(new Date("2026-12-31T19:00:00Z"))).toBe("2027-01");
  });

  it("bounds a month from India's midnight to the next", () => {
    expect(monthBounds("2026-03")).toEqual({ start: new Date("2026-02-28T18:30:00Z"), end: new Date("2026-03-31T18:30:00Z") });
    expect(endOfDay(new Date("2026-03-18T00:00:00Z"))).toEqual(new Date("2026-03-18T18:29:59.999Z"));
  });

  it("counts months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 14)).toBe("2027-02");
    expect(lastMonths(3, new Date("2026-01-15T00:00:00Z"))).toEqual(["2025-11", "2025-12", "2026-01"]);
  });

  it("reads only real months and days", () => {
    expect(parseMonth("2026-03")).toBe("2026-03");
    for (const bad of ["2026-13", "2026-3", "1999-12", "march", "", null, undefined]) expect(parseMonth(bad)).toBeNull();
    expect(parseDay("2026-02-28")).toEqual(new Date("2026-02-28T00:00:00Z"));
    for (const bad of ["2026-02-30", "2026-2-1", "yesterday"]) expect(parseDay(bad)).toBeNull();
  });
});
