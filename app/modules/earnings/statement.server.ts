import { db } from "~/lib/db.server";
import type { PayoutMethod } from "~/generated/prisma/client";
import { COOPERATIVE_TIME_ZONE, monthBounds } from "./calendar";

/** The maker's two accounts a statement shows. */
export type MakerAccount = "pending" | "available";
/** What kind of posting a line of the statement comes from; anything else the ledger may hold is an adjustment. */
export type StatementKind = "sale" | "refund" | "released" | "payout" | "adjustment";

const KINDS: Record<string, StatementKind> = { order_paid: "sale", order_refund: "refund", earnings_available: "released", payout: "payout" };

export interface StatementLine {
  at: Date;
  /** The Indian calendar day, "YYYY-MM-DD". */
  day: string;
  kind: StatementKind;
  account: MakerAccount;
  orderNumber: number | null;
  /** The ledger's own description (English, as posted). */
  description: string;
  /** The piece sold, when the entry belongs to an order line. */
  item: { title: string; quantity: number } | null;
  payout: { id: string; method: PayoutMethod; reference: string } | null;
  /** From her point of view: money added to the account is positive. */
  amountInr: number;
  /** The account's balance after this line. */
  balanceInr: number;
}

export interface Statement {
  month: string;
  opening: Record<MakerAccount, number>;
  closing: Record<MakerAccount, number>;
  lines: StatementLine[];
}

const accountOf = (kind: string): MakerAccount => (kind === "maker_pending" ? "pending" : "available");

/** Every ledger entry on the maker's pending and available accounts in one month, with running balances. */
export async function statement(makerId: string, month: string): Promise<Statement> {
  const { start, end } = monthBounds(month);
  const [before, rows] = await Promise.all([
    db.$queryRaw<{ account: string; balance: bigint }[]>`
      SELECT a.kind::text AS account, (-sum(e.amount_inr))::bigint AS balance
      FROM ledger_account a
      JOIN ledger_entry e ON e.account_id = a.id
      JOIN ledger_transaction t ON t.id = e.transaction_id
      WHERE a.maker_id = ${makerId}::uuid AND a.kind IN ('maker_pending', 'maker_available') AND t.occurred_at < ${start}
      GROUP BY a.kind`,
    db.$queryRaw<
      {
        occurred_at: Date;
        day: string;
        kind: string;
        account: string;
        description: string;
        order_number: number | null;
        title: string | null;
        quantity: number | null;
        payout_id: string | null;
        method: PayoutMethod | null;
        reference: string | null;
        amount: bigint;
      }[]
    >`
      SELECT t.occurred_at, to_char(t.occurred_at AT TIME ZONE ${COOPERATIVE_TIME_ZONE}, 'YYYY-MM-DD') AS day, t.kind, a.kind::text AS account,
        t.description, o.number AS order_number, l.title, l.quantity, p.id AS payout_id, p.method::text AS method, p.reference, (-e.amount_inr)::bigint AS amount
      FROM ledger_account a
      JOIN ledger_entry e ON e.account_id = a.id
      JOIN ledger_transaction t ON t.id = e.transaction_id
      LEFT JOIN order_line l ON l.id = e.order_line_id
      LEFT JOIN shop_order o ON o.id = coalesce(t.order_id, l.order_id)
      LEFT JOIN payout p ON p.ledger_transaction_id = t.id
      WHERE a.maker_id = ${makerId}::uuid AND a.kind IN ('maker_pending', 'maker_available')
        AND t.occurred_at >= ${start} AND t.occurred_at < ${end}
      ORDER BY t.occurred_at, t.created_at, t.id, a.kind`,
  ]);
  const opening: Record<MakerAccount, number> = { pending: 0, available: 0 };
  for (const row of before) opening[accountOf(row.account)] = Number(row.balance);
  const running = { ...opening };
  const lines = rows.map((row): StatementLine => {
    const account = accountOf(row.account);
    const amountInr = Number(row.amount);
    running[account] += amountInr;
    return {
      at: row.occurred_at,
      day: row.day,
      kind: KINDS[row.kind] ?? "adjustment",
      account,
      orderNumber: row.order_number,
      description: row.description,
      item: row.title ? { title: row.title, quantity: row.quantity ?? 1 } : null,
      payout: row.payout_id && row.method ? { id: row.payout_id, method: row.method, reference: row.reference ?? "" } : null,
      amountInr,
      balanceInr: running[account],
    };
  });
  return { month, opening, closing: running, lines };
}
