/**
 * Money is an integer of minor units and an ISO currency code; never a float. The minor-unit table is
 * explicit (as Stripe's is), not taken from Intl. Exchange rates are INR per unit of a currency,
 * times 1,000,000, so conversion is integer arithmetic with one rounding, half away from zero.
 */
export const CURRENCIES = ["INR", "USD", "EUR", "GBP", "AUD", "CAD", "JPY"] as const;
export type Currency = (typeof CURRENCIES)[number];
export const BASE_CURRENCY: Currency = "INR";

export const MINOR_UNITS: Record<Currency, number> = { INR: 2, USD: 2, EUR: 2, GBP: 2, AUD: 2, CAD: 2, JPY: 0 };

/** The rate of INR itself. */
export const INR_RATE_MICROS = 1_000_000n;

export function isCurrency(value: unknown): value is Currency {
  return typeof value === "string" && (CURRENCIES as readonly string[]).includes(value);
}

/** a / b rounded to the nearest integer, halves away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** INR minor units (paise) in `currency` minor units at `inrPerUnitMicros`. */
export function fromInr(inrMinor: number, currency: Currency, inrPerUnitMicros: bigint): number {
  if (!Number.isSafeInteger(inrMinor)) throw new RangeError(`amount must be an integer of minor units, got ${inrMinor}`);
  if (inrPerUnitMicros <= 0n) throw new RangeError("an exchange rate must be positive");
  // minor = paise / 100 / (micros / 1e6) * 10^m  =  paise * 10^(4 + m) / micros
  const scale = 10n ** BigInt(4 + MINOR_UNITS[currency]);
  return Number(divideRounded(BigInt(inrMinor) * scale, inrPerUnitMicros));
}

/** `currency` minor units in INR paise at `inrPerUnitMicros`. */
export function toInr(amountMinor: number, currency: Currency, inrPerUnitMicros: bigint): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amount must be an integer of minor units, got ${amountMinor}`);
  const scale = 10n ** BigInt(4 + MINOR_UNITS[currency]);
  return Number(divideRounded(BigInt(amountMinor) * inrPerUnitMicros, scale));
}

/** basisPoints / 10,000 of an amount, rounded half away from zero. */
export function percentOf(amountMinor: number, basisPoints: number): number {
  return Number(divideRounded(BigInt(amountMinor) * BigInt(basisPoints), 10_000n));
}

/** "12.50" (or "12,50" is refused) in minor units of `currency`, or null when it is not such an amount. */
export function parseAmount(text: string, currency: Currency): number | null {
  const digits = MINOR_UNITS[currency];
  const pattern = digits === 0 ? /^\d{1,12}$/ : new RegExp(`^\\d{1,12}(\\.\\d{1,${digits}})?$`);
  const trimmed = text.trim();
  if (!pattern.test(trimmed)) return null;
  const [whole, fraction = ""] = trimmed.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** A rate typed by a person ("92.4567") as micros, or null. */
export function parseRate(text: string): bigint | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(trimmed)) return null;
  const [whole, fraction = ""] = trimmed.split(".");
  const micros = BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, "0"));
  return micros > 0n ? micros : null;
}

export function formatRate(micros: bigint): string {
  const whole = micros / 1_000_000n;
  const fraction = (micros % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole.toString();
}

/** Minor units as a plain decimal of major units ("-1234.50"), for files that spreadsheets read; exact, no floats. */
export function toDecimalString(amountMinor: number, currency: Currency): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`amount must be an integer of minor units, got ${amountMinor}`);
  const digits = MINOR_UNITS[currency];
  const sign = amountMinor < 0 ? "-" : "";
  const text = Math.abs(amountMinor).toString().padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const LOCALES: Record<string, string> = { en: "en-IN", hi: "hi-IN" };

/** For display only: the one place where minor units become a decimal number. */
export function formatMoney(amountMinor: number, currency: Currency, language = "en"): string {
  const digits = MINOR_UNITS[currency];
  return new Intl.NumberFormat(LOCALES[language] ?? language, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amountMinor / 10 ** digits);
}

/** For chart axes only: a short amount in the reader's language ("₹12K", "₹1.2 लाख"). */
export function formatMoneyCompact(amountMinor: number, currency: Currency, language = "en"): string {
  return new Intl.NumberFormat(LOCALES[language] ?? language, {
    style: "currency",
    currency,
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amountMinor / 10 ** MINOR_UNITS[currency]);
}
