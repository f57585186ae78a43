import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import hi from "i18n-iso-countries/langs/hi.json";

/** ISO 3166-1 alpha-2 countries, named in the languages the app ships. */
countries.registerLocale(en);
countries.registerLocale(hi);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string, language: string): string {
  return countries.getName(code, language) ?? countries.getName(code, "en") ?? code;
}

/** Every country as a picker option, sorted by its name in `language`. */
export function countryOptions(language: string): { code: string; name: string }[] {
  return Object.entries(countries.getNames(language, { select: "official" }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}
