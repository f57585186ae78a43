import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { payoutReceipt } from "~/modules/earnings/index.server";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate, formatDateTime } from "~/ui/format";
import { Notice } from "~/ui/page";
import { useHydrated } from "~/ui/use-hydrated";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["earnings"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** A payout's receipt: for the maker paid, and for the coordinators of her organisation; anyone else finds nothing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:earnings:own");
  const receipt = await payoutReceipt(params.payoutId, { userId: user.id, organisationIds: organisationScope(user, "read:earnings:org") });
  if (!receipt) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  return { title: t("earnings:receipt.title"), receipt, canRecord: rolesGrant(user.roles, "record:payout:org") };
}

export default function PayoutReceipt() {
  const { t, i18n } = useTranslation("earnings");
  const { receipt, canRecord } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const hydrated = useHydrated();
  const language = i18n.language;
  const rows: [string, string][] = [
    [t("receipt.to"), receipt.maker.displayName],
    [t("receipt.from"), receipt.organisation.name],
    [t("receipt.amount"), formatMoney(receipt.amountInr, "INR", language)],
    [t("receipt.method"), t(`methods.${receipt.method}`)],
    [t("receipt.reference"), receipt.reference],
    [t("receipt.paidOn"), formatDate(receipt.paidOn, language)],
    [t("receipt.recordedBy"), receipt.recordedBy ?? t("receipt.unknown")],
    [t("receipt.recordedAt"), formatDateTime(receipt.recordedAt, language)],
    [t("receipt.number"), receipt.id],
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {searchParams.get("recorded") ? <Notice>{t("receipt.recorded")}</Notice> : null}
      <article aria-labelledby="receipt-title" className="rounded-md border border-stone-400 bg-white p-6 print:border-0 print:p-0">
        <h1 id="receipt-title" className="text-2xl font-bold">
          {t("receipt.title")}
        </h1>
        <p className="mt-1 text-stone-700">
          {receipt.organisation.name} · {receipt.organisation.region}, {receipt.organisation.country}
        </p>
        <p className="mt-6 text-4xl font-bold tabular-nums">{formatMoney(receipt.amountInr, "INR", language)}</p>
        <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-3">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="mt-2 font-semibold text-stone-800 sm:mt-0">{label}</dt>
              <dd className="break-words text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
      </article>
      <div className="flex flex-wrap gap-2 print:hidden">
        {hydrated ? (
          <button type="button" onClick={() => window.print()} className={buttonClass.primary}>
            {t("receipt.print")}
          </button>
        ) : null}
        {receipt.maker.own ? (
          <Link to="/studio/earnings" className={buttonClass.secondary}>
            {t("receipt.backToEarnings")}
          </Link>
        ) : (
          <Link to={`/studio/earnings?maker=${receipt.maker.id}`} className={buttonClass.secondary}>
            {t("receipt.backToEarnings")}
          </Link>
        )}
        {canRecord ? (
          <Link to="/studio/payouts" className={buttonClass.secondary}>
            {t("receipt.backToPayouts")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
