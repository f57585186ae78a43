/**
 * Catalog text is stored in English and optionally Hindi: Hindi readers get the Hindi text where
 * there is some, and the English text otherwise.
 */
export function localize(language: string, en: string, hi: string | null | undefined): string;
export function localize(language: string, en: string | null, hi: string | null | undefined): string | null;
export function localize(language: string, en: string | null, hi: string | null | undefined): string | null {
  if (language === "hi" && hi && hi.trim() !== "") return hi;
  return en;
}
