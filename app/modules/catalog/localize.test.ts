import { describe, expect, it } from "vitest";
import { localize } from "./localize";

describe("localize", () => {
  it("gives Hindi readers the Hindi text", () => {
    expect(localize("hi", "Wild honey", "जंगली शहद")).toBe("जंगली शहद");
  });

  it("falls back to English where the Hindi text is missing or blank", () => {
    expect(localize("hi", "Wild honey", null)).toBe("Wild honey");
    expect(localize("hi", "Wild honey", undefined)).toBe("Wild honey");
    expect(localize("hi", "Wild honey", "  ")).toBe("Wild honey");
  });

  it("gives everyone else the English text", () => {
    expect(localize("en", "Wild honey", "जंगली शहद")).toBe("Wild honey");
    expect(localize("fr", "Wild honey", "जंगली शहद")).toBe("Wild honey");
  });

  it("keeps an absent optional text absent", () => {
    expect(localize("hi", null, null)).toBeNull();
    expect(localize("hi", null, "धोएँ नहीं")).toBe("धोएँ नहीं");
  });
});
