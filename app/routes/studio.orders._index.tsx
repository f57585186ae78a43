import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { FULFILMENT_TABS, MakerLinesFilterSchema, type FulfilmentTab } from "~/modules/orders/fulfilment-schemas";
import { connectAvailable, listMakerLines } from "~/modules/orders/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { PageHeader } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import { PostalAddressBlock } from "~/ui/postal-address";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["fulfilment"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "fulfil:order-line:own");
  const actor = { userId: user.id, organisationIds: organisationScope(user, "fulfil:order-line:org"), ip: clientIp(request) };
  const filter = MakerLinesFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return {
    title: t("fulfilment:list.title"),
    tab: filter.tab,
    forOthers: actor.organisationIds === "any" || actor.organisationIds.length > 0,
    canConnectMakers: connectAvailable() && rolesGrant(user.roles, "manage:maker:org"),
    ...(await listMakerLines(actor, filter, language)),
  };
}

const tabHref = (tab: FulfilmentTab, page = 1) => `/studio/orders?tab=${tab}${page > 1 ? `&page=${page}` : ""}`;

export default function StudioOrders() {
  const { t } = useTranslation("fulfilment");
  const { tab, lines, counts, page, pageCount, forOthers, canConnectMakers } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6">
      <PageHeader
        title={t("list.title")}
        description={forOthers ? t("list.introCoordinator") : t("list.intro")}
        actions={canConnectMakers ? <Link to="/studio/connect" className={buttonClass.secondary}>{t("connect.listLink")}</Link> : null}
      />
      <nav aria-label={t("list.tabsLabel")}>
        <ul className="grid grid-cols-3 gap-1 rounded-md bg-stone-200 p-1">
          {FULFILMENT_TABS.map((name) => (
            <li key={name}>
              <Link
                to={tabHref(name)}
                aria-current={name === tab ? "page" : undefined}
                className="flex min-h-12 flex-col items-center justify-center rounded px-2 py-1 text-center font-semibold text-stone-800 no-underline hover:bg-white aria-[current=page]:bg-white aria-[current=page]:text-brand-900 aria-[current=page]:shadow"
              >
                <span>{t(`tabs.${name}`)}</span>
                <span className="text-sm font-normal tabular-nums">{counts[name]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {lines.length === 0 ? (
        <p className="rounded-md border border-stone-300 bg-white p-4 text-lg">{t(`list.empty.${tab}`)}</p>
      ) : (
        <ul className="space-y-4">
          {lines.map((line) => (
            <li key={line.id}>
              <LineCard line={line} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => tabHref(tab, target)} />
    </div>
  );
}

type Line = ReturnType<typeof useLoaderData<typeof loader>>["lines"][number];

function LineCard({ line }: { line: Line }) {
  const { t, i18n } = useTranslation("fulfilment");
  return (
    <article aria-labelledby={`line-${line.id}`} className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id={`line-${line.id}`} className="text-lg font-semibold">
        {t("line.what", { quantity: line.quantity, title: line.title, option: line.option })}
      </h2>
      {line.onBehalf ? <p className="text-stone-700">{t("line.madeBy", { name: line.makerName })}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("line.order")}</dt>
        <dd>{line.order.number}</dd>
        <dt className="font-semibold">{t("line.ordered")}</dt>
        <dd>{formatDate(line.order.orderedAt, i18n.language)}</dd>
        <dt className="font-semibold">{t("line.country")}</dt>
        <dd>{line.order.country}</dd>
      </dl>
      {line.shipTo ? (
        <div>
          <h3 className="font-semibold">{t("line.sendTo")}</h3>
          <PostalAddressBlock address={line.shipTo} className="text-stone-800" />
        </div>
      ) : null}
      {line.shipment ? (
        <p className="text-stone-800">
          {t("line.sentWith", { carrier: line.shipment.carrier, trackingNumber: line.shipment.trackingNumber, date: formatDate(line.shipment.shippedAt, i18n.language) })}
          {line.shipment.deliveredAt ? ` ${t("line.deliveredOn", { date: formatDate(line.shipment.deliveredAt, i18n.language) })}` : null}
        </p>
      ) : null}
      <Link to={`/studio/orders/${line.order.id}`} className={`${buttonClass[line.status === "paid" ? "primary" : "secondary"]} w-full sm:w-auto`}>
        {line.status === "paid" ? t("line.openToSend") : t("line.open")}
      </Link>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
