import { db } from "~/lib/db.server";
import { accountKey } from "./ledger.server";
import { COOPERATIVE_TIME_ZONE, lastMonths, monthBounds, monthOf } from "./calendar";

/** A maker's earnings at a glance, in paise, from her point of view (money owed to her is positive). */
export interface MakerBalances {
  /** Sold, waiting for delivery or the hold period. */
  pendingInr: number;
  /** Hers to be paid; below zero when a refund came after she had been paid. */
  availableInr: number;
  paidOutThisMonthInr: number;
  paidOutTotalInr: number;
}

export async function makerBalances(makerId: string, now = new Date()): Promise<MakerBalances> {
  const monthStart = `${monthOf(now)}-01`;
  const rows = await db.$queryRaw<{ pending: bigint; available: bigint; this_month: bigint; total: bigint }[]>`
    SELECT
      coalesce((SELECT -sum(e.amount_inr) FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id WHERE a.key = ${accountKey("maker_pending", { makerId })}), 0)::bigint AS pending,
      coalesce((SELECT -sum(e.amount_inr) FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id WHERE a.key = ${accountKey("maker_available", { makerId })}), 0)::bigint AS available,
      coalesce((SELECT sum(amount_inr) FROM payout WHERE maker_id = ${makerId}::uuid AND paid_on >= ${monthStart}::date), 0)::bigint AS this_month,
      coalesce((SELECT sum(amount_inr) FROM payout WHERE maker_id = ${makerId}::uuid), 0)::bigint AS total`;
  const row = rows[0]!;
  return { pendingInr: Number(row.pending), availableInr: Number(row.available), paidOutThisMonthInr: Number(row.this_month), paidOutTotalInr: Number(row.total) };
}

export interface MonthFigures {
  /** "YYYY-MM", in India's calendar. */
  month: string;
  /** Her share of sales that month, less refunds made that month. */
  earnedInr: number;
  paidOutInr: number;
}

/**
 * What each maker earned in each of the last `months` calendar months up to this one (her share of sales
 * less refunds, by the month they happened), oldest first; months without sales are zero. One query for
 * any number of makers.
 */
export async function monthlyEarnedOfMakers(makerIds: string[], months = 18, now = new Date()): Promise<Map<string, { month: string; earnedInr: number }[]>> {
  const range = lastMonths(months, now);
  const from = monthBounds(range[0]!).start;
  const rows = makerIds.length
    ? await db.$queryRaw<{ maker_id: string; month: string; amount: bigint }[]>`
        SELECT a.maker_id::text, to_char(t.occurred_at AT TIME ZONE ${COOPERATIVE_TIME_ZONE}, 'YYYY-MM') AS month, (-sum(e.amount_inr))::bigint AS amount
        FROM ledger_account a
        JOIN ledger_entry e ON e.account_id = a.id
        JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE a.maker_id = ANY(${makerIds}::uuid[]) AND a.kind IN ('maker_pending', 'maker_available')
          AND t.kind IN ('order_paid', 'order_refund') AND t.occurred_at >= ${from}
        GROUP BY 1, 2`
    : [];
  const earned = new Map(rows.map((row) => [`${row.maker_id}|${row.month}`, Number(row.amount)]));
  return new Map(makerIds.map((makerId) => [makerId, range.map((month) => ({ month, earnedInr: earned.get(`${makerId}|${month}`) ?? 0 }))]));
}

/** The last `months` calendar months up to this one, oldest first; months without activity are zero. */
export async function monthlyEarnings(makerId: string, months = 18, now = new Date()): Promise<MonthFigures[]> {
  const range = lastMonths(months, now);
  const [earned, paidOut] = await Promise.all([
    monthlyEarnedOfMakers([makerId], months, now),
    db.$queryRaw<{ month: string; amount: bigint }[]>`
      SELECT to_char(paid_on::timestamp, 'YYYY-MM') AS month, sum(amount_inr)::bigint AS amount
      FROM payout WHERE maker_id = ${makerId}::uuid AND paid_on >= ${`${range[0]}-01`}::date
      GROUP BY 1`,
  ]);
  const paidBy = new Map(paidOut.map((row) => [row.month, Number(row.amount)]));
  return earned.get(makerId)!.map(({ month, earnedInr }) => ({ month, earnedInr, paidOutInr: paidBy.get(month) ?? 0 }));
}
