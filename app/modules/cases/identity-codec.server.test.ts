import { describe, expect, it } from "vitest";
import { birthYearOf, normaliseName } from "./identity-codec.server";

describe("duplicate matching inputs", () => {
  it("treats spacing, case, punctuation and accents as the same name", () => {
    const same = ["Testa Fictional Lyngdoh", "  testa   FICTIONAL lyngdoh ", "Testa-Fictional Lyngdoh.", "Tésta Fictional Lyngdoh"];
    expect(new Set(same.map(normaliseName)).size).toBe(1);
    expect(normaliseName("Testa Fictional Lyngdoh")).not.toBe(normaliseName("Testa Fictional Lyngdo"));
  });

  it("keeps letters of other scripts", () => {
    expect(normaliseName("रीता  देवी")).toBe(normaliseName("रीता देवी"));
    expect(normaliseName("रीता देवी")).toBe("रीतादेवी");
  });

  it("takes the year of birth from a date, or from an estimated age at registration", () => {
    expect(birthYearOf({ dateOfBirth: "2004-03-15" }, new Date("2026-11-30"))).toBe(2004);
    expect(birthYearOf({ estimatedAge: "19" }, new Date("2026-11-30"))).toBe(2007);
    expect(birthYearOf({}, new Date("2026-11-30"))).toBeNull();
  });
});
