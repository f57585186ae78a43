import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { packingSlip } from "~/modules/orders/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { PostalAddressBlock } from "~/ui/postal-address";
import { useHydrated } from "~/ui/use-hydrated";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["fulfilment"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "fulfil:order-line:own");
  const actor = { userId: user.id, organisationIds: organisationScope(user, "fulfil:order-line:org"), ip: clientIp(request) };
  const slip = await packingSlip(actor, params.orderId ?? "");
  if (!slip) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  return { title: t("fulfilment:slip.title", { number: slip.number }), orderId: params.orderId!, slip };
}

const kilograms = (grams: number, language: string) => new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(grams / 1000);

function PrintButton() {
  const { t } = useTranslation("fulfilment");
  const hydrated = useHydrated();
  // Printing needs the browser's own menu until the page's script is running.
  if (!hydrated) return <p className="text-stone-800">{t("slip.printWithoutScript")}</p>;
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonClass.primary} w-full sm:w-auto`}>
      {t("slip.print")}
    </button>
  );
}

export default function PackingSlipPage() {
  const { t, i18n } = useTranslation("fulfilment");
  const { slip, orderId } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 print:max-w-none">
      <div className="space-y-3 print:hidden">
        <p>
          <Link to={`/studio/orders/${orderId}`} className="inline-flex min-h-11 items-center">
            {t("slip.back")}
          </Link>
        </p>
        <PrintButton />
      </div>
      <article data-print-alone aria-labelledby="slip-title" className="space-y-6 rounded-md border border-stone-300 bg-white p-6 text-stone-950 print:border-0 print:p-0">
        <header className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-stone-900 pb-2">
          <h1 id="slip-title" className="text-2xl font-bold">
            {t("slip.heading")}
          </h1>
          <p className="text-lg font-semibold">{slip.number}</p>
        </header>
        <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          <section aria-labelledby="slip-to">
            <h2 id="slip-to" className="text-sm font-semibold uppercase tracking-wide text-stone-700">
              {t("slip.shipTo")}
            </h2>
            <PostalAddressBlock address={slip.shipTo} className="mt-1 text-lg" countryInCapitals />
          </section>
          <section aria-labelledby="slip-from">
            <h2 id="slip-from" className="text-sm font-semibold uppercase tracking-wide text-stone-700">
              {t("slip.from")}
            </h2>
            <p className="mt-1">{slip.from.join(", ")}</p>
            <p className="mt-2 text-sm">{t("slip.ordered", { date: formatDate(slip.orderedAt, i18n.language) })}</p>
          </section>
        </div>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("slip.contents")}</caption>
          <thead>
            <tr className="border-b border-stone-900">
              <th scope="col" className="py-2 pr-2">{t("slip.item")}</th>
              <th scope="col" className="py-2 pr-2">{t("slip.sku")}</th>
              <th scope="col" className="py-2 pr-2">{t("slip.hsCode")}</th>
              <th scope="col" className="py-2 pr-2 text-right">{t("slip.quantity")}</th>
              <th scope="col" className="py-2 text-right">{t("slip.weight")}</th>
            </tr>
          </thead>
          <tbody>
            {slip.items.map((item) => (
              <tr key={item.id} className="border-b border-stone-300 align-top">
                <th scope="row" className="py-2 pr-2 font-normal">
                  <span className="block font-semibold">{item.title}</span>
                  <span className="block text-sm">{item.option}</span>
                </th>
                <td className="py-2 pr-2 font-mono text-sm">{item.sku}</td>
                <td className="py-2 pr-2 font-mono text-sm">{item.hsCode ?? "—"}</td>
                <td className="py-2 pr-2 text-right tabular-nums">{item.quantity}</td>
                <td className="py-2 text-right tabular-nums">{kilograms(item.weightGrams, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-bold">
              <th scope="row" colSpan={3} className="py-2 pr-2 text-left">
                {t("slip.total")}
              </th>
              <td className="py-2 pr-2 text-right tabular-nums">{slip.totalQuantity}</td>
              <td className="py-2 text-right tabular-nums">{kilograms(slip.totalWeightGrams, i18n.language)}</td>
            </tr>
          </tfoot>
        </table>
        <p className="text-sm text-stone-700">{t("slip.note")}</p>
      </article>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
