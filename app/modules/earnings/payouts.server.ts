import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { PayoutMethod } from "~/generated/prisma/client";
import { dayOf, endOfDay } from "./calendar";
import { accountKey, postTransaction } from "./ledger.server";

/** What a maker can be paid now: her available balance, in paise (a credit balance, shown positive). */
export async function availableBalance(makerId: string, tx: Tx = db): Promise<number> {
  const rows = await tx.$queryRaw<{ balance: bigint | null }[]>`
    SELECT (-sum(e.amount_inr))::bigint AS balance FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE a.key = ${accountKey("maker_available", { makerId })}`;
  return Number(rows[0]?.balance ?? 0n);
}

/** How far back a coordinator may date a payout: it is recorded when the money is handed over, or soon after. */
export const PAYOUT_BACKDATE_DAYS = 90;

export interface PayoutInput {
  makerId: string;
  amountInr: number;
  method: Exclude<PayoutMethod, "stripe_connect">;
  reference: string;
  /** The Indian calendar day it was paid, at UTC midnight (as date columns arrive). */
  paidOn: Date;
}

export type PayoutResult =
  | { ok: true; payoutId: string }
  | { ok: false; reason: "exceedsAvailable"; availableInr: number }
  | { ok: false; reason: "notPositive" | "dateOutOfRange" | "unknownMaker" };

/** Whether `paidOn` is today or one of the PAYOUT_BACKDATE_DAYS before it, in India. */
export function isPayoutDateAllowed(paidOn: Date, now = new Date()): boolean {
  const today = new Date(`${dayOf(now)}T00:00:00.000Z`).getTime();
  return paidOn.getTime() <= today && paidOn.getTime() >= today - PAYOUT_BACKDATE_DAYS * 86_400_000;
}

/**
 * Records money paid to a maker and posts it (available earnings down, clearing down), refusing any
 * amount above what is available. Concurrent payouts for one maker are serialised by a lock on her.
 * The posting is dated on the day paid (now, when that is today), so statements show it there.
 */
export async function recordPayout(input: PayoutInput, actor: { id: string; ip: string | null }, now = new Date()): Promise<PayoutResult> {
  if (!Number.isSafeInteger(input.amountInr) || input.amountInr <= 0) return { ok: false, reason: "notPositive" };
  if (!isPayoutDateAllowed(input.paidOn, now)) return { ok: false, reason: "dateOutOfRange" };
  const maker = await db.maker.findUnique({ where: { id: input.makerId }, select: { organisationId: true } });
  if (!maker) return { ok: false, reason: "unknownMaker" };
  const occurredAt = dayOf(now) === input.paidOn.toISOString().slice(0, 10) ? now : endOfDay(input.paidOn);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`payout:${input.makerId}`}))`;
    const available = await availableBalance(input.makerId, tx);
    if (input.amountInr > available) return { ok: false as const, reason: "exceedsAvailable" as const, availableInr: available };
    const idempotencyKey = `payout:${crypto.randomUUID()}`;
    await postTransaction(
      {
        kind: "payout",
        idempotencyKey,
        description: `Payout by ${input.method.replace("_", " ")}`,
        occurredAt,
        entries: [
          { kind: "maker_available", owner: { makerId: input.makerId }, amountInr: input.amountInr },
          { kind: "payments_clearing", amountInr: -input.amountInr },
        ],
      },
      tx,
    );
    const ledgerTransaction = await tx.ledgerTransaction.findUniqueOrThrow({ where: { idempotencyKey }, select: { id: true } });
    const payout = await tx.payout.create({
      data: { ...input, recordedById: actor.id, ledgerTransactionId: ledgerTransaction.id },
    });
    await recordAudit(
      {
        action: "earnings.payout.recorded",
        actorId: actor.id,
        organisationId: maker.organisationId,
        entityType: "payout",
        entityId: payout.id,
        ip: actor.ip,
        details: { makerId: input.makerId, method: input.method },
      },
      tx,
    );
    return { ok: true as const, payoutId: payout.id };
  });
}
