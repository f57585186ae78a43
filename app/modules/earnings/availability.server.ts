import { db, type Tx } from "~/lib/db.server";
import { postTransaction } from "./ledger.server";
import { lockLine, pendingForLine } from "./line-earnings.server";

/**
 * A line's earnings wait in the maker's pending account until the line is delivered or the
 * organisation's hold period has passed; then they move to her available account, once.
 */

/** Moves a line's pending earnings to available; idempotent per line. Returns the amount moved. */
export async function releaseLineEarnings(orderLineId: string, reason: "delivered" | "hold_elapsed", tx: Tx, now = new Date()): Promise<number> {
  await lockLine(orderLineId, tx);
  const { amount, makerId } = await pendingForLine(orderLineId, tx);
  if (amount <= 0 || !makerId) return 0;
  const posted = await postTransaction(
    {
      kind: "earnings_available",
      idempotencyKey: `earnings_available:${orderLineId}`,
      description: reason === "delivered" ? "Earnings available: delivered" : "Earnings available: hold period over",
      occurredAt: now,
      entries: [
        { kind: "maker_pending", owner: { makerId }, amountInr: amount, orderLineId },
        { kind: "maker_available", owner: { makerId }, amountInr: -amount, orderLineId },
      ],
    },
    tx,
  );
  return posted ? amount : 0;
}

/**
 * Releases every paid line whose hold period (from its organisation's fee rule in force at payment)
 * has passed, and every delivered line not yet released. Run now and then; safe to run twice.
 */
export async function releaseDueEarnings(now = new Date()): Promise<number> {
  const due = await db.$queryRaw<{ id: string; reason: "delivered" | "hold_elapsed" }[]>`
    SELECT l.id, CASE WHEN l.status = 'delivered' THEN 'delivered' ELSE 'hold_elapsed' END AS reason
    FROM order_line l
    JOIN shop_order o ON o.id = l.order_id
    LEFT JOIN LATERAL (
      SELECT hold_days FROM fee_rule r WHERE r.organisation_id = l.organisation_id AND r.valid_from <= o.paid_at ORDER BY r.valid_from DESC LIMIT 1
    ) rule ON true
    WHERE l.maker_id IS NOT NULL
      AND o.paid_at IS NOT NULL
      AND l.status IN ('paid', 'shipped', 'delivered')
      AND (l.status = 'delivered' OR o.paid_at + make_interval(days => coalesce(rule.hold_days, 14)) <= ${now})
      AND NOT EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.idempotency_key = 'earnings_available:' || l.id::text)`;
  let released = 0;
  for (const line of due) {
    released += await db.$transaction((tx) => releaseLineEarnings(line.id, line.reason, tx, now));
  }
  return released;
}
