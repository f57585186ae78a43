import { createCookie } from "@remix-run/node";
import { RemixI18Next } from "remix-i18next/server";
import en from "~/locales/en";
import hi from "~/locales/hi";
import { FALLBACK_LANGUAGE, LANGUAGE_COOKIE, SUPPORTED_LANGUAGES, i18nConfig, type Language } from "./i18n";

export const resources = { en, hi };

/** Remembers the visitor's choice of language for a year. Not a secret; readable so that nothing else is needed. */
export const languageCookie = createCookie(LANGUAGE_COOKIE, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 });

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...SUPPORTED_LANGUAGES],
    fallbackLanguage: FALLBACK_LANGUAGE,
    cookie: languageCookie,
    // An explicit choice (cookie, set at sign-in from the user's preference) wins over Accept-Language.
    order: ["cookie", "header"],
  },
  i18next: { ...i18nConfig, resources },
});

export async function getLanguage(request: Request): Promise<Language> {
  return (await i18nServer.getLocale(request)) as Language;
}

/** A translator for server-side text: emails, page titles. */
export function getTranslator(language: string) {
  return i18nServer.getFixedT(language, ["common", "auth", "admin", "settings", "areas"]);
}
