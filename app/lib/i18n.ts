/** i18next settings shared by the server render and the browser. */
export const SUPPORTED_LANGUAGES = ["en", "hi"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = "en";
export const LANGUAGE_COOKIE = "lng";

/**
 * Each language's name in that language, for the language switch. Not translated: the browser holds
 * only the strings of the language it shows, so `t(key, { lng: other })` would differ from the server.
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = { en: "English", hi: "हिन्दी" };

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === "string" && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

export const i18nConfig = {
  supportedLngs: [...SUPPORTED_LANGUAGES],
  fallbackLng: FALLBACK_LANGUAGE,
  defaultNS: "common",
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} as const;
