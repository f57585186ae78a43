import { db, type Tx } from "~/lib/db.server";
import type { LedgerAccountKind, Prisma } from "~/generated/prisma/client";
import { splitLine, type LineSplit } from "./fees";
import { feeTermsFor } from "./fee-rules.server";
import { lockLine, pendingForLine, refundedForLine } from "./line-earnings.server";

/**
 * The double-entry ledger in INR paise: positive amounts are debits, negative credits, and every
 * transaction sums to zero (the database refuses anything else at commit). Nothing is edited or
 * deleted; a refund is a new, reversing transaction.
 */

export interface Owner {
  makerId?: string | null;
  organisationId?: string | null;
}

export function accountKey(kind: LedgerAccountKind, owner: Owner = {}) {
  const id = owner.makerId ?? owner.organisationId;
  return id ? `${kind}:${id}` : kind;
}

async function accountId(tx: Tx, kind: LedgerAccountKind, owner: Owner = {}) {
  const key = accountKey(kind, owner);
  const account = await tx.ledgerAccount.upsert({
    where: { key },
    create: { key, kind, makerId: owner.makerId ?? null, organisationId: owner.makerId ? null : (owner.organisationId ?? null) },
    update: {},
    select: { id: true },
  });
  return account.id;
}

/** The ids of the entries' accounts by key: one query for those that exist, an upsert for each new one. */
async function accountIds(tx: Tx, entries: readonly EntryInput[]): Promise<Map<string, string>> {
  const wanted = new Map(entries.map((entry) => [accountKey(entry.kind, entry.owner), entry]));
  const found = await tx.ledgerAccount.findMany({ where: { key: { in: [...wanted.keys()] } }, select: { id: true, key: true } });
  const ids = new Map(found.map((account) => [account.key, account.id]));
  for (const [key, entry] of wanted) if (!ids.has(key)) ids.set(key, await accountId(tx, entry.kind, entry.owner));
  return ids;
}

export interface EntryInput {
  kind: LedgerAccountKind;
  owner?: Owner;
  amountInr: number;
  orderLineId?: string;
  originalCurrency?: string;
  originalAmountMinor?: number;
}

export interface TransactionInput {
  kind: string;
  idempotencyKey: string;
  description: string;
  occurredAt: Date;
  orderId?: string;
  entries: EntryInput[];
}

/**
 * Posts a transaction once: a second call with the same idempotency key changes nothing and returns
 * false. Zero entries are left out. Must run inside the caller's transaction when given one.
 */
