import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { isUuid } from "~/lib/validation";
import type { OrderStatus } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/index.server";
import { releaseLineEarnings } from "~/modules/earnings/index.server";
import { providerErrorSummary } from "~/modules/payments/index.server";
import { sendShipmentNotice } from "./order-emails.server";
import { refuseForm, type Outcome } from "./outcome";
import { lockOrder } from "./reservations.server";
import { linesOf, type StudioActor } from "./studio-actor.server";

/**
 * Makers (or coordinators for them) record parcels: "sent" with a carrier and tracking number, then
 * "delivered". Each change locks the order's row first, so a double tap waits for the first and then
 * finds the lines already sent: it is refused, never a second shipment. Null means "not yours": the
 * route answers 404 without saying whether the order exists.
 */

export interface ShipmentInput {
  orderId: string;
  lineIds: string[];
  carrier: string;
  trackingNumber: string;
}

/** Statuses an order moves between as its parcels go out; cancelled and refunded orders stay as they are. */
const FULFILLING: OrderStatus[] = ["paid", "partly_shipped", "shipped", "delivered"];

/** The order's status from its lines: refunded and cancelled lines no longer count. */
async function settleOrderStatus(tx: Tx, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, lines: { select: { status: true } } } });
  if (!FULFILLING.includes(order.status)) return;
  const active = order.lines.filter((line) => line.status !== "cancelled" && line.status !== "refunded");
  if (active.length === 0) return;
  const sent = active.filter((line) => line.status === "shipped" || line.status === "delivered");
  const status: OrderStatus =
    active.every((line) => line.status === "delivered") ? "delivered" : sent.length === active.length ? "shipped" : sent.length > 0 ? "partly_shipped" : "paid";
  if (status !== order.status) await tx.order.update({ where: { id: orderId }, data: { status } });
}

const onBehalf = (actor: StudioActor, lines: readonly { maker: { userId: string | null } | null }[]) => lines.some((line) => line.maker?.userId !== actor.userId);

export async function recordShipment(actor: StudioActor, input: ShipmentInput, now = new Date()): Promise<Outcome<{ shipmentId: string }> | null> {
  const lineIds = [...new Set(input.lineIds)];
  if (!isUuid(input.orderId) || lineIds.length === 0 || !lineIds.every(isUuid)) return null;
  const result = await db.$transaction(async (tx): Promise<Outcome<{ shipmentId: string }> | null> => {
    if (!(await lockOrder(tx, input.orderId))) return null;
    const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { number: true, paidAt: true } });
    const lines = await tx.orderLine.findMany({
      where: { AND: [{ orderId: input.orderId, id: { in: lineIds } }, linesOf(actor)] },
      select: { id: true, status: true, organisationId: true, makerId: true, maker: { select: { userId: true } }, shipment: { select: { carrier: true, trackingNumber: true } } },
    });
    if (!order.paidAt || lines.length !== lineIds.length) return null;
    const sent = lines.find((line) => line.shipment);
    if (sent?.shipment) return refuseForm("fulfilment:errors.alreadyShipped", { carrier: sent.shipment.carrier, trackingNumber: sent.shipment.trackingNumber });
    if (lines.some((line) => line.status !== "paid")) return refuseForm("fulfilment:errors.notShippable");

    const shipment = await tx.shipment.create({
      data: { orderId: input.orderId, carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: now, createdById: actor.userId },
      select: { id: true },
    });
    await tx.orderLine.updateMany({ where: { id: { in: lineIds }, status: "paid" }, data: { status: "shipped", shipmentId: shipment.id } });
    await settleOrderStatus(tx, input.orderId);
    await recordAudit(
      {
        action: "studio.shipment.recorded",
        actorId: actor.userId,
        ip: actor.ip,
        organisationId: lines[0]!.organisationId,
        entityType: "shipment",
        entityId: shipment.id,
        details: { orderId: input.orderId, number: order.number, lines: lineIds, carrier: input.carrier, trackingNumber: input.trackingNumber, onBehalf: onBehalf(actor, lines) },
      },
      tx,
    );
    return { ok: true, shipmentId: shipment.id };
  });
  if (result?.ok) {
    await sendShipmentNotice(result.shipmentId).catch((error: unknown) => {
      // The mail server's message may quote the buyer's address: only the kind of error is logged.
      logger.error({ mailError: providerErrorSummary(error), orderId: input.orderId }, "shipment email could not be sent");
    });
  }
  return result;
}

/** A parcel arrived: its lines are delivered, their earnings become available, and the order is delivered once every line is. */
export async function markShipmentDelivered(actor: StudioActor, input: { orderId: string; shipmentId: string }, now = new Date()): Promise<Outcome<{ releasedInr: number }> | null> {
  if (!isUuid(input.orderId) || !isUuid(input.shipmentId)) return null;
  return db.$transaction(async (tx): Promise<Outcome<{ releasedInr: number }> | null> => {
    if (!(await lockOrder(tx, input.orderId))) return null;
    const shipment = await tx.shipment.findFirst({
      where: { id: input.shipmentId, orderId: input.orderId },
      select: { id: true, deliveredAt: true, order: { select: { number: true } }, lines: { select: { id: true, status: true, organisationId: true, maker: { select: { userId: true } } } } },
    });
    if (!shipment || shipment.lines.length === 0) return null;
    const mine = await tx.orderLine.count({ where: { AND: [{ shipmentId: shipment.id }, linesOf(actor)] } });
    if (mine !== shipment.lines.length) return null;
    if (shipment.deliveredAt) return refuseForm("fulfilment:errors.alreadyDelivered");

    await tx.shipment.update({ where: { id: shipment.id }, data: { deliveredAt: now } });
    const arriving = shipment.lines.filter((line) => line.status === "shipped");
    await tx.orderLine.updateMany({ where: { id: { in: arriving.map((line) => line.id) }, status: "shipped" }, data: { status: "delivered" } });
    let releasedInr = 0;
    for (const line of arriving) releasedInr += await releaseLineEarnings(line.id, "delivered", tx, now);
    await settleOrderStatus(tx, input.orderId);
    await recordAudit(
      {
        action: "studio.shipment.delivered",
        actorId: actor.userId,
        ip: actor.ip,
        organisationId: shipment.lines[0]!.organisationId,
        entityType: "shipment",
        entityId: shipment.id,
        details: { orderId: input.orderId, number: shipment.order.number, lines: arriving.map((line) => line.id), releasedInr, onBehalf: onBehalf(actor, shipment.lines) },
      },
      tx,
    );
    return { ok: true, releasedInr };
  });
}
