import { describe, expect, it } from "vitest";
import { toStripeAmount } from "./stripe-amounts";

describe("Stripe amounts", () => {
  it("are our minor units: cents for EUR, whole yen for JPY", () => {
    expect(toStripeAmount(1_083, "EUR")).toBe(1_083);
    expect(toStripeAmount(2_185, "JPY")).toBe(2_185);
  });

  it("refuses anything that is not a non-negative integer", () => {
    expect(() => toStripeAmount(10.5, "EUR")).toThrow(RangeError);
    expect(() => toStripeAmount(-1, "JPY")).toThrow(RangeError);
  });
});
