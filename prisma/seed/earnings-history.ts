import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db } from "~/lib/db.server";
import type { PayoutMethod } from "~/generated/prisma/client";
import { dayOf, lastMonths, monthBounds } from "~/modules/earnings/calendar";
import { availableBalance, postRefund, recordPayout, releaseLineEarnings } from "~/modules/earnings/index.server";
import { BUYERS, createSeedOrder, orderReferenceData, sellableVariants, type SeedOrderSpec, type SeedVariant } from "./orders";

/**
 * Eighteen months of the shop's history, so that the studio's earnings pages have something true to
 * show: paid orders in several currencies, shipped and delivered, a few refunded; each line's earnings
 * released when delivered or when the hold period ends; and a payout to each maker early in most
 * months. Everything after the orders themselves happens in time order, through the same functions
 * the app uses, so that every payout was covered by what was available on its day.
 */

const MONTHS = 18;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** As the demo's fee rules say. */
const HOLD_DAYS = 14;
/** Makers are paid when they have at least this much available (paise). */
const MINIMUM_PAYOUT = 50_000;
const DEMO_MAKER = "daphi";

export interface EarningsHistoryContext {
  /** Who records the payouts: the demo coordinator. */
  coordinatorId: string;
  now: Date;
}

interface PlannedOrder extends SeedOrderSpec {
  refundAt?: Date;
}

type Event =
  | { at: Date; kind: "release"; lineId: string; reason: "delivered" | "hold_elapsed" }
  | { at: Date; kind: "refund"; order: { id: string; totalInr: number; totalMinor: number; currency: string } }
  | { at: Date; kind: "payout"; makerId: string; method: Exclude<PayoutMethod, "stripe_connect">; reference: string };

const laterOf = (base: Date, days: number) => new Date(base.getTime() + days * DAY);

function planOrders(variants: SeedVariant[], daphi: string, now: Date): PlannedOrder[] {
  const byMaker = new Map<string, SeedVariant[]>();
  for (const variant of variants) {
    const key = variant.product.makerId ?? "cooperative";
    byMaker.set(key, [...(byMaker.get(key) ?? []), variant]);
  }
  const makerKeys = [...byMaker.keys()];
  const weighted = makerKeys.map((key) => ({ weight: key === daphi ? 3 : key === "cooperative" ? 1 : 2, value: key }));
  const months = lastMonths(MONTHS, now);
  const plans: PlannedOrder[] = [];

  months.forEach((month, index) => {
    const { start, end } = monthBounds(month);
    const until = new Date(Math.min(end.getTime(), now.getTime() - HOUR));
    if (until <= start) return;
    const share = (until.getTime() - start.getTime()) / (end.getTime() - start.getTime());
    const count = Math.max(1, Math.round((9 + index * 0.5) * share));
    // Daphi, the demo artisan, sells a few pieces every month besides.
    const daphiOrders = Math.round(faker.number.int({ min: 2, max: 5 }) * share);
    for (let position = 0; position < count + daphiOrders; position++) {
      // The first few orders of each month go round the makers, so that everyone sells every few months.
      const makerKey = position >= count ? daphi : position < 4 ? makerKeys[(index * 4 + position) % makerKeys.length]! : faker.helpers.weightedArrayElement(weighted);
      const first = faker.helpers.arrayElement(byMaker.get(makerKey)!);
      const second = faker.datatype.boolean({ probability: 0.3 }) ? faker.helpers.arrayElement(variants.filter((variant) => variant.id !== first.id)) : null;
      const picks = [first, ...(second ? [second] : [])].map((variant) => ({ variant, quantity: faker.helpers.weightedArrayElement([{ weight: 4, value: 1 }, { weight: 1, value: 2 }]) }));
      const paidAt = faker.date.between({ from: start, to: until });
      plans.push({ buyer: faker.helpers.arrayElement(BUYERS), picks, paidAt, ...fulfilment(paidAt, now) });
    }
  });

  // Daphi, the demo artisan, has a few orders waiting to be sent.
  for (const daysAgo of [1, 2, 4, 6]) {
    const variant = faker.helpers.arrayElement(byMaker.get(daphi)!);
    plans.push({ buyer: faker.helpers.arrayElement(BUYERS), picks: [{ variant, quantity: 1 }], paidAt: new Date(now.getTime() - daysAgo * DAY - faker.number.int({ min: 1, max: 10 }) * HOUR) });
  }
  // And one sale that arrived damaged and was refunded after its earnings had become available.
  const damaged = plans.find((plan) => plan.picks[0]!.variant.product.makerId === daphi && plan.deliveredAt && now.getTime() - plan.paidAt.getTime() > 120 * DAY && !plan.refundAt);
  if (damaged) {
    damaged.refunded = true;
    damaged.refundAt = laterOf(damaged.deliveredAt!, 4);
  }
  return plans.sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime());
}

