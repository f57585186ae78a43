import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { getInitialNamespaces } from "remix-i18next/client";
import { FALLBACK_LANGUAGE, i18nConfig, isSupportedLanguage } from "~/lib/i18n";
import { loadNamespace } from "~/locales";

const htmlLanguage = document.documentElement.lang;
const language = isSupportedLanguage(htmlLanguage) ? htmlLanguage : FALLBACK_LANGUAGE;
// Only the namespaces this page's routes name are fetched before hydration; the rest load on demand.
await i18next
  .use(initReactI18next)
  .use(resourcesToBackend(loadNamespace))
  .init({ ...i18nConfig, lng: language, ns: getInitialNamespaces(), fallbackLng: false });

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
