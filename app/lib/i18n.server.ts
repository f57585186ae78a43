import { createCookie } from "@remix-run/node";
import { createInstance, type i18n as I18n } from "i18next";
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
 * One i18next instance per language for the whole server, initialised once with every resource.
 * Renders share them: nothing changes an instance's language on the server (useChangeLanguage runs
 * in an effect, which server rendering never runs), so no per-request copy is needed.
 */
const instances = new Map<Language, Promise<I18n>>();

function instanceFor(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nConfig, lng: language, resources, initImmediate: false })
      .then(() => created);
    instances.set(language, instance);
  }
  return instance;
}

/** A translator for server-side text: emails, page titles. */
export async function getTranslator(language: string) {
  const instance = await instanceFor(isSupportedLanguage(language) ? language : FALLBACK_LANGUAGE);
  return instance.getFixedT(instance.language, NAMESPACES);
}

/** The i18next instance that renders responses in `language`. */
export function i18nForRequest(language: Language) {
  return instanceFor(language);
}
