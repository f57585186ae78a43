import { createCookie } from "@remix-run/node";
import { createInstance } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";
import en from "~/locales/en";
import hi from "~/locales/hi";
import { FALLBACK_LANGUAGE, LANGUAGE_COOKIE, SUPPORTED_LANGUAGES, i18nConfig, isSupportedLanguage, type Language } from "./i18n";

export const resources = { en, hi };
const NAMESPACES = Object.keys(en) as (keyof typeof en)[];

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

/**
 * One i18next instance for the whole server, initialised once: translators and per-request
 * instances derive from it cheaply instead of re-reading every resource on each request.
 */
const serverI18n = createInstance();
const ready = serverI18n.use(initReactI18next).init({ ...i18nConfig, lng: FALLBACK_LANGUAGE, resources, initImmediate: false });

/** A translator for server-side text: emails, page titles. */
export async function getTranslator(language: string) {
  await ready;
  return serverI18n.getFixedT(isSupportedLanguage(language) ? language : FALLBACK_LANGUAGE, NAMESPACES);
}

/** An i18next instance for rendering one response in `language`; shares the loaded resources. */
export async function i18nForRequest(language: Language) {
  await ready;
  return serverI18n.cloneInstance({ lng: language });
}
