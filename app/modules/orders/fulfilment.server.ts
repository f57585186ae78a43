import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { postOrderPaid } from "~/modules/earnings/index.server";
import { providerErrorSummary, type PaymentEvent } from "~/modules/payments/index.server";
import { postConnectPayout } from "./connect-checkout.server";
import { sendOrderConfirmation, sendPaymentFailedNotice } from "./order-emails.server";
import { ASYNC_PAYMENT_HOLD_DAYS, commitReservations, extendHold, lockOrder, releaseOrder, reserveStock } from "./reservations.server";

/**
 * Fulfils verified payment events. The event id is stored first under a unique key, so a replayed
 * event changes nothing; the order's row is locked, so events for one order apply one at a time and
 * in whatever order they come they converge: a paid order stays paid, a released one stays released.
 */

export type FulfilmentOutcome = "duplicate" | "unknown_order" | "paid" | "held" | "released" | "unchanged" | "paid_after_release";

async function recordEvent(tx: Tx, event: PaymentEvent, orderId: string | null): Promise<boolean> {
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO payment_event (id, provider, type, order_id, payload)
    VALUES (${event.id}, ${event.provider}, ${event.type}, ${orderId}::uuid, ${JSON.stringify(event)}::jsonb)
    ON CONFLICT (id) DO NOTHING
    RETURNING id`;
  return inserted.length === 1;
}

async function markPaid(tx: Tx, event: PaymentEvent, now: Date) {
  const { orderId } = event;
  await tx.order.update({ where: { id: orderId }, data: { status: "paid", paidAt: now, cancelledAt: null } });
  await tx.orderLine.updateMany({ where: { orderId, status: { in: ["pending", "cancelled"] } }, data: { status: "paid" } });
  await commitReservations(tx, orderId, now);
  await postOrderPaid(orderId, tx);
  await postConnectPayout(tx, orderId, event);
}

/**
 * Money arrived for an order already released (its hold ran out moments before the payment, or the
 * buyer paid a page left open). Its stock is taken again if it is still there.
 */
async function reviveOrder(tx: Tx, event: PaymentEvent, now: Date): Promise<boolean> {
  const lines = await tx.orderLine.findMany({ where: { orderId: event.orderId }, select: { variantId: true, quantity: true } });
  const shortage = await reserveStock(tx, event.orderId, lines, { expiresAt: now, status: "committed", now });
  if (shortage) return false;
  await markPaid(tx, event, now);
  return true;
}

class RollBack extends Error {}

async function apply(tx: Tx, event: PaymentEvent, status: string, now: Date): Promise<FulfilmentOutcome> {
  const succeeded = event.type === "checkout.completed" || event.type === "checkout.async_payment_succeeded";
  if (succeeded && event.paid) {
    if (status === "pending_payment") {
      await markPaid(tx, event, now);
      return "paid";
    }
    if (status === "cancelled") {
      // All or nothing: a partial revival must not keep the stock it took.
      if (await reviveOrder(tx, event, now)) return "paid";
      throw new RollBack();
    }
    return "unchanged";
  }
  if (event.type === "checkout.completed") {
    // Completed but not yet paid: an asynchronous method (a bank debit) is still being collected.
    if (status !== "pending_payment") return "unchanged";
    await extendHold(tx, event.orderId, new Date(now.getTime() + ASYNC_PAYMENT_HOLD_DAYS * 86_400_000));
    return "held";
  }
  if (event.type === "checkout.async_payment_failed" || event.type === "checkout.expired") {
    return (await releaseOrder(tx, event.orderId, now)) ? "released" : "unchanged";
  }
  return "unchanged";
}

export async function handlePaymentEvent(event: PaymentEvent, now = new Date()): Promise<FulfilmentOutcome> {
  const run = (allowRevival: boolean) =>
    db.$transaction(
      async (tx): Promise<FulfilmentOutcome> => {
        const order = await lockOrder(tx, event.orderId);
        if (!(await recordEvent(tx, event, order?.id ?? null))) return "duplicate";
        if (!order) return "unknown_order";
        if (order.status === "cancelled" && !allowRevival) return "paid_after_release";
        return apply(tx, event, order.status, now);
      },
      { maxWait: 15_000, timeout: 20_000 },
    );

  let outcome: FulfilmentOutcome;
  try {
    outcome = await run(true);
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    // The stock is gone: keep the event on record (so a replay stays a no-op) and leave the refund to an admin.
    outcome = await run(false);
    if (outcome === "paid_after_release") logger.warn({ orderId: event.orderId, eventId: event.id }, "payment arrived for a released order whose stock is gone: refund it");
  }

  if (outcome === "paid") await sendOrderConfirmation(event.orderId).catch((error: unknown) => logEmailFailure(error, event.orderId));
  if (outcome === "released" && event.type === "checkout.async_payment_failed") {
    await sendPaymentFailedNotice(event.orderId).catch((error: unknown) => logEmailFailure(error, event.orderId));
  }
  return outcome;
}

function logEmailFailure(error: unknown, orderId: string) {
  // The mail server's message may quote the buyer's address: only the kind of error is logged.
  logger.error({ mailError: providerErrorSummary(error), orderId }, "order email could not be sent");
}
