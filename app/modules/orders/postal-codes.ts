/**
 * Postal codes per country: the pattern a code must match, how to write it tidily, and an example for
 * the field's hint. Pure, so that the browser and the server check the same way. Countries without a
 * rule of their own take a loose fallback, and may leave the code out (many have none).
 */

interface PostalRule {
  pattern: RegExp;
  example: string;
  /** Applied after upper-casing and collapsing spaces. */
  tidy?: (code: string) => string;
}

/** Inserts the space before the last three characters ("SW1A1AA" → "SW1A 1AA"). */
const spaceBeforeLastThree = (code: string) => {
  const compact = code.replace(/ /g, "");
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
};

const RULES: Record<string, PostalRule> = {
  IN: { pattern: /^[1-9]\d{5}$/, example: "110001", tidy: (code) => code.replace(/ /g, "") },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "94110", tidy: (code) => code.replace(/ /g, "") },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$/, example: "SW1A 1AA", tidy: spaceBeforeLastThree },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, example: "M5V 2T6", tidy: spaceBeforeLastThree },
  AU: { pattern: /^\d{4}$/, example: "2000" },
  DE: { pattern: /^\d{5}$/, example: "10115" },
  FR: { pattern: /^\d{5}$/, example: "75001", tidy: (code) => code.replace(/ /g, "") },
  JP: { pattern: /^\d{3}-\d{4}$/, example: "150-0001", tidy: (code) => code.replace(/^(\d{3})[ -]?(\d{4})$/, "$1-$2") },
  NL: { pattern: /^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/, example: "1012 AB", tidy: (code) => code.replace(/^(\d{4}) ?([A-Z]{2})$/, "$1 $2") },
  // Eircode: a routing key (a letter and two digits, or D6W) and a four-character identifier.
  IE: { pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}$/, example: "D02 X285", tidy: (code) => code.replace(/^([A-Z0-9]{3}) ?([A-Z0-9]{4})$/, "$1 $2") },
};

const FALLBACK = /^[A-Z0-9](?:[A-Z0-9 -]{1,8})[A-Z0-9]$/;

export type PostalCodeCheck = { ok: true; value: string | undefined } | { ok: false; reason: "required" | "invalid" };

function tidy(country: string, raw: string): string {
  const code = raw.trim().toUpperCase().replace(/\s+/g, " ");
  return RULES[country]?.tidy?.(code) ?? code;
}

/** Checks a code for a country and returns it tidied (upper case, standard spacing), or why it fails. */
export function checkPostalCode(country: string, raw: string | undefined): PostalCodeCheck {
  const rule = RULES[country];
  if (!raw?.trim()) return rule ? { ok: false, reason: "required" } : { ok: true, value: undefined };
  const code = tidy(country, raw);
  return (rule?.pattern ?? FALLBACK).test(code) ? { ok: true, value: code } : { ok: false, reason: "invalid" };
}

/** An example code for the field's hint, when the country has a known format. */
export function postalCodeExample(country: string): string | null {
  return RULES[country]?.example ?? null;
}

export const COUNTRIES_WITH_POSTAL_RULES = Object.keys(RULES);
