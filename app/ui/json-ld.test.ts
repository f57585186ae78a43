import { describe, expect, it } from "vitest";
import { jsonForScript } from "./json-ld";

describe("jsonForScript", () => {
  it("cannot be closed or commented out by the data it carries", () => {
    const text = jsonForScript({ name: "</script><script>alert(1)</script><!--" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script><!--" });
  });
});
