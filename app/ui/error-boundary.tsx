import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KNOWN_STATUSES = [400, 403, 404, 405, 503] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];

function statusOf(error: unknown): KnownStatus | 500 {
  if (isRouteErrorResponse(error) && (KNOWN_STATUSES as readonly number[]).includes(error.status)) {
    return error.status as KnownStatus;
  }
  return 500;
}

/** The error page of any route: a clear message per status, never a stack trace outside development. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = statusOf(error);
  const showDetails = import.meta.env.DEV && error instanceof Error;
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold text-stone-700">{t("errors.code", { status })}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold text-stone-900">
        {t(`errors.${status}.title`)}
      </h1>
      <p className="mt-4 text-lg text-stone-800">{t(`errors.${status}.body`)}</p>
      <p className="mt-8">
        <a href="/">{t("errors.home")}</a>
      </p>
      {showDetails ? <pre className="mt-8 overflow-auto rounded bg-stone-100 p-4 text-xs">{error.stack}</pre> : null}
    </section>
  );
}

/**
 * The <title> of an error page shown by the root route's boundary, rendered by the root Layout: no
 * route's meta has data to name such a page.
 */
export function ErrorDocumentTitle({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <title>{`${t(`errors.${statusOf(error)}.title`)} · ${t("brand")}`}</title>;
}
