import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { deleteAbandonedCarts } from "./cart.server";

/**
 * Stock is taken from a variant when checkout starts and held for the order: committed when it is
 * paid, returned when payment fails, the hold expires or the order is cancelled. Taking uses one
 * conditional UPDATE per variant, so concurrent buyers of the last units can never oversell.
 */

export const HOLD_MINUTES = 30;
/** A bank transfer or similar that the provider is still collecting keeps its stock this long. */
export const ASYNC_PAYMENT_HOLD_DAYS = 7;

export const holdUntil = (now: Date) => new Date(now.getTime() + HOLD_MINUTES * 60_000);

export interface StockLine {
  variantId: string;
  quantity: number;
}

export interface StockShortage {
  variantId: string;
  left: number;
}

/** One entry per variant, in id order: concurrent checkouts lock rows in the same order and cannot deadlock. */
function byVariant(lines: readonly StockLine[]): StockLine[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  return [...merged].sort(([a], [b]) => a.localeCompare(b)).map(([variantId, quantity]) => ({ variantId, quantity }));
}

/**
 * Takes the stock of every line, or reports the first variant that has too little. After a
 * shortage the caller must roll its transaction back: earlier lines have already been taken.
 */
async function takeStock(tx: Tx, lines: readonly StockLine[]): Promise<StockShortage | null> {
  for (const line of byVariant(lines)) {
    const taken = await tx.$executeRaw`
      UPDATE product_variant SET stock = stock - ${line.quantity}, updated_at = now()
      WHERE id = ${line.variantId}::uuid AND stock >= ${line.quantity}`;
    if (taken === 0) {
      const rows = await tx.$queryRaw<{ stock: number }[]>`SELECT stock FROM product_variant WHERE id = ${line.variantId}::uuid`;
      return { variantId: line.variantId, left: rows[0]?.stock ?? 0 };
    }
  }
  return null;
}

export async function returnStock(tx: Tx, lines: readonly StockLine[]) {
  for (const line of byVariant(lines)) {
    await tx.$executeRaw`UPDATE product_variant SET stock = stock + ${line.quantity}, updated_at = now() WHERE id = ${line.variantId}::uuid`;
  }
}

/** Takes the stock and records the order's reservations (held until `expiresAt`, or committed at once). */
export async function reserveStock(
  tx: Tx,
  orderId: string,
  lines: readonly StockLine[],
  options: { expiresAt: Date; status?: "held" | "committed"; now?: Date },
): Promise<StockShortage | null> {
  const shortage = await takeStock(tx, lines);
  if (shortage) return shortage;
  const status = options.status ?? "held";
  await tx.stockReservation.createMany({
    data: byVariant(lines).map((line) => ({
      orderId,
      variantId: line.variantId,
      quantity: line.quantity,
      status,
      expiresAt: options.expiresAt,
      resolvedAt: status === "committed" ? (options.now ?? new Date()) : null,
    })),
  });
  return null;
}

export async function commitReservations(tx: Tx, orderId: string, now: Date) {
  await tx.stockReservation.updateMany({ where: { orderId, status: "held" }, data: { status: "committed", resolvedAt: now } });
}

/** Returns the stock of the order's held reservations. Flipping the status first makes a second release find nothing. */
export async function releaseReservations(tx: Tx, orderId: string, now: Date): Promise<number> {
  const released = await tx.$queryRaw<{ variant_id: string; quantity: number }[]>`
    UPDATE stock_reservation SET status = 'released', resolved_at = ${now}
    WHERE order_id = ${orderId}::uuid AND status = 'held'
    RETURNING variant_id, quantity`;
  await returnStock(tx, released.map((row) => ({ variantId: row.variant_id, quantity: row.quantity })));
  return released.reduce((sum, row) => sum + row.quantity, 0);
}

export async function extendHold(tx: Tx, orderId: string, until: Date) {
  await tx.stockReservation.updateMany({ where: { orderId, status: "held", expiresAt: { lt: until } }, data: { expiresAt: until } });
}

/** Locks the order's row for the rest of the transaction, so that events, sweeps and admins act on it one at a time. */
export async function lockOrder(tx: Tx, orderId: string) {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text AS status FROM shop_order WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Cancels an unpaid order and returns its stock. False when the order was no longer waiting for payment. */
export async function releaseOrder(tx: Tx, orderId: string, now: Date): Promise<boolean> {
  const { count } = await tx.order.updateMany({ where: { id: orderId, status: "pending_payment" }, data: { status: "cancelled", cancelledAt: now } });
  if (count === 0) return false;
  await tx.orderLine.updateMany({ where: { orderId, status: "pending" }, data: { status: "cancelled" } });
  await releaseReservations(tx, orderId, now);
  return true;
}

/** Releases the orders whose holds have run out; returns how many. Run by a timer and before each checkout. */
export async function releaseExpiredReservations(now = new Date()): Promise<number> {
  const expired = await db.stockReservation.findMany({
    where: { status: "held", expiresAt: { lt: now } },
    select: { orderId: true },
    distinct: ["orderId"],
    take: 200,
  });
  let released = 0;
  for (const { orderId } of expired) {
    const done = await db.$transaction(async (tx) => {
      await lockOrder(tx, orderId);
      // A payment event may have extended the hold while we were looking.
      const stillHeld = await tx.stockReservation.count({ where: { orderId, status: "held", expiresAt: { gte: now } } });
      return stillHeld === 0 && (await releaseOrder(tx, orderId, now));
    });
    if (done) released++;
  }
  return released;
}

const SWEEP_INTERVAL_MS = 60_000;
let timer: NodeJS.Timeout | undefined;

let sweeps = 0;
const CART_SWEEP_EVERY = 60;

/**
 * Sweeps expired holds once a minute (and abandoned carts once an hour) in the server process;
 * never keeps the process alive by itself.
 */
export function startReservationSweeper() {
  if (timer) return;
  timer = setInterval(() => {
    releaseExpiredReservations()
      .then((count) => {
        if (count > 0) logger.info({ orders: count }, "expired stock holds released");
      })
      .catch((error: unknown) => logger.warn({ err: error }, "releasing expired stock holds failed"));
    if (++sweeps % CART_SWEEP_EVERY === 0) {
      deleteAbandonedCarts().catch((error: unknown) => logger.warn({ err: error }, "deleting abandoned carts failed"));
    }
  }, SWEEP_INTERVAL_MS);
  timer.unref();
}
