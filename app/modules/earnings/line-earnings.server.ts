import type { Tx } from "~/lib/db.server";

/**
 * Releasing a line's earnings and refunding it both read what the line left in the maker's pending
 * account; a lock per line makes them take turns, so a refund never reverses money already moved.
 */
export async function lockLine(lineId: string, tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`order_line:${lineId}`}))`;
}

/** What of this line's maker share is still pending (net of refunds), in paise. */
export async function pendingForLine(orderLineId: string, tx: Tx): Promise<{ amount: number; makerId: string | null }> {
  const rows = await tx.$queryRaw<{ maker_id: string | null; pending: bigint | null }[]>`
    SELECT a.maker_id, (-sum(e.amount_inr))::bigint AS pending
    FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE e.order_line_id = ${orderLineId}::uuid AND a.kind = 'maker_pending'
    GROUP BY a.maker_id`;
  const row = rows[0];
  return { amount: Number(row?.pending ?? 0n), makerId: row?.maker_id ?? null };
}

/** How much of the line has been refunded already, in paise (from the ledger's own reversals). */
export async function refundedForLine(orderLineId: string, tx: Tx): Promise<number> {
  const rows = await tx.$queryRaw<{ refunded: bigint | null }[]>`
    SELECT (-sum(e.amount_inr))::bigint AS refunded
    FROM ledger_entry e
    JOIN ledger_account a ON a.id = e.account_id
    JOIN ledger_transaction t ON t.id = e.transaction_id
    WHERE e.order_line_id = ${orderLineId}::uuid AND a.kind = 'payments_clearing' AND t.kind = 'order_refund'`;
  return Number(rows[0]?.refunded ?? 0n);
}
