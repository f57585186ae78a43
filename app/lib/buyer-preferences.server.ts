import { createCookie } from "@remix-run/node";
import { BASE_CURRENCY, isCurrency, type Currency } from "./money";

/** A buyer's chosen display and payment currency, remembered without an account. */
export const currencyCookie = createCookie("currency", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 });

/** A first guess from the browser's languages (en-US → USD, de-DE → EUR, ja → JPY), else INR. */
export function guessCurrency(acceptLanguage: string | null): Currency {
  const first = acceptLanguage?.split(",")[0]?.trim().split(";")[0] ?? "";
  const [language = "", region = ""] = first.split("-").map((part) => part.toUpperCase());
  const byRegion: Record<string, Currency> = { US: "USD", GB: "GBP", AU: "AUD", CA: "CAD", JP: "JPY", IN: "INR", IE: "EUR", DE: "EUR", FR: "EUR", ES: "EUR", IT: "EUR", NL: "EUR", BE: "EUR", AT: "EUR", PT: "EUR", FI: "EUR" };
  if (byRegion[region]) return byRegion[region];
  const byLanguage: Record<string, Currency> = { JA: "JPY", DE: "EUR", FR: "EUR", ES: "EUR", IT: "EUR", NL: "EUR", HI: "INR" };
  return byLanguage[language] ?? BASE_CURRENCY;
}

/** The currency to show prices in: the buyer's choice, else a guess, limited to currencies that have a rate. */
export async function displayCurrency(request: Request, available: readonly Currency[]): Promise<Currency> {
  const chosen: unknown = await currencyCookie.parse(request.headers.get("Cookie"));
  const preferred = isCurrency(chosen) ? chosen : guessCurrency(request.headers.get("Accept-Language"));
  return available.includes(preferred) ? preferred : BASE_CURRENCY;
}
