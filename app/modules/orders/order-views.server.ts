import { countryName } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { isCurrency, type Currency } from "~/lib/money";
import { madeBy } from "~/modules/catalog/index.server";
import { formatOrderNumber } from "./order-number";
import type { OrderStatusName } from "./order-status";

/** Orders as their buyers see them on the confirmation, tracking and test-payment pages. */

export interface AddressView {
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode?: string;
  country: string;
}

/** "a•••@example.org": enough for the buyer to recognise, little for anyone a link was forwarded to. */
export function maskEmail(email: string) {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

export async function buyerOrderView(orderId: string, language: string) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      email: true,
      name: true,
      currency: true,
      subtotalMinor: true,
      shippingMinor: true,
      totalMinor: true,
      shippingCountry: true,
      shippingAddress: true,
      createdAt: true,
      paidAt: true,
      lines: {
        orderBy: [{ makerId: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          option: true,
          quantity: true,
          unitPriceMinor: true,
          totalMinor: true,
          status: true,
          shipmentId: true,
          organisation: { select: { name: true } },
          maker: { select: { displayName: true, publicProfile: true } },
        },
      },
      shipments: { orderBy: { shippedAt: "asc" }, select: { id: true, carrier: true, trackingNumber: true, shippedAt: true, deliveredAt: true } },
    },
  });
  if (!order) return null;
  const address = order.shippingAddress as unknown as AddressView;
  return {
    id: order.id,
    number: formatOrderNumber(order.number),
    status: order.status as OrderStatusName,
    maskedEmail: maskEmail(order.email),
    name: order.name,
    currency: (isCurrency(order.currency) ? order.currency : "INR") as Currency,
    subtotalMinor: order.subtotalMinor,
    shippingMinor: order.shippingMinor,
    totalMinor: order.totalMinor,
    shippingAddress: { ...address, countryName: countryName(address.country, language) },
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    lines: order.lines.map(({ organisation, maker, ...line }) => ({ ...line, madeBy: madeBy({ organisation, maker }) })),
    shipments: order.shipments,
  };
}

export type BuyerOrderView = NonNullable<Awaited<ReturnType<typeof buyerOrderView>>>;
