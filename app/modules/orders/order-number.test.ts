import { describe, expect, it } from "vitest";
import { formatOrderNumber, parseOrderNumber } from "./order-number";

describe("order numbers", () => {
  it("reads and writes RW-000123", () => {
    expect(formatOrderNumber(123)).toBe("RW-000123");
    expect(formatOrderNumber(1_234_567)).toBe("RW-1234567");
    expect(parseOrderNumber("RW-000123")).toBe(123);
    expect(parseOrderNumber(" rw123 ")).toBe(123);
    expect(parseOrderNumber("123")).toBe(123);
    expect(parseOrderNumber("ada@example.org")).toBeNull();
  });
});
