import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { buyerOrderView, isValidOrderSignature } from "~/modules/orders/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { OrderLines, OrderTotals } from "~/ui/order-lines";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [...titled(data), { name: "robots", content: "noindex" }];

/** Order tracking from the signed link in the confirmation email: no account, and a wrong signature is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isValidOrderSignature(params.orderId, new URL(request.url).searchParams.get("sig"))) throw notFound();
  const language = await getLanguage(request);
  const view = await buyerOrderView(params.orderId, language);
  if (!view) throw notFound();
  const t = await getTranslator(language);
  // The tracking page shows where the parcel goes, not the full address: the link may be forwarded.
  const { shippingAddress, maskedEmail: _email, name: _name, ...order } = view;
  return { title: t("checkout:track.title", { number: order.number }), order: { ...order, destination: [shippingAddress.city, shippingAddress.countryName].join(", ") } };
}

export default function TrackOrder() {
  const { t, i18n } = useTranslation("checkout");
  const { order } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("track.title", { number: order.number })}</h1>
      <p className="text-stone-700">{t("track.intro")}</p>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("order.status")}</dt>
        <dd>
          <strong>{t(`status.${order.status}`)}</strong>
        </dd>
        <dt className="font-semibold">{t("order.shipTo")}</dt>
        <dd>{order.destination}</dd>
      </dl>
      <p className="text-sm text-stone-700">{t("order.placedOn", { date: formatDate(order.createdAt, i18n.language) })}</p>
      <h2 className="text-xl font-semibold">{t("track.shipments")}</h2>
      {order.shipments.length === 0 ? (
        <p>{t("track.noShipments")}</p>
      ) : (
        <ul className="space-y-3">
          {order.shipments.map((shipment) => (
            <li key={shipment.id} className="rounded-md border border-stone-300 bg-white p-4">
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold">{t("track.carrier")}</dt>
                <dd>{shipment.carrier}</dd>
                <dt className="font-semibold">{t("track.trackingNumber")}</dt>
                <dd className="font-mono">{shipment.trackingNumber}</dd>
              </dl>
              <p className="mt-2 text-sm text-stone-700">
                {t("track.shippedOn", { date: formatDate(shipment.shippedAt, i18n.language) })}
                {shipment.deliveredAt ? ` · ${t("track.deliveredOn", { date: formatDate(shipment.deliveredAt, i18n.language) })}` : null}
              </p>
              <h3 className="mt-2 text-sm font-semibold">{t("track.inParcel")}</h3>
              <ul className="text-sm">
                {order.lines
                  .filter((line) => line.shipmentId === shipment.id)
                  .map((line) => (
                    <li key={line.id}>
                      {line.quantity} × {line.title} <span className="text-stone-600">({line.option})</span>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h2 className="text-xl font-semibold">{t("order.items")}</h2>
      <OrderLines lines={order.lines} currency={order.currency} showStatus />
      <OrderTotals currency={order.currency} subtotalMinor={order.subtotalMinor} shippingMinor={order.shippingMinor} totalMinor={order.totalMinor} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
