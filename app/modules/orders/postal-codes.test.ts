import { describe, expect, it } from "vitest";
import { checkPostalCode, postalCodeExample } from "./postal-codes";

const ok = (country: string, code: string) => checkPostalCode(country, code);

describe("postal codes", () => {
  it.each([
    ["IN", "110001", "110001"],
    ["IN", "793 001", "793001"],
    ["US", "94110", "94110"],
    ["US", "94110-1234", "94110-1234"],
    ["GB", "sw1a1aa", "SW1A 1AA"],
    ["GB", "M1 1AE", "M1 1AE"],
    ["GB", "EC1A 1BB", "EC1A 1BB"],
    ["CA", "m5v2t6", "M5V 2T6"],
    ["AU", "2000", "2000"],
    ["DE", "10115", "10115"],
    ["FR", "75 001", "75001"],
    ["JP", "1500001", "150-0001"],
    ["JP", "150-0001", "150-0001"],
    ["NL", "1012ab", "1012 AB"],
    ["IE", "d02x285", "D02 X285"],
    ["IE", "D6W 1234", "D6W 1234"],
    ["BR", "01310-100", "01310-100"],
    ["SE", "114 55", "114 55"],
  ])("%s accepts %s as %s", (country, code, tidy) => {
    expect(ok(country, code)).toEqual({ ok: true, value: tidy });
  });

  it.each([
    ["IN", "012345"],
    ["IN", "11001"],
    ["IN", "1100011"],
    ["US", "9411"],
    ["US", "94110-12"],
    ["GB", "SW1A"],
    ["GB", "12345"],
    ["CA", "D5V 2T6"],
    ["AU", "200"],
    ["DE", "1011"],
    ["FR", "7500A"],
    ["JP", "15-00001"],
    ["NL", "0123 AB"],
    ["NL", "1012 SA"],
    ["IE", "B02 X285"],
    ["BR", "!"],
    ["BR", "01310-100-12345"],
  ])("%s refuses %s", (country, code) => {
    expect(ok(country, code)).toEqual({ ok: false, reason: "invalid" });
  });

  it("requires a code where the country has a format, and lets countries without one leave it out", () => {
    expect(checkPostalCode("IN", undefined)).toEqual({ ok: false, reason: "required" });
    expect(checkPostalCode("JP", "  ")).toEqual({ ok: false, reason: "required" });
    expect(checkPostalCode("AE", undefined)).toEqual({ ok: true, value: undefined });
    expect(checkPostalCode("HK", "")).toEqual({ ok: true, value: undefined });
  });

  it("gives an example for the field's hint", () => {
    expect(postalCodeExample("JP")).toBe("150-0001");
    expect(postalCodeExample("IN")).toBe("110001");
    expect(postalCodeExample("BR")).toBeNull();
  });
});
