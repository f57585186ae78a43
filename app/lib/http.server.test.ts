import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./http.server";

describe("safeRedirectPath", () => {
  it("keeps paths inside the site", () => {
    expect(safeRedirectPath("/care?stage=rescue")).toBe("/care?stage=rescue");
  });

  it("refuses anything that could leave the site", () => {
    for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeRedirectPath(target, "/home")).toBe("/home");
    }
  });
});
