import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { demoProductImage, demoSvg, type DemoImageKind } from "./demo-images.server";

const KINDS: DemoImageKind[] = ["honey", "handloom", "handicraft", "art", "portrait"];

describe("demo product images", () => {
  it("are 1200×1200 JPEGs for every kind", async () => {
    for (const kind of KINDS) {
      expect(await sharp(await demoProductImage(kind, 7)).metadata(), kind).toMatchObject({ format: "jpeg", width: 1200, height: 1200 });
    }
  });

  it("draw the same picture for the same seed and a different one for another seed or kind", () => {
    for (const kind of KINDS) {
      expect(demoSvg(kind, 3)).toBe(demoSvg(kind, 3));
      const pictures = new Set(Array.from({ length: 8 }, (_, seed) => demoSvg(kind, seed)));
      expect(pictures.size, kind).toBe(8);
    }
    expect(demoSvg("honey", 1)).not.toBe(demoSvg("art", 1));
  });

  it("use no text, fonts or outside resources", () => {
    for (const kind of KINDS) {
      for (let seed = 0; seed < 20; seed++) expect(demoSvg(kind, seed)).not.toMatch(/<text|<image|href=|font|NaN|undefined/);
    }
  });
});
