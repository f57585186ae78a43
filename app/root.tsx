import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { getClientEnv } from "~/lib/env.server";
import { getLanguage } from "~/lib/i18n.server";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { availableCurrencies } from "~/modules/earnings/index.server";
import { getOptionalUser } from "~/modules/identity/index.server";
import { cartIdFrom, cartItemCount } from "~/modules/orders/index.server";
import { ErrorDocumentTitle, GeneralErrorBoundary } from "~/ui/error-boundary";
import { useNonce } from "~/ui/nonce";
import { SiteHeader } from "~/ui/site-header";
import "./tailwind.css";

export const handle = { i18n: ["common"] };

export const links: LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, user, currencies, cartCount] = await Promise.all([
    getLanguage(request),
    getOptionalUser(request),
    availableCurrencies(),
    cartIdFrom(request).then(cartItemCount),
  ]);
  return {
    language,
    env: getClientEnv(),
    user: user ? { name: user.name, roles: user.roles } : null,
    currency: await displayCurrency(request, currencies),
    currencies,
    cartCount,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const { t } = useTranslation();
  // Set only while the root's ErrorBoundary renders (403 and 404 pages reach it).
  const error = useRouteError();
  return (
    <html lang={data?.language ?? "en"} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {error === undefined ? null : <ErrorDocumentTitle error={error} />}
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3">
          {t("skipToContent")}
        </a>
        <SiteHeader user={data?.user ?? null} currency={data?.currency ?? "INR"} currencies={data?.currencies ?? []} cartCount={data?.cartCount ?? 0} />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <footer className="border-t border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-700">{t("footer")}</footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { language } = useLoaderData<typeof loader>();
  useChangeLanguage(language);
  // Says that the page is interactive (scripts and handlers attached); end-to-end tests wait for it.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
