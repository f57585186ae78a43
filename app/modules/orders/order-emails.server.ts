import { sendEmail } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { db } from "~/lib/db.server";
import { getTranslator } from "~/lib/i18n.server";
import { formatMoney, isCurrency } from "~/lib/money";
import { formatOrderNumber } from "./order-number";
import { trackingUrl } from "./tracking.server";

/** Emails to buyers, in the language they shopped in. Written to the outbox when there is no SMTP server. */

async function orderForEmail(orderId: string) {
  return db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      email: true,
      name: true,
      language: true,
      currency: true,
      subtotalMinor: true,
      shippingMinor: true,
      totalMinor: true,
      lines: { orderBy: { title: "asc" }, select: { title: true, option: true, quantity: true, totalMinor: true } },
    },
  });
}

export async function sendOrderConfirmation(orderId: string) {
  const order = await orderForEmail(orderId);
  const t = await getTranslator(order.language);
  const number = formatOrderNumber(order.number);
  const currency = isCurrency(order.currency) ? order.currency : "INR";
  const money = (amount: number) => formatMoney(amount, currency, order.language);
  const lines = order.lines.map((line) =>
    t("checkout:email.confirmation.line", { quantity: line.quantity, title: line.title, option: line.option, amount: money(line.totalMinor) }),
  );
  const text = [
    t("checkout:email.greeting", { name: order.name }),
    "",
    t("checkout:email.confirmation.intro", { number }),
    "",
    ...lines,
    "",
    t("checkout:email.confirmation.subtotal", { amount: money(order.subtotalMinor) }),
    t("checkout:email.confirmation.shipping", { amount: money(order.shippingMinor) }),
    t("checkout:email.confirmation.total", { amount: money(order.totalMinor) }),
    "",
    t("checkout:email.confirmation.track"),
    trackingUrl(order.id),
    "",
    t("checkout:email.signature"),
  ].join("\n");
  await sendEmail({ to: order.email, subject: t("checkout:email.confirmation.subject", { number }), text });
}

export async function sendPaymentFailedNotice(orderId: string) {
  const order = await orderForEmail(orderId);
  const t = await getTranslator(order.language);
  const number = formatOrderNumber(order.number);
  const text = [
    t("checkout:email.greeting", { name: order.name }),
    "",
    t("checkout:email.failed.body", { number }),
    `${getEnv().APP_URL}/cart`,
    "",
    t("checkout:email.signature"),
  ].join("\n");
  await sendEmail({ to: order.email, subject: t("checkout:email.failed.subject", { number }), text });
}

/** A parcel is on its way: what is in it, the carrier, its tracking number and the order's tracking page. */
export async function sendShipmentNotice(shipmentId: string) {
  const shipment = await db.shipment.findUniqueOrThrow({
    where: { id: shipmentId },
    select: {
      carrier: true,
      trackingNumber: true,
      order: { select: { id: true, number: true, email: true, name: true, language: true } },
      lines: { orderBy: { title: "asc" }, select: { title: true, option: true, quantity: true } },
    },
  });
  const { order } = shipment;
  const t = await getTranslator(order.language);
  const number = formatOrderNumber(order.number);
  const text = [
    t("checkout:email.greeting", { name: order.name }),
    "",
    t("fulfilment:email.shipped.intro", { number }),
    "",
    ...shipment.lines.map((line) => t("fulfilment:email.shipped.line", { quantity: line.quantity, title: line.title, option: line.option })),
    "",
    t("fulfilment:email.shipped.carrier", { carrier: shipment.carrier }),
    t("fulfilment:email.shipped.trackingNumber", { trackingNumber: shipment.trackingNumber }),
    "",
    t("fulfilment:email.shipped.track"),
    trackingUrl(order.id),
    "",
    t("checkout:email.signature"),
  ].join("\n");
  await sendEmail({ to: order.email, subject: t("fulfilment:email.shipped.subject", { number }), text });
}
