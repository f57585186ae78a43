import { db } from "~/lib/db.server";
import { formatRate, isCurrency, type Currency } from "~/lib/money";
import { isUuid } from "~/lib/validation";
import type { Prisma } from "~/generated/prisma/client";
import { formatOrderNumber, parseOrderNumber } from "./order-number";
import { REFUNDABLE_STATUSES, type OrderStatusName } from "./order-status";
import type { AddressView } from "./order-views.server";

/** Orders for the admin area: everyone's for admins and auditors, those with their organisations' lines for coordinators. */

export type OrderScope = "any" | string[];
export const ORDERS_PAGE_SIZE = 25;

export interface OrderFilter {
  q?: string;
  status?: OrderStatusName;
  page?: number;
}

const scoped = (scope: OrderScope): Prisma.OrderWhereInput => (scope === "any" ? {} : { lines: { some: { organisationId: { in: scope } } } });

function orderWhere(filter: OrderFilter, scope: OrderScope): Prisma.OrderWhereInput {
  const number = filter.q ? parseOrderNumber(filter.q) : null;
  const search: Prisma.OrderWhereInput | undefined = filter.q
    ? { OR: [...(number !== null ? [{ number }] : []), { email: { contains: filter.q.trim(), mode: "insensitive" } }] }
    : undefined;
  return { AND: [scoped(scope), { status: filter.status }, ...(search ? [search] : [])] };
}

export async function listOrdersForAdmin(filter: OrderFilter, scope: OrderScope) {
  const where = orderWhere(filter, scope);
  const page = Math.max(1, filter.page ?? 1);
  const [orders, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: { id: true, number: true, createdAt: true, name: true, email: true, status: true, currency: true, totalMinor: true, _count: { select: { lines: true } } },
    }),
    db.order.count({ where }),
  ]);
  return {
    orders: orders.map(({ _count, number, currency, ...order }) => ({ ...order, number: formatOrderNumber(number), currency: currency as Currency, lineCount: _count.lines })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)),
  };
}

export async function getOrderForAdmin(orderId: string, scope: OrderScope) {
  if (!isUuid(orderId)) return null;
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId }, scoped(scope)] },
    include: {
      lines: {
        orderBy: [{ makerId: "asc" }, { title: "asc" }],
        include: { maker: { select: { displayName: true } }, organisation: { select: { name: true } } },
      },
      shipments: { orderBy: { shippedAt: "asc" } },
      refunds: { orderBy: { createdAt: "asc" } },
      events: { orderBy: { receivedAt: "asc" }, select: { id: true, type: true, receivedAt: true, payload: true } },
    },
  });
  if (!order) return null;
  const visibleLines = order.lines.filter((line) => scope === "any" || scope.includes(line.organisationId));
  const status = order.status as OrderStatusName;
  const refundable = REFUNDABLE_STATUSES.includes(status);
  const paidEvent = order.events.some((event) => (event.payload as { paid?: boolean } | null)?.paid === true);
  return {
    id: order.id,
    number: formatOrderNumber(order.number),
    status,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    cancelledAt: order.cancelledAt,
    buyer: { name: order.name, email: order.email, phone: order.phone, language: order.language },
    shippingAddress: order.shippingAddress as unknown as AddressView,
    billingAddress: order.billingAddress as unknown as AddressView,
    currency: (isCurrency(order.currency) ? order.currency : "INR") as Currency,
    rate: formatRate(order.inrPerUnitMicros),
    amounts: {
      subtotalMinor: order.subtotalMinor,
      shippingMinor: order.shippingMinor,
      totalMinor: order.totalMinor,
      subtotalInr: order.subtotalInr,
      shippingInr: order.shippingInr,
      totalInr: order.totalInr,
    },
    paymentProvider: order.paymentProvider,
    providerRef: order.providerRef,
    lines: visibleLines.map((line) => ({
      id: line.id,
      title: line.title,
      option: line.option,
      sku: line.sku,
      maker: line.maker?.displayName ?? line.organisation.name,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      totalMinor: line.totalMinor,
      status: line.status,
      refundable: refundable && (line.status === "paid" || line.status === "shipped" || line.status === "delivered"),
    })),
    hiddenLineCount: order.lines.length - visibleLines.length,
    canCancel: status === "pending_payment",
    canRefundWhole: refundable && !order.lines.some((line) => line.status === "refunded"),
    shipments: order.shipments.map((shipment) => ({ id: shipment.id, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, shippedAt: shipment.shippedAt, deliveredAt: shipment.deliveredAt })),
    refunds: order.refunds.map((refund) => ({
      id: refund.id,
      lineTitle: order.lines.find((line) => line.id === refund.orderLineId)?.title ?? null,
      amountMinor: refund.amountMinor,
      restock: refund.restock,
      reason: refund.reason,
      status: refund.status,
      createdAt: refund.createdAt,
    })),
    events: order.events.map((event) => ({ id: event.id, type: event.type, receivedAt: event.receivedAt })),
    paidAfterRelease: status === "cancelled" && paidEvent,
  };
}

export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getOrderForAdmin>>>;
