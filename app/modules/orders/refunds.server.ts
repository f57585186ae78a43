import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { isCurrency } from "~/lib/money";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import { postRefund } from "~/modules/earnings/index.server";
import { paymentProviderNamed, providerErrorSummary } from "~/modules/payments/index.server";
import { REFUNDABLE_STATUSES, type OrderStatusName } from "./order-status";
import { refuseForm, type Outcome } from "./outcome";
import { lockOrder, releaseOrder, returnStock } from "./reservations.server";

/**
 * Admins cancel orders that are not paid yet, and refund paid ones, whole or a line at a time,
 * through the provider that took the money. A refund has an idempotency key (per order, or per
 * line) used here and at the provider: asking twice refunds once.
 */

export interface Actor {
  id: string;
  ip: string | null;
}

/** A refund still "pending" this recently is taken to be in flight in another request. */
const IN_FLIGHT_MS = 2 * 60_000;

export async function cancelOrder(orderId: string, actor: Actor, now = new Date()): Promise<Outcome> {
  if (!isUuid(orderId)) return refuseForm("checkout:admin.errors.notFound");
  const order = await db.order.findUnique({ where: { id: orderId }, select: { number: true, paymentProvider: true, providerRef: true } });
  if (!order) return refuseForm("checkout:admin.errors.notFound");
  const cancelled = await db.$transaction(async (tx) => {
    await lockOrder(tx, orderId);
    if (!(await releaseOrder(tx, orderId, now))) return false;
    await recordAudit({ action: "admin.order.cancelled", actorId: actor.id, ip: actor.ip, entityType: "order", entityId: orderId, details: { number: order.number } }, tx);
    return true;
  });
  if (!cancelled) return refuseForm("checkout:admin.errors.notCancellable");
  if (order.providerRef) await paymentProviderNamed(order.paymentProvider)?.expireCheckout(order.providerRef);
  return { ok: true };
}

export interface RefundInput {
  orderId: string;
  /** A line to refund in full; the whole order (lines and shipping) when absent. */
  lineId?: string;
  restock: boolean;
  reason?: string;
}

export const refundKey = (orderId: string, lineId?: string) => `refund:${orderId}:${lineId ? `line:${lineId}` : "order"}`;

type Claim = { kind: "done" } | { kind: "refused"; message: string } | { kind: "claimed"; refundId: string; amountMinor: number };

/** Checks that the refund is possible and records it as pending (or finds it already asked for). */
async function claimRefund(tx: Tx, input: RefundInput, actor: Actor, now: Date): Promise<Claim> {
  const locked = await lockOrder(tx, input.orderId);
  if (!locked) return { kind: "refused", message: "checkout:admin.errors.notFound" };
  const key = refundKey(input.orderId, input.lineId);
  const existing = await tx.refund.findUnique({ where: { idempotencyKey: key } });
  if (existing?.status === "succeeded") return { kind: "done" };
  if (existing?.status === "pending" && now.getTime() - existing.createdAt.getTime() < IN_FLIGHT_MS) return { kind: "refused", message: "checkout:admin.errors.refundInProgress" };
  if (existing) return { kind: "claimed", refundId: existing.id, amountMinor: existing.amountMinor };

  const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, include: { lines: true } });
  if (!REFUNDABLE_STATUSES.includes(order.status as OrderStatusName)) return { kind: "refused", message: "checkout:admin.errors.notRefundable" };
  let amount: { inr: number; minor: number };
  if (input.lineId) {
    const line = order.lines.find((candidate) => candidate.id === input.lineId);
    if (!line) return { kind: "refused", message: "checkout:admin.errors.notFound" };
    if (line.status === "refunded" || line.status === "cancelled") return { kind: "refused", message: "checkout:admin.errors.lineRefunded" };
    amount = { inr: line.totalInr, minor: line.totalMinor };
  } else {
    // A whole-order refund reverses every line; after a line refund, the rest go line by line.
    if (order.lines.some((line) => line.status === "refunded")) return { kind: "refused", message: "checkout:admin.errors.partlyRefunded" };
    amount = { inr: order.totalInr, minor: order.totalMinor };
  }
  const refund = await tx.refund.create({
    data: {
      orderId: order.id,
      orderLineId: input.lineId ?? null,
      amountInr: amount.inr,
      amountMinor: amount.minor,
      currency: order.currency,
      restock: input.restock,
      reason: input.reason ?? null,
      idempotencyKey: key,
      createdById: actor.id,
      createdAt: now,
    },
  });
  return { kind: "claimed", refundId: refund.id, amountMinor: amount.minor };
}

