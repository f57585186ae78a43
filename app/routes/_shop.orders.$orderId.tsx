import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { buyerOrderView, cartIdFrom, clearCart, confirmationPath, isValidOrderSignature, trackingPath } from "~/modules/orders/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { OrderLines, OrderTotals } from "~/ui/order-lines";
import { Notice } from "~/ui/page";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [...titled(data), { name: "robots", content: "noindex" }];

const POLL_MS = 3_000;

/** Where the buyer lands after paying; opened only with the order's signature. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isValidOrderSignature(params.orderId, new URL(request.url).searchParams.get("sig"))) throw notFound();
  const language = await getLanguage(request);
  const order = await buyerOrderView(params.orderId, language);
  if (!order) throw notFound();
  // Once paid, what the cart held has been bought.
  if (order.status !== "pending_payment" && order.status !== "cancelled") await clearCart(await cartIdFrom(request));
  const t = await getTranslator(language);
  return { title: t("checkout:order.title", { number: order.number }), order, tracking: trackingPath(order.id), self: confirmationPath(order.id) };
}

export default function OrderConfirmation() {
  const { t, i18n } = useTranslation("checkout");
  const { order, tracking, self } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const waiting = order.status === "pending_payment";
  useEffect(() => {
    // The payment provider's webhook usually arrives within seconds of the buyer's return.
    if (!waiting) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, revalidator]);
  const address = order.shippingAddress;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("order.title", { number: order.number })}</h1>
      {waiting ? (
        <p role="status" className="rounded-md border border-stone-400 bg-stone-50 p-3">
          {t("order.confirming")}{" "}
          <a href={self} className="underline">
            {t("order.reload")}
          </a>
        </p>
      ) : order.status === "cancelled" ? (
        <p role="status">{t("order.cancelled")}</p>
      ) : order.status === "refunded" ? (
        <p role="status">{t("order.refunded")}</p>
      ) : (
        <Notice>
          {t("order.thanks")} {t("order.emailed", { email: order.maskedEmail })}
        </Notice>
      )}
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("order.status")}</dt>
        <dd>{t(`status.${order.status}`)}</dd>
        <dt className="font-semibold">{t("order.shipTo")}</dt>
        <dd>
          {[order.name, address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(" "), address.region, address.countryName].filter(Boolean).join(", ")}
        </dd>
      </dl>
      <p className="text-sm text-stone-700">{t("order.placedOn", { date: formatDate(order.createdAt, i18n.language) })}</p>
      <h2 className="text-xl font-semibold">{t("order.items")}</h2>
      <OrderLines lines={order.lines} currency={order.currency} />
      <OrderTotals currency={order.currency} subtotalMinor={order.subtotalMinor} shippingMinor={order.shippingMinor} totalMinor={order.totalMinor} />
      {order.status !== "cancelled" ? (
        <p>
          <Link to={tracking}>{t("order.track")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
