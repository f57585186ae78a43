import { fromInr, MINOR_UNITS, parseAmount, type Currency } from "~/lib/money";

/** The buyer's display currency and its rate (INR per unit × 1,000,000), as the earnings module gives them. */
export interface BuyerRate {
  currency: Currency;
  inrPerUnitMicros: bigint;
}

export interface DisplayPrice {
  amountMinor: number;
  currency: Currency;
  text: string;
}

const LOCALES: Record<string, string> = { en: "en-IN", hi: "hi-IN" };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * The same text as formatMoney in ~/lib/money, with the Intl formatter kept per currency and
 * language: creating one costs more than everything else a listing does per card.
 */
export function formatPrice(amountMinor: number, currency: Currency, language = "en"): string {
  const key = `${currency}:${language}`;
  let format = formats.get(key);
  if (!format) {
    const digits = MINOR_UNITS[currency];
    format = new Intl.NumberFormat(LOCALES[language] ?? language, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(amountMinor / 10 ** MINOR_UNITS[currency]);
}

/** A price stored in INR paise, as the buyer sees it. */
export function displayPrice(priceInr: number, rate: BuyerRate, language: string): DisplayPrice {
  const amountMinor = fromInr(priceInr, rate.currency, rate.inrPerUnitMicros);
  return { amountMinor, currency: rate.currency, text: formatPrice(amountMinor, rate.currency, language) };
}

/** "12.34" (or "1234" for JPY): a machine-readable amount, as schema.org offers want it. */
export function decimalAmount(amountMinor: number, currency: Currency): string {
  const digits = MINOR_UNITS[currency];
  const sign = amountMinor < 0 ? "-" : "";
  const whole = Math.abs(amountMinor).toString().padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${whole}` : `${sign}${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
}

function ceilDiv(numerator: bigint, denominator: bigint): bigint {
  return numerator <= 0n ? -(-numerator / denominator) : (numerator + denominator - 1n) / denominator;
}

/**
 * A price range typed in the buyer's currency as bounds in INR paise, such that a product is inside
 * exactly when its displayed (converted and rounded) price is. fromInr(p) rounds p·S/µ half up, with
 * S = 10^(4 + minor digits) and µ the rate, so fromInr(p) ≥ min ⇔ p ≥ µ(2·min − 1)/2S and
 * fromInr(p) ≤ max ⇔ p < µ(2·max + 1)/2S. Amounts that do not parse are ignored; reversed bounds are swapped.
 */
export function inrPriceRange(minText: string | undefined, maxText: string | undefined, rate: BuyerRate): { minPriceInr?: number; maxPriceInr?: number } {
  let min = minText === undefined ? null : parseAmount(minText, rate.currency);
  let max = maxText === undefined ? null : parseAmount(maxText, rate.currency);
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const scale = 2n * 10n ** BigInt(4 + MINOR_UNITS[rate.currency]);
  const micros = rate.inrPerUnitMicros;
  const range: { minPriceInr?: number; maxPriceInr?: number } = {};
  if (min !== null && min > 0) range.minPriceInr = Number(ceilDiv(micros * (2n * BigInt(min) - 1n), scale));
  if (max !== null) range.maxPriceInr = Number(ceilDiv(micros * (2n * BigInt(max) + 1n), scale) - 1n);
  return range;
}
