import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_ENDONYMS, SUPPORTED_LANGUAGES } from "~/lib/i18n";

/** A plain form (works without JavaScript); the whole page reloads in the chosen language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action="/set-language" reloadDocument className="flex items-center gap-1" aria-label={t("language.label")}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {SUPPORTED_LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <button
            key={language}
            type="submit"
            name="language"
            value={language}
            lang={language}
            aria-pressed={current}
            className={`min-h-11 rounded px-2 text-sm ${current ? "font-bold text-brand-900 underline" : "text-stone-800 hover:bg-stone-100"}`}
          >
            {LANGUAGE_ENDONYMS[language]}
          </button>
        );
      })}
    </Form>
  );
}
