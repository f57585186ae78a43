import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { getInitialNamespaces } from "remix-i18next/client";
import { FALLBACK_LANGUAGE, i18nConfig, isSupportedLanguage } from "~/lib/i18n";
import { loadResources } from "~/locales";

const htmlLanguage = document.documentElement.lang;
const language = isSupportedLanguage(htmlLanguage) ? htmlLanguage : FALLBACK_LANGUAGE;
const resources = await loadResources[language]!();

await i18next.use(initReactI18next).init({
  ...i18nConfig,
  lng: language,
  ns: getInitialNamespaces(),
  resources: { [language]: resources },
});

startTransition(() => {
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18next}>
      <StrictMode>
        <RemixBrowser />
      </StrictMode>
    </I18nextProvider>,
  );
});
