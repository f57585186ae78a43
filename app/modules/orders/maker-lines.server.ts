import { countryName } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import type { OrderLineStatus, Prisma } from "~/generated/prisma/client";
import { localize } from "~/modules/catalog/index.server";
import type { FulfilmentTab } from "./fulfilment-schemas";
import { formatOrderNumber } from "./order-number";
import type { AddressView } from "./order-views.server";
import { linesOf, type StudioActor } from "./studio-actor.server";

/**
 * The studio's view of orders: the paid lines an artisan made (or, for a coordinator, that her
 * organisations' makers made), with where to send them. A buyer's address is shown only for lines
 * that are paid and not refunded: never for an order still waiting for payment or cancelled.
 */

export const MAKER_LINES_PAGE_SIZE = 20;

const TAB_STATUS: Record<FulfilmentTab, OrderLineStatus> = { "to-ship": "paid", shipped: "shipped", delivered: "delivered" };
/** Lines the maker may be shown at all: those of paid orders. */
const VISIBLE: OrderLineStatus[] = ["paid", "shipped", "delivered", "refunded"];
/** Lines whose parcel's address she needs. */
const SHIPPABLE: OrderLineStatus[] = ["paid", "shipped", "delivered"];

export interface ShipTo extends AddressView {
  name: string;
  countryName: string;
}

const lineSelect = {
  id: true,
  orderId: true,
  title: true,
  option: true,
  sku: true,
  quantity: true,
  status: true,
  shipmentId: true,
  organisation: { select: { name: true } },
  maker: { select: { id: true, displayName: true, userId: true } },
  variant: { select: { hsCode: true, weightGrams: true, optionHi: true, product: { select: { titleHi: true } } } },
  shipment: { select: { id: true, carrier: true, trackingNumber: true, shippedAt: true, deliveredAt: true } },
} satisfies Prisma.OrderLineSelect;

type LineRow = Prisma.OrderLineGetPayload<{ select: typeof lineSelect }>;

const orderSelect = { id: true, number: true, name: true, createdAt: true, paidAt: true, shippingCountry: true, shippingAddress: true } satisfies Prisma.OrderSelect;
type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

function shipTo(order: OrderRow, language: string): ShipTo {
  const address = order.shippingAddress as unknown as AddressView;
  return { ...address, name: order.name, countryName: countryName(address.country, language) };
}

function lineView(line: LineRow, actor: StudioActor, language: string) {
  return {
    id: line.id,
    title: localize(language, line.title, line.variant.product.titleHi),
    option: localize(language, line.option, line.variant.optionHi),
    sku: line.sku,
    quantity: line.quantity,
    status: line.status,
    makerName: line.maker?.displayName ?? line.organisation.name,
    /** A coordinator fulfilling for a maker (or for the organisation's own pieces). */
    onBehalf: line.maker?.userId !== actor.userId,
    shipment: line.shipment,
  };
}

const paidLines = (actor: StudioActor): Prisma.OrderLineWhereInput => ({ AND: [linesOf(actor), { order: { paidAt: { not: null } } }] });

/** Her paid lines in one tab (to ship, shipped, delivered), newest orders first, with how many each tab holds. */
export async function listMakerLines(actor: StudioActor, filter: { tab: FulfilmentTab; page: number }, language: string) {
  const where: Prisma.OrderLineWhereInput = { AND: [paidLines(actor), { status: TAB_STATUS[filter.tab] }] };
  const [rows, counts] = await Promise.all([
    db.orderLine.findMany({
      where,
      orderBy: [{ order: { createdAt: "desc" } }, { order: { number: "desc" } }, { title: "asc" }],
      skip: (filter.page - 1) * MAKER_LINES_PAGE_SIZE,
      take: MAKER_LINES_PAGE_SIZE,
      select: { ...lineSelect, order: { select: orderSelect } },
    }),
    db.orderLine.groupBy({ by: ["status"], where: { AND: [paidLines(actor), { status: { in: Object.values(TAB_STATUS) } }] }, _count: { _all: true } }),
  ]);
  const count = (tab: FulfilmentTab) => counts.find((row) => row.status === TAB_STATUS[tab])?._count._all ?? 0;
  const total = count(filter.tab);
  return {
    lines: rows.map((row) => ({
      ...lineView(row, actor, language),
      order: { id: row.order.id, number: formatOrderNumber(row.order.number), orderedAt: row.order.createdAt, country: countryName(row.order.shippingCountry, language) },
      shipTo: SHIPPABLE.includes(row.status) ? shipTo(row.order, language) : null,
    })),
    counts: { "to-ship": count("to-ship"), shipped: count("shipped"), delivered: count("delivered") },
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / MAKER_LINES_PAGE_SIZE)),
  };
}

