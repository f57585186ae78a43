import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { PayoutMethod } from "~/generated/prisma/client";
import { accountKey, postTransaction } from "./ledger.server";

/** What a maker can be paid now: her available balance, in paise (a credit balance, shown positive). */
export async function availableBalance(makerId: string, tx: Tx = db): Promise<number> {
  const rows = await tx.$queryRaw<{ balance: bigint | null }[]>`
    SELECT -sum(e.amount_inr) AS balance FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE a.key = ${accountKey("maker_available", { makerId })}`;
  return Number(rows[0]?.balance ?? 0n);
}

export interface PayoutInput {
  makerId: string;
  amountInr: number;
  method: Exclude<PayoutMethod, "stripe_connect">;
  reference: string;
  paidOn: Date;
}

export type PayoutResult = { ok: true; payoutId: string } | { ok: false; reason: "exceedsAvailable"; availableInr: number } | { ok: false; reason: "notPositive" };

/**
 * Records money paid to a maker and posts it (available earnings down, clearing down), refusing any
 * amount above what is available. Concurrent payouts for one maker are serialised by a lock on her.
 */
export async function recordPayout(input: PayoutInput, actor: { id: string; ip: string | null }): Promise<PayoutResult> {
  if (!Number.isSafeInteger(input.amountInr) || input.amountInr <= 0) return { ok: false, reason: "notPositive" };
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`payout:${input.makerId}`}))`;
    const available = await availableBalance(input.makerId, tx);
    if (input.amountInr > available) return { ok: false as const, reason: "exceedsAvailable" as const, availableInr: available };
    const transactionId = crypto.randomUUID();
    await postTransaction(
      {
        kind: "payout",
        idempotencyKey: `payout:${transactionId}`,
        description: `Payout by ${input.method.replace("_", " ")}`,
        occurredAt: new Date(),
        entries: [
          { kind: "maker_available", owner: { makerId: input.makerId }, amountInr: input.amountInr },
          { kind: "payments_clearing", amountInr: -input.amountInr },
        ],
      },
      tx,
    );
    const ledgerTransaction = await tx.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey: `payout:${transactionId}` }, select: { id: true } });
    const payout = await tx.payout.create({
      data: { ...input, recordedById: actor.id, ledgerTransactionId: ledgerTransaction.id },
    });
    await recordAudit({ action: "earnings.payout.recorded", actorId: actor.id, entityType: "payout", entityId: payout.id, ip: actor.ip, details: { makerId: input.makerId, method: input.method } }, tx);
    return { ok: true as const, payoutId: payout.id };
  });
}
