import { describe, expect, it } from "vitest";
import { ShipLinesSchema } from "./fulfilment-schemas";

const LINE = "6f1c2a9e-3b4d-4c5e-8f70-112233445566";
const parse = (carrier: string, trackingNumber: string) => ShipLinesSchema.safeParse({ intent: "ship", lineIds: [LINE], carrier, trackingNumber });

describe("the ship form", () => {
  it("keeps tracking numbers as carriers print them: capitals, one space between groups", () => {
    expect(parse(" India Post ", " ee 1234  5678 in ").data).toMatchObject({ carrier: "India Post", trackingNumber: "EE 1234 5678 IN" });
    expect(parse("DHL", "JD-0146-0000").data?.trackingNumber).toBe("JD-0146-0000");
  });

  it("refuses tracking numbers that are too short, too long or hold other characters", () => {
    for (const bad of ["abc", "----", "    ", "X".repeat(41), "EE12<b>", "EE123/45", "१२३४५६"]) expect(parse("DHL", bad).success).toBe(false);
    expect(parse("DHL", "ABCD").success).toBe(true);
    expect(parse("DHL", "X".repeat(40)).success).toBe(true);
  });

  it("needs a carrier of 2 to 60 letters", () => {
    expect(parse("", "EE123456789IN").success).toBe(false);
    expect(parse("D".repeat(61), "EE123456789IN").success).toBe(false);
    expect(parse("UP", "EE123456789IN").success).toBe(true);
  });
});
