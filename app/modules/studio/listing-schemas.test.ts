import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/validation";
import { applyPhotoAction, PriceSchema, rupeesText, VariantSchema } from "./listing-schemas";

describe("prices typed in rupees", () => {
  it("become paise, forgiving the ways people write them", () => {
    for (const [typed, paise] of [
      ["450", 45_000],
      ["450.5", 45_050],
      ["1,200", 120_000],
      ["₹ 99.99", 9_999],
    ] as const) {
      expect(PriceSchema.parse(typed), typed).toBe(paise);
    }
  });

  it("refuse negative, zero, too precise and absurd amounts", () => {
    for (const typed of ["-450", "0", "12.345", "abc", "10000001"]) expect(PriceSchema.safeParse(typed).success, typed).toBe(false);
  });

  it("show again as they were typed", () => {
    expect([rupeesText(45_000), rupeesText(45_050), rupeesText(5)]).toEqual(["450", "450.50", "0.05"]);
  });
});

describe("a variant form", () => {
  it("names each bad field", () => {
    const form = new URLSearchParams({ optionEn: "", price: "-1", stock: "-1", weightGrams: "0", hsCode: "abc" });
    const result = parseForm(form, VariantSchema);
    if (result.status === "success") throw new Error("expected errors");
    expect(Object.keys(result.error ?? {}).sort()).toEqual(["hsCode", "optionEn", "price", "stock", "weightGrams"]);
  });
});

describe("photo buttons without JavaScript", () => {
  it("move and remove, and ignore what makes no sense", () => {
    const photos = ["a", "b", "c"];
    expect(applyPhotoAction(photos, "up:1")).toEqual(["b", "a", "c"]);
    expect(applyPhotoAction(photos, "down:1")).toEqual(["a", "c", "b"]);
    expect(applyPhotoAction(photos, "remove:2")).toEqual(["a", "b"]);
    expect(applyPhotoAction(photos, "up:0")).toEqual(photos);
    expect(applyPhotoAction(photos, "down:2")).toEqual(photos);
    expect(applyPhotoAction(photos, "remove:9")).toEqual(photos);
    expect(applyPhotoAction(photos, undefined)).toEqual(photos);
  });
});