/** After the provider has refunded: lines and order marked, stock back if asked, the ledger reversed. Once only. */
async function completeRefund(tx: Tx, refundId: string, providerRefundId: string, actor: Actor) {
  const { count } = await tx.refund.updateMany({ where: { id: refundId, status: { not: "succeeded" } }, data: { status: "succeeded", providerRefundId } });
  if (count === 0) return;
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { order: { include: { lines: true } } } });
  const refunded = refund.order.lines.filter((line) => (refund.orderLineId ? line.id === refund.orderLineId : line.status !== "refunded"));
  await tx.orderLine.updateMany({ where: { id: { in: refunded.map((line) => line.id) } }, data: { status: "refunded" } });
  const stillPaid = refund.order.lines.filter((line) => !refunded.includes(line) && line.status !== "refunded" && line.status !== "cancelled");
  if (stillPaid.length === 0) await tx.order.update({ where: { id: refund.orderId }, data: { status: "refunded" } });
  if (refund.restock) await returnStock(tx, refunded.map((line) => ({ variantId: line.variantId, quantity: line.quantity })));
  await postRefund(refund.id, tx);
  await recordAudit(
    {
      action: "admin.order.refunded",
      actorId: actor.id,
      ip: actor.ip,
      entityType: "order",
      entityId: refund.orderId,
      details: { number: refund.order.number, line: refund.orderLineId, amountMinor: refund.amountMinor, currency: refund.currency, restock: refund.restock },
    },
    tx,
  );
}

export async function refundOrder(input: RefundInput, actor: Actor, now = new Date()): Promise<Outcome<{ alreadyRefunded: boolean }>> {
  if (!isUuid(input.orderId) || (input.lineId !== undefined && !isUuid(input.lineId))) return refuseForm("checkout:admin.errors.notFound");
  const claim = await db.$transaction((tx) => claimRefund(tx, input, actor, now));
  if (claim.kind === "done") return { ok: true, alreadyRefunded: true };
  if (claim.kind === "refused") return refuseForm(claim.message);

  const order = await db.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { id: true, currency: true, providerRef: true, paymentProvider: true } });
  const provider = paymentProviderNamed(order.paymentProvider);
  if (!provider || !isCurrency(order.currency)) {
    await db.refund.update({ where: { id: claim.refundId }, data: { status: "failed" } });
    return refuseForm("checkout:admin.errors.providerUnavailable");
  }
  let providerRefundId: string;
  try {
    ({ providerRefundId } = await provider.refund({
      order: { id: order.id, currency: order.currency, providerRef: order.providerRef },
      amountMinor: claim.amountMinor,
      idempotencyKey: refundKey(input.orderId, input.lineId),
    }));
  } catch (error) {
    logger.error({ providerError: providerErrorSummary(error), orderId: order.id, provider: provider.name }, "refund failed at the provider");
    await db.refund.update({ where: { id: claim.refundId }, data: { status: "failed" } });
    return refuseForm("checkout:admin.errors.refundFailed");
  }
  await db.$transaction((tx) => completeRefund(tx, claim.refundId, providerRefundId, actor));
  return { ok: true, alreadyRefunded: false };
}