export async function postTransaction(input: TransactionInput, tx: Tx): Promise<boolean> {
  const entries = input.entries.filter((entry) => entry.amountInr !== 0);
  // ON CONFLICT DO NOTHING: concurrent duplicates wait on the unique key, then find it taken.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO ledger_transaction (id, kind, idempotency_key, order_id, description, occurred_at)
    VALUES (gen_random_uuid(), ${input.kind}, ${input.idempotencyKey}, ${input.orderId ?? null}::uuid, ${input.description}, ${input.occurredAt})
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id`;
  const transactionId = inserted[0]?.id;
  if (!transactionId) return false;
  const ids = await accountIds(tx, entries);
  const rows: Prisma.LedgerEntryCreateManyInput[] = [];
  for (const entry of entries) {
    rows.push({
      transactionId,
      accountId: ids.get(accountKey(entry.kind, entry.owner))!,
      amountInr: BigInt(entry.amountInr),
      orderLineId: entry.orderLineId ?? null,
      originalCurrency: entry.originalCurrency ?? null,
      originalAmountMinor: entry.originalAmountMinor === undefined ? null : BigInt(entry.originalAmountMinor),
    });
  }
  await tx.ledgerEntry.createMany({ data: rows });
  return true;
}

/** Where a line's earnings go: its maker, or the organisation when it made the piece collectively. */
function earner(line: { makerId: string | null; organisationId: string }): { kind: LedgerAccountKind; owner: Owner } {
  return line.makerId ? { kind: "maker_pending", owner: { makerId: line.makerId } } : { kind: "organisation_earnings", owner: { organisationId: line.organisationId } };
}

/**
 * Posts a paid order: per line the buyer's payment (in INR at the order's locked rate, with the
 * original currency and amount kept), the maker's share, the cooperative's and the platform's fees;
 * then shipping as a pass-through. Idempotent per order.
 */
export async function postOrderPaid(orderId: string, tx: Tx): Promise<boolean> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  const at = order.paidAt ?? new Date();
  const entries: EntryInput[] = [];
  const terms = new Map<string, Awaited<ReturnType<typeof feeTermsFor>>>();
  for (const line of order.lines) {
    if (!terms.has(line.organisationId)) terms.set(line.organisationId, await feeTermsFor(line.organisationId, at, tx));
    const split = splitLine(line.totalInr, terms.get(line.organisationId)!);
    const { kind, owner } = earner(line);
    entries.push(
      { kind: "payments_clearing", amountInr: line.totalInr, orderLineId: line.id, originalCurrency: order.currency, originalAmountMinor: line.totalMinor },
      { kind, owner, amountInr: -split.maker, orderLineId: line.id },
      { kind: "organisation_fees", owner: { organisationId: line.organisationId }, amountInr: -split.cooperative, orderLineId: line.id },
      { kind: "platform_fees", amountInr: -split.platform, orderLineId: line.id },
    );
  }
  entries.push(
    { kind: "payments_clearing", amountInr: order.shippingInr, originalCurrency: order.currency, originalAmountMinor: order.shippingMinor },
    { kind: "shipping_passthrough", amountInr: -order.shippingInr },
  );
  return postTransaction(
    { kind: "order_paid", idempotencyKey: `order_paid:${order.id}`, description: `Order RW-${String(order.number).padStart(6, "0")} paid`, occurredAt: at, orderId: order.id, entries },
    tx,
  );
}

/** A line's fee split scaled to `part` of its total, rounded so that successive parts add up to the whole split. */
function splitPart(full: LineSplit, totalInr: number, refundedBefore: number, part: number): LineSplit {
  const upTo = (amount: number, share: number) => Math.round((share * amount) / totalInr);
  const cooperative = upTo(refundedBefore + part, full.cooperative) - upTo(refundedBefore, full.cooperative);
  const platform = upTo(refundedBefore + part, full.platform) - upTo(refundedBefore, full.platform);
  return { maker: part - cooperative - platform, cooperative, platform };
}

/**
 * Posts a refund as the reverse of what the refunded part posted: the line's split scaled to the
 * refunded amount (or every line and the shipping for a whole-order refund). The maker's share comes
 * back from what the line still has pending, and from her available earnings once it has been
 * released (which may leave them below zero when she has been paid out meanwhile). Idempotent per refund.
 */
export async function postRefund(refundId: string, tx: Tx): Promise<boolean> {
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { order: { include: { lines: true } } } });
  const { order } = refund;
  const lines = (refund.orderLineId ? order.lines.filter((line) => line.id === refund.orderLineId) : order.lines).sort((a, b) => a.id.localeCompare(b.id));
  const at = order.paidAt ?? refund.createdAt;
  const entries: EntryInput[] = [];
  let refundedLinesInr = 0;
  for (const line of lines) {
    await lockLine(line.id, tx);
    const refundedBefore = await refundedForLine(line.id, tx);
    const refundedInr = refund.orderLineId ? refund.amountInr : line.totalInr - refundedBefore;
    if (refundedInr <= 0) continue;
    refundedLinesInr += refundedInr;
    const part = splitPart(splitLine(line.totalInr, await feeTermsFor(line.organisationId, at, tx)), line.totalInr, refundedBefore, refundedInr);
    entries.push(
      { kind: "payments_clearing", amountInr: -refundedInr, orderLineId: line.id, originalCurrency: order.currency },
      ...(await makerReversal(line, part.maker, tx)),
      { kind: "organisation_fees", owner: { organisationId: line.organisationId }, amountInr: part.cooperative, orderLineId: line.id },
      { kind: "platform_fees", amountInr: part.platform, orderLineId: line.id },
    );
  }
  const shippingInr = refund.orderLineId ? 0 : refund.amountInr - refundedLinesInr;
  if (shippingInr > 0) {
    entries.push({ kind: "payments_clearing", amountInr: -shippingInr, originalCurrency: order.currency }, { kind: "shipping_passthrough", amountInr: shippingInr });
  }
  return postTransaction(
    { kind: "order_refund", idempotencyKey: `order_refund:${refund.id}`, description: `Refund on order RW-${String(order.number).padStart(6, "0")}`, occurredAt: refund.createdAt, orderId: order.id, entries },
    tx,
  );
}

/** The entries taking a refunded maker share back: from the line's pending earnings first, the rest from available. */
async function makerReversal(line: { id: string; makerId: string | null; organisationId: string }, share: number, tx: Tx): Promise<EntryInput[]> {
  const { kind, owner } = earner(line);
  if (!line.makerId) return [{ kind, owner, amountInr: share, orderLineId: line.id }];
  const fromPending = Math.min(share, Math.max(0, (await pendingForLine(line.id, tx)).amount));
  return [
    { kind: "maker_pending", owner, amountInr: fromPending, orderLineId: line.id },
    { kind: "maker_available", owner, amountInr: share - fromPending, orderLineId: line.id },
  ];
}

/** The balance of an account (sum of its entries; debits positive). */
export async function balanceOf(kind: LedgerAccountKind, owner: Owner = {}): Promise<number> {
  const rows = await db.$queryRaw<{ balance: bigint | null }[]>`
    SELECT sum(e.amount_inr) AS balance FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE a.key = ${accountKey(kind, owner)}`;
  return Number(rows[0]?.balance ?? 0n);
}

/**
 * What makers earned from sales since `since`, net of refunds: how many makers and how much. The shop's
 * impact figures; callers must suppress them when fewer than 11 makers stand behind them.
 */
export async function makerEarningsSince(since: Date): Promise<{ makers: number; totalInr: number }> {
  const rows = await db.$queryRaw<{ makers: bigint; total: bigint | null }[]>`
    SELECT count(*) AS makers, sum(earned) AS total FROM (
      SELECT a.maker_id, -sum(e.amount_inr) AS earned
      FROM ledger_entry e
      JOIN ledger_account a ON a.id = e.account_id
      JOIN ledger_transaction t ON t.id = e.transaction_id
      WHERE a.kind IN ('maker_pending', 'maker_available') AND t.kind IN ('order_paid', 'order_refund') AND t.occurred_at >= ${since}
      GROUP BY a.maker_id
      HAVING -sum(e.amount_inr) > 0
    ) per_maker`;
  return { makers: Number(rows[0]?.makers ?? 0n), totalInr: Number(rows[0]?.total ?? 0n) };
}