/** Shipped a day or three after payment, delivered a week or two later; one in forty refunded before it arrived. */
function fulfilment(paidAt: Date, now: Date): Omit<PlannedOrder, "buyer" | "picks" | "paidAt"> {
  const shippedAt = laterOf(paidAt, faker.number.float({ min: 1, max: 3 }));
  if (shippedAt > now) return {};
  const deliveredAt = laterOf(paidAt, faker.number.float({ min: 6, max: 16 }));
  const lost = faker.datatype.boolean({ probability: 0.08 });
  const refundAt = faker.datatype.boolean({ probability: 0.025 }) ? laterOf(paidAt, faker.number.float({ min: 4, max: 10 })) : undefined;
  if (refundAt && refundAt <= now) return { shippedAt, refunded: true, refundAt };
  return { shippedAt, deliveredAt: !lost && deliveredAt <= now ? deliveredAt : undefined };
}

function payoutPlan(makerId: string, method: Exclude<PayoutMethod, "stripe_connect">, now: Date, firstMonth: string): Event[] {
  return lastMonths(MONTHS, now)
    .filter((month) => month > firstMonth)
    .map((month): Event => {
      const at = new Date(monthBounds(month).start.getTime() + faker.number.int({ min: 4, max: 8 }) * DAY + 11 * HOUR);
      const reference =
        method === "upi" ? faker.string.numeric(12) : method === "bank_transfer" ? `NEFT ${faker.string.alphanumeric({ length: 16, casing: "upper" })}` : "Cash, handed over at the cooperative office";
      return { at, kind: "payout", makerId, method, reference };
    })
    .filter((event) => event.at <= now);
}

export async function seedEarningsHistory(db: Db, context: EarningsHistoryContext) {
  const { now } = context;
  faker.seed(2029);
  const [variants, reference] = await Promise.all([sellableVariants(db), orderReferenceData(db)]);
  const daphi = await db.maker.findUniqueOrThrow({ where: { slug: DEMO_MAKER }, select: { id: true } });
  const plans = planOrders(variants, daphi.id, now);

  const events: Event[] = [];
  for (let from = 0; from < plans.length; from += 50) {
    const created = await db.$transaction(
      async (tx) => {
        const orders = [];
        for (const plan of plans.slice(from, from + 50)) orders.push({ plan, order: await createSeedOrder(tx, reference, plan) });
        return orders;
      },
      { timeout: 120_000 },
    );
    for (const { plan, order } of created) {
      if (plan.refundAt) events.push({ at: plan.refundAt, kind: "refund", order });
      const releaseAt = plan.deliveredAt ?? laterOf(plan.paidAt, HOLD_DAYS);
      if (releaseAt > now || (plan.refundAt && plan.refundAt <= releaseAt)) continue;
      for (const line of order.lines) if (line.makerId) events.push({ at: releaseAt, kind: "release", lineId: line.id, reason: plan.deliveredAt ? "delivered" : "hold_elapsed" });
    }
  }

  const firstMonth = lastMonths(MONTHS, now)[0]!;
  const sellers = [...new Set(variants.map((variant) => variant.product.makerId).filter((id): id is string => id !== null))].sort();
  for (const makerId of sellers) {
    const method = makerId === daphi.id ? "upi" : faker.helpers.arrayElement(["bank_transfer", "upi", "cash"] as const);
    events.push(...payoutPlan(makerId, method, now, firstMonth));
  }
  await replay(db, events.sort((a, b) => a.at.getTime() - b.at.getTime()), context.coordinatorId);
}

/** Applies releases and refunds in batches, and payouts one by one, all in time order. */
async function replay(db: Db, events: Event[], coordinatorId: string) {
  let batch: Event[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const pending = batch;
    batch = [];
    await db.$transaction(
      async (tx) => {
        for (const event of pending) {
          if (event.kind === "release") await releaseLineEarnings(event.lineId, event.reason, tx, event.at);
          if (event.kind === "refund") {
            const { order } = event;
            const refund = await tx.refund.create({
              data: {
                orderId: order.id,
                amountInr: order.totalInr,
                amountMinor: order.totalMinor,
                currency: order.currency,
                reason: "Damaged in transit",
                idempotencyKey: `refund:${order.id}:order`,
                status: "succeeded",
                providerRefundId: `manual_refund_${order.id.slice(0, 8)}`,
                createdAt: event.at,
              },
            });
            await postRefund(refund.id, tx);
          }
        }
      },
      { timeout: 120_000 },
    );
  };
  for (const event of events) {
    if (event.kind !== "payout") {
      batch.push(event);
      continue;
    }
    await flush();
    const available = await availableBalance(event.makerId);
    if (available < MINIMUM_PAYOUT) continue;
    const result = await recordPayout(
      { makerId: event.makerId, amountInr: available - (available % 10_000), method: event.method, reference: event.reference, paidOn: new Date(`${dayOf(event.at)}T00:00:00.000Z`) },
      { id: coordinatorId, ip: null },
      event.at,
    );
    if (!result.ok) throw new Error(`demo payout refused: ${result.reason}`);
  }
  await flush();
}
