import { describe, expect, it } from "vitest";
import { ageAtRegistration, ageBand, amountBand, genderCategory, incomeBand, majorityStatus, placeName, plainCell, quarterOf, roundedScore } from "./export-bands";

describe("the export's bands", () => {
  it("puts ages in the CTDC ageBroad bands, at registration", () => {
    expect([0, 8, 9, 17, 18, 20, 21, 29, 30, 38, 39, 47, 48, 90].map(ageBand)).toEqual([
      "0--8", "0--8", "9--17", "9--17", "18--20", "18--20", "21--23", "27--29", "30--38", "30--38", "39--47", "39--47", "48+", "48+",
    ]);
    expect(ageBand(null)).toBe("");
    const registered = new Date("2026-03-14T10:00:00Z");
    expect(ageAtRegistration({ dateOfBirth: "2008-03-15" }, registered)).toBe(17);
    expect(ageAtRegistration({ dateOfBirth: "2008-03-14" }, registered)).toBe(18);
    expect(ageAtRegistration({ estimatedAge: "34" }, registered)).toBe(34);
    expect(ageAtRegistration({}, registered)).toBeNull();
    expect([majorityStatus(17), majorityStatus(18), majorityStatus(null)]).toEqual(["Minor", "Adult", ""]);
  });

  it("maps sex/gender to the HTCDS picklist", () => {
    expect(["female", "male", "transgender", "non_binary", "other", "undisclosed", null].map(genderCategory)).toEqual([
      "Female", "Male", "Transgender/NonConforming", "Transgender/NonConforming", "Transgender/NonConforming", "Unknown", "Unknown",
    ]);
  });

  it("bands amounts and targets, rounds scores, names quarters", () => {
    expect([null, 0, 99, 100, 499_999, 500_000, 2_000_000, 60_000_000].map(amountBand)).toEqual(["", "0", "0", "1-4999", "1-4999", "5000-9999", "10000-24999", "500000+"]);
    expect([0, 350_000, 600_000, 2_500_000].map(incomeBand)).toEqual(["0-1999", "2000-3999", "6000-7999", "20000+"]);
    expect([roundedScore("0.649"), roundedScore(0.65), roundedScore(null), roundedScore(1)]).toEqual(["0.6", "0.7", "", "1.0"]);
    expect(quarterOf(new Date("2026-08-01"))).toBe("2026-Q3");
  });

  it("keeps places at their level, spelled one way, and cells from running as formulas", () => {
    expect([placeName(" meghalaya  "), placeName("in"), placeName("Goa"), placeName(null)]).toEqual(["Meghalaya", "IN", "Goa", ""]);
    expect([plainCell("=HYPERLINK(1)"), plainCell("+91"), plainCell("-1"), plainCell("@x"), plainCell("ok")]).toEqual(["'=HYPERLINK(1)", "'+91", "'-1", "'@x", "ok"]);
  });
});
