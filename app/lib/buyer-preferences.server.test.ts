import { describe, expect, it } from "vitest";
import { displayCurrency, guessCurrency } from "./buyer-preferences.server";

describe("buyer currency", () => {
  it("guesses from the browser's first language", () => {
    expect(guessCurrency("en-US,en;q=0.9")).toBe("USD");
    expect(guessCurrency("de-DE")).toBe("EUR");
    expect(guessCurrency("ja")).toBe("JPY");
    expect(guessCurrency("en-GB")).toBe("GBP");
    expect(guessCurrency("hi-IN")).toBe("INR");
    expect(guessCurrency(null)).toBe("INR");
  });

  it("prefers the buyer's choice, but only currencies that have a rate", async () => {
    const request = (cookie?: string, language = "en-US") => new Request("http://localhost/", { headers: { ...(cookie ? { Cookie: cookie } : {}), "Accept-Language": language } });
    const chose = `currency=${encodeURIComponent(btoa(JSON.stringify("EUR")))}`;
    expect(await displayCurrency(request(chose), ["INR", "EUR", "USD"])).toBe("EUR");
    expect(await displayCurrency(request(), ["INR", "EUR", "USD"])).toBe("USD");
    expect(await displayCurrency(request(), ["INR"])).toBe("INR");
    expect(await displayCurrency(request("currency=garbage"), ["INR", "USD"])).toBe("USD");
  });
});
