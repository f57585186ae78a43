import type { Tx } from "~/lib/db.server";
import { dayOf } from "./calendar";
import { postTransaction, type EntryInput } from "./ledger.server";
import { lockLine, pendingForLine } from "./line-earnings.server";

/**
 * An order paid as a Stripe Connect destination charge has already paid its maker: Stripe moved her
 * share to her connected account with the payment. The ledger says so in the words it uses for every
 * other payout: each line's pending share becomes available (under the same idempotency key as a
 * delivery or hold-period release, so those later find nothing to move), and a payout takes it out of
 * available against payments clearing, with a Payout row (method stripe_connect) naming the order.
 */

export interface DestinationChargePayout {
  orderId: string;
  makerId: string;
  /** The Checkout Session at Stripe. */
  reference: string;
  paidAt: Date;
  /** What Stripe transferred, in the order's currency. */
  currency: string;
  amountMinor: number;
}

/** Posts the payout of a destination charge once per order, after postOrderPaid and in its transaction. The payout's id, or null when there was nothing (more) to post. */
export async function postDestinationChargePayout(input: DestinationChargePayout, tx: Tx): Promise<string | null> {
  const idempotencyKey = `payout:stripe_connect:${input.orderId}`;
  if (await tx.ledgerTransaction.findUnique({ where: { idempotencyKey }, select: { id: true } })) return null;
  const orderLines = await tx.orderLine.findMany({ where: { orderId: input.orderId, makerId: input.makerId }, orderBy: { id: "asc" }, select: { id: true } });
  const maker = { makerId: input.makerId };
  const released: { orderLineId: string; amount: number }[] = [];
  for (const { id } of orderLines) {
    await lockLine(id, tx);
    const { amount } = await pendingForLine(id, tx);
    if (amount <= 0) continue;
    await postTransaction(
      {
        kind: "earnings_available",
        idempotencyKey: `earnings_available:${id}`,
        description: "Earnings available: paid out with the payment (Stripe Connect)",
        occurredAt: input.paidAt,
        orderId: input.orderId,
        entries: [
          { kind: "maker_pending", owner: maker, amountInr: amount, orderLineId: id },
          { kind: "maker_available", owner: maker, amountInr: -amount, orderLineId: id },
        ],
      },
      tx,
    );
    released.push({ orderLineId: id, amount });
  }
  const amountInr = released.reduce((sum, line) => sum + line.amount, 0);
  if (amountInr === 0) return null;
  const entries: EntryInput[] = [
    ...released.map((line): EntryInput => ({ kind: "maker_available", owner: maker, amountInr: line.amount, orderLineId: line.orderLineId })),
    { kind: "payments_clearing", amountInr: -amountInr, originalCurrency: input.currency, originalAmountMinor: -input.amountMinor },
  ];
  await postTransaction({ kind: "payout", idempotencyKey, description: "Payout by Stripe Connect destination charge", occurredAt: input.paidAt, orderId: input.orderId, entries }, tx);
  const ledgerTransaction = await tx.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
  const payout = await tx.payout.create({
    data: {
      makerId: input.makerId,
      amountInr,
      method: "stripe_connect",
      reference: input.reference,
      paidOn: new Date(`${dayOf(input.paidAt)}T00:00:00.000Z`),
      orderId: input.orderId,
      ledgerTransactionId: ledgerTransaction.id,
    },
    select: { id: true },
  });
  return payout.id;
}
