import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { postDestinationChargePayout } from "~/modules/earnings/index.server";
import { feeTermsFor, splitLine } from "~/modules/earnings/index.server";
import type { PaymentEvent } from "~/modules/payments/index.server";
import { destinationSplit } from "./connect-split";
import type { Rate } from "./pricing";

/**
 * Stripe Connect at checkout and payment: an order whose lines were all made by one maker with an
 * onboarded connected account is paid as a destination charge (Stripe India's way for marketplaces),
 * and once paid, the ledger records her share as paid out.
 */

export interface DestinationCharge {
  accountId: string;
  amountMinor: number;
  applicationFeeMinor: number;
}

interface PricedLine {
  makerId: string | null;
  organisationId: string;
  totalInr: number;
}

export async function destinationChargeFor(lines: readonly PricedLine[], totalMinor: number, rate: Rate, now: Date): Promise<DestinationCharge | null> {
  const makerIds = new Set(lines.map((line) => line.makerId));
  const [makerId] = makerIds;
  if (makerIds.size !== 1 || !makerId) return null;
  const maker = await db.maker.findUnique({ where: { id: makerId }, select: { stripeAccountId: true, stripeChargesEnabled: true } });
  if (!maker?.stripeAccountId || !maker.stripeChargesEnabled) return null;
  let makerShareInr = 0;
  for (const line of lines) makerShareInr += splitLine(line.totalInr, await feeTermsFor(line.organisationId, now)).maker;
  const split = destinationSplit(makerShareInr, totalMinor, rate);
  if (split.makerShareMinor === 0) return null;
  return { accountId: maker.stripeAccountId, amountMinor: split.makerShareMinor, applicationFeeMinor: split.applicationFeeMinor };
}

/** After postOrderPaid, in the same transaction: the payout of a destination charge, once per order. */
export async function postConnectPayout(tx: Tx, orderId: string, event: PaymentEvent): Promise<void> {
  if (!event.transfer) return;
  const maker = await tx.maker.findUnique({ where: { stripeAccountId: event.transfer.destination }, select: { id: true } });
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { paidAt: true, currency: true, lines: { select: { makerId: true } } } });
  if (!maker || order.lines.some((line) => line.makerId !== maker.id)) {
    logger.error({ orderId, eventId: event.id }, "a destination charge went to an account that is not the maker's of every line: reconcile it at Stripe");
    return;
  }
  await postDestinationChargePayout(
    { orderId, makerId: maker.id, reference: event.providerRef, paidAt: order.paidAt ?? new Date(), currency: order.currency, amountMinor: event.transfer.amountMinor },
    tx,
  );
}
