import { describe, expect, it } from "vitest";
import { parseVariantFileName, srcSetWidths, STANDARD_WIDTHS, variantFileName } from "./widths";

describe("variant file names", () => {
  it("round-trip every standard width and format", () => {
    for (const width of STANDARD_WIDTHS) {
      for (const format of ["webp", "jpeg", "avif"] as const) expect(parseVariantFileName(variantFileName(width, format))).toEqual({ width, format });
    }
    expect(variantFileName(640, "jpeg")).toBe("640.jpg");
  });

  it("refuse widths and formats the site does not serve", () => {
    for (const file of ["641.webp", "640.gif", "640.jpeg", "640.WEBP", "0640.webp", "640", ".webp", "640.webp.exe", "../640.webp", "99999999.webp", "640.webp?x"]) {
      expect(parseVariantFileName(file), file).toBeNull();
    }
  });
});

describe("srcSetWidths", () => {
  it("offers the widths an image can fill and its full width once", () => {
    expect(srcSetWidths(1000)).toEqual([
      { width: 160, served: 160 },
      { width: 320, served: 320 },
      { width: 480, served: 480 },
      { width: 640, served: 640 },
      { width: 960, served: 960 },
      { width: 1280, served: 1000 },
    ]);
    expect(srcSetWidths(2400).at(-1)).toEqual({ width: 1280, served: 1280 });
    expect(srcSetWidths(100)).toEqual([{ width: 160, served: 100 }]);
  });

  it("keeps only standard widths from a wanted list, in order", () => {
    expect(srcSetWidths(2000, [640, 333, 320, 640])).toEqual([
      { width: 320, served: 320 },
      { width: 640, served: 640 },
    ]);
  });
});