/** How many of her paid lines wait to be shipped: the studio home's reminder. */
export async function countLinesToShip(actor: StudioActor): Promise<number> {
  return db.orderLine.count({ where: { AND: [paidLines(actor), { status: TAB_STATUS["to-ship"] }] } });
}

async function linesOfOrder(actor: StudioActor, orderId: string) {
  if (!isUuid(orderId)) return null;
  const order = await db.order.findFirst({ where: { id: orderId, paidAt: { not: null } }, select: orderSelect });
  if (!order) return null;
  const lines = await db.orderLine.findMany({
    where: { AND: [{ orderId }, linesOf(actor), { status: { in: VISIBLE } }] },
    orderBy: [{ makerId: "asc" }, { title: "asc" }],
    select: { ...lineSelect, shipment: { select: { ...lineSelect.shipment.select, _count: { select: { lines: true } } } } },
  });
  return lines.length > 0 ? { order, lines } : null;
}

/** One order as a maker (or a coordinator) sees it: her lines, where they go, their parcels. Null when none are hers. */
export async function makerOrderView(actor: StudioActor, orderId: string, language: string) {
  const found = await linesOfOrder(actor, orderId);
  if (!found) return null;
  const { order, lines } = found;
  const views = lines.map((line) => lineView(line, actor, language));
  const shipments = new Map<string, { id: string; carrier: string; trackingNumber: string; shippedAt: Date; deliveredAt: Date | null; lines: typeof views; canMarkDelivered: boolean }>();
  for (const [index, line] of lines.entries()) {
    if (!line.shipment) continue;
    const entry = shipments.get(line.shipment.id) ?? { ...line.shipment, lines: [], canMarkDelivered: false };
    entry.lines.push(views[index]!);
    // Only a parcel all of whose pieces are hers to fulfil can be marked delivered by her.
    entry.canMarkDelivered = !entry.deliveredAt && entry.lines.length === line.shipment._count.lines;
    shipments.set(line.shipment.id, entry);
  }
  const makers = [...new Map(views.map((line) => [line.makerName, { name: line.makerName, onBehalf: line.onBehalf }])).values()];
  return {
    id: order.id,
    number: formatOrderNumber(order.number),
    orderedAt: order.createdAt,
    paidAt: order.paidAt,
    shipTo: lines.some((line) => SHIPPABLE.includes(line.status)) ? shipTo(order, language) : null,
    lines: views,
    toShip: views.filter((line) => line.status === "paid"),
    shipments: [...shipments.values()].map(({ lines: shipped, ...shipment }) => ({
      ...shipment,
      lines: shipped.map(({ id, title, option, quantity, makerName }) => ({ id, title, option, quantity, makerName })),
    })),
    makers,
  };
}

export type MakerOrderView = NonNullable<Awaited<ReturnType<typeof makerOrderView>>>;

/**
 * What goes in the parcel, for printing: the pieces (in English, as the buyer and customs read them),
 * their SKU, HS code and weight, and the address. No prices.
 */
export async function packingSlip(actor: StudioActor, orderId: string) {
  const found = await linesOfOrder(actor, orderId);
  const lines = found?.lines.filter((line) => SHIPPABLE.includes(line.status)) ?? [];
  if (!found || lines.length === 0) return null;
  const items = lines.map((line) => ({
    id: line.id,
    title: line.title,
    option: line.option,
    sku: line.sku,
    hsCode: line.variant.hsCode,
    quantity: line.quantity,
    weightGrams: line.variant.weightGrams * line.quantity,
    makerName: line.maker?.displayName ?? line.organisation.name,
    shipped: line.status !== "paid",
  }));
  return {
    number: formatOrderNumber(found.order.number),
    orderedAt: found.order.createdAt,
    // Addresses on parcels are read by carriers abroad: the country in English.
    shipTo: shipTo(found.order, "en"),
    from: [...new Set(lines.map((line) => line.organisation.name))],
    items,
    totalQuantity: items.reduce((sum, item) => sum + item.quantity, 0),
    totalWeightGrams: items.reduce((sum, item) => sum + item.weightGrams, 0),
  };
}

export type PackingSlip = NonNullable<Awaited<ReturnType<typeof packingSlip>>>;
