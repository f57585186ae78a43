/**
 * How the de-identified export coarsens what it shows: ages to the CTDC's `ageBroad` bands, sex/gender to
 * the HTCDS `prs_Gender` picklist, amounts to bands, dates to a year, a quarter or a month. Pure functions,
 * so that the export's server code only ever holds the coarse values.
 */

/** The CTDC global dataset's `ageBroad` values, as it spells them. */
export const AGE_BANDS = [
  { label: "0--8", from: 0, to: 8 },
  { label: "9--17", from: 9, to: 17 },
  { label: "18--20", from: 18, to: 20 },
  { label: "21--23", from: 21, to: 23 },
  { label: "24--26", from: 24, to: 26 },
  { label: "27--29", from: 27, to: 29 },
  { label: "30--38", from: 30, to: 38 },
  { label: "39--47", from: 39, to: 47 },
  { label: "48+", from: 48, to: Number.POSITIVE_INFINITY },
] as const;

export const UNKNOWN = "";
export const SUPPRESSED = "suppressed";

/** Whole years of age on `on`, from a date of birth (YYYY-MM-DD) or from the age estimated at registration. */
export function ageAtRegistration(input: { dateOfBirth?: string | null; estimatedAge?: string | null }, registeredOn: Date): number | null {
  const birth = input.dateOfBirth?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (birth) {
    const [year, month, day] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
    const beforeBirthday = registeredOn.getUTCMonth() + 1 < month || (registeredOn.getUTCMonth() + 1 === month && registeredOn.getUTCDate() < day);
    const age = registeredOn.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
    return age >= 0 ? age : null;
  }
  const estimated = Number(input.estimatedAge);
  return input.estimatedAge && Number.isInteger(estimated) && estimated >= 0 ? estimated : null;
}

export function ageBand(age: number | null): string {
  if (age === null) return UNKNOWN;
  return AGE_BANDS.find((band) => age >= band.from && age <= band.to)?.label ?? UNKNOWN;
}

/** The CTDC's `majorityStatus`: at registration. */
export function majorityStatus(age: number | null): string {
  if (age === null) return UNKNOWN;
  return age < 18 ? "Minor" : "Adult";
}

/** HTCDS `prs_Gender` values from the register's sex/gender options. */
export function genderCategory(sexGender: string | null | undefined): string {
  switch (sexGender) {
    case "female":
      return "Female";
    case "male":
      return "Male";
    case "transgender":
    case "non_binary":
    case "other":
      return "Transgender/NonConforming";
    default:
      return "Unknown";
  }
}

/**
 * A state or a country as recorded, at that level only (the register has no finer field in them), with
 * spacing normalised so that "Assam " and "assam" are one value.
 */
export function placeName(value: string | null | undefined): string {
  const text = value?.trim().replace(/\s+/g, " ");
  if (!text) return UNKNOWN;
  return /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : text.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** Bands of INR amounts (paise in, a label out): wide enough that an amount cannot point to one award. */
const AMOUNT_BANDS_INR = [0, 1, 5_000, 10_000, 25_000, 50_000, 100_000, 200_000, 500_000] as const;

export function amountBand(paise: number | null | undefined): string {
  if (paise === null || paise === undefined) return UNKNOWN;
  const rupees = Math.floor(paise / 100);
  if (rupees <= 0) return "0";
  for (let i = AMOUNT_BANDS_INR.length - 1; i >= 0; i--) {
    const from = AMOUNT_BANDS_INR[i]!;
    if (rupees >= from) {
      const next = AMOUNT_BANDS_INR[i + 1];
      return next === undefined ? `${from}+` : `${from}-${next - 1}`;
    }
  }
  return "0";
}

/** A monthly income target in INR bands. */
const INCOME_BANDS_INR = [0, 2_000, 4_000, 6_000, 8_000, 10_000, 15_000, 20_000] as const;

export function incomeBand(paise: number | null | undefined): string {
  if (paise === null || paise === undefined) return UNKNOWN;
  const rupees = Math.max(0, Math.floor(paise / 100));
  for (let i = INCOME_BANDS_INR.length - 1; i >= 0; i--) {
    const from = INCOME_BANDS_INR[i]!;
    if (rupees >= from) {
      const next = INCOME_BANDS_INR[i + 1];
      return next === undefined ? `${from}+` : `${from}-${next - 1}`;
    }
  }
  return UNKNOWN;
}

export const yearOf = (date: Date) => String(date.getUTCFullYear());
export const yearMonthOf = (date: Date) => date.toISOString().slice(0, 7);
export const quarterOf = (date: Date) => `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;

/** A 0–1 score to one decimal ("0.7"), or blank. */
export function roundedScore(score: number | string | null | undefined): string {
  if (score === null || score === undefined || score === "") return UNKNOWN;
  const value = Number(score);
  return Number.isFinite(value) ? (Math.round(value * 10) / 10).toFixed(1) : UNKNOWN;
}

/** A spreadsheet runs a cell that starts like a formula; such text is prefixed with a quote. */
export function plainCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
