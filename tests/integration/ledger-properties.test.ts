import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LedgerAccountKind } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { availableBalance, balanceOf, recordPayout, releaseLineEarnings } from "~/modules/earnings/index.server";
import { createUser } from "./helpers";
import { createMakerShop, payOrder, refund, unbalancedTransactions, type MakerShop } from "./earnings-factories";

/**
 * Random histories against the real database, whose triggers hold the rules: sales under random fee
 * terms, refunds of parts or all of a line, releases and payouts of random amounts.
 */

const terms = fc.record({
  cooperativePercentBp: fc.integer({ min: 0, max: 4_000 }),
  cooperativeFlatInr: fc.integer({ min: 0, max: 5_000 }),
  platformPercentBp: fc.integer({ min: 0, max: 2_000 }),
  platformFlatInr: fc.integer({ min: 0, max: 3_000 }),
});

const operation = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("pay" as const), price: fc.integer({ min: 1, max: 5_000_000 }), quantity: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("refund" as const), order: fc.nat(), permille: fc.integer({ min: 1, max: 1_000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("release" as const), order: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("payout" as const), amount: fc.integer({ min: -1_000, max: 3_000_000 }) }) },
);

const RUNS = { numRuns: 25 };
const paidOn = () => new Date(`${new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10)}T00:00:00.000Z`);

/** Every account of the shop's maker and organisation, and the platform's, by kind and owner. */
function accountsOf(shop: MakerShop): [LedgerAccountKind, { makerId?: string; organisationId?: string }][] {
  return [
    ["maker_pending", { makerId: shop.maker.id }],
    ["maker_available", { makerId: shop.maker.id }],
    ["organisation_fees", { organisationId: shop.organisationId }],
    ["platform_fees", {}],
    ["payments_clearing", {}],
  ];
}

/** The account's balance summed here, entry by entry, not by the ledger's own query. */
async function summedEntries(kind: LedgerAccountKind, owner: { makerId?: string; organisationId?: string }) {
  const entries = await db.ledgerEntry.findMany({ where: { account: { kind, makerId: owner.makerId ?? null, organisationId: owner.makerId ? null : (owner.organisationId ?? null) } }, select: { amountInr: true } });
  return entries.reduce((sum, entry) => sum + Number(entry.amountInr), 0);
}

describe("ledger properties", () => {
  it("every transaction balances, balances are the sum of their entries, payouts never exceed what is available", async () => {
    const actor = { id: (await createUser(["coordinator"])).id, ip: null };
    await fc.assert(
      fc.asyncProperty(terms, fc.array(operation, { minLength: 1, maxLength: 10 }), async (feeTerms, operations) => {
        const shop = await createMakerShop({ terms: feeTerms });
        const orders: { order: Awaited<ReturnType<typeof payOrder>>; refunded: number }[] = [];
        for (const op of operations) {
          if (op.kind === "pay") {
            orders.push({ order: await payOrder([{ shop, unitPriceInr: op.price, quantity: op.quantity }]), refunded: 0 });
          } else if (op.kind === "refund" && orders.length) {
            const entry = orders[op.order % orders.length]!;
            const remaining = entry.order.totalInr - entry.refunded;
            if (remaining === 0) continue;
            const amountInr = Math.max(1, Math.floor((remaining * op.permille) / 1_000));
            await refund(entry.order, { lineId: entry.order.lines[0]!.id, amountInr });
            entry.refunded += amountInr;
          } else if (op.kind === "release" && orders.length) {
            await db.$transaction((tx) => releaseLineEarnings(orders[op.order % orders.length]!.order.lines[0]!.id, "delivered", tx));
          } else if (op.kind === "payout") {
            const before = await availableBalance(shop.maker.id);
            const result = await recordPayout({ makerId: shop.maker.id, amountInr: op.amount, method: "cash", reference: "handed over", paidOn: paidOn() }, actor);
            if (op.amount <= 0) expect(result).toEqual({ ok: false, reason: "notPositive" });
            else if (op.amount > before) expect(result).toEqual({ ok: false, reason: "exceedsAvailable", availableInr: before });
            else expect(result.ok).toBe(true);
            const after = await availableBalance(shop.maker.id);
            expect(after).toBe(result.ok ? before - op.amount : before);
            if (result.ok) expect(after).toBeGreaterThanOrEqual(0);
          }
        }

        expect(await unbalancedTransactions()).toBe(0);
        for (const [kind, owner] of accountsOf(shop)) expect([kind, await balanceOf(kind, owner)]).toEqual([kind, await summedEntries(kind, owner)]);
        const pendingByLine = await db.$queryRaw<{ pending: bigint }[]>`
          SELECT (-sum(e.amount_inr))::bigint AS pending FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
          WHERE a.kind = 'maker_pending' AND a.maker_id = ${shop.maker.id}::uuid GROUP BY e.order_line_id`;
        for (const line of pendingByLine) expect(Number(line.pending)).toBeGreaterThanOrEqual(0);
        // Her share of a fully refunded line comes back whole, wherever it had gone.
        for (const { order, refunded } of orders.filter((entry) => entry.refunded === entry.order.totalInr)) {
          const rows = await db.$queryRaw<{ net: bigint | null }[]>`
            SELECT sum(e.amount_inr)::bigint AS net FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
            WHERE e.order_line_id = ${order.lines[0]!.id}::uuid AND a.kind IN ('maker_pending', 'maker_available', 'organisation_fees', 'platform_fees', 'payments_clearing')`;
          expect([refunded, Number(rows[0]?.net ?? 0n)]).toEqual([order.totalInr, 0]);
        }
      }),
      RUNS,
    );
  });

  it("paying and then refunding in full puts every account back where it was", async () => {
    await fc.assert(
      fc.asyncProperty(
        terms,
        fc.array(fc.record({ price: fc.integer({ min: 1, max: 2_000_000 }), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 30_000 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 3 }),
        async (feeTerms, lines, shippingInr, releaseFirst, cuts) => {
          const shop = await createMakerShop({ terms: feeTerms });
          const before = new Map(await Promise.all(accountsOf(shop).map(async ([kind, owner]) => [kind, await balanceOf(kind, owner)] as const)));
          const order = await payOrder(
            lines.map((line) => ({ shop, unitPriceInr: line.price, quantity: line.quantity })),
            { shippingInr },
          );
          if (releaseFirst) for (const line of order.lines) await db.$transaction((tx) => releaseLineEarnings(line.id, "delivered", tx));
          if (cuts.length === 0) {
            await refund(order);
          } else {
            // Each line in parts at the given cuts (per mille of what is left), the shipping stays paid.
            for (const line of order.lines) {
              let left = line.totalInr;
              for (const cut of cuts) {
                const part = Math.floor((left * cut) / 1_000);
                if (part > 0 && part < left) {
                  await refund(order, { lineId: line.id, amountInr: part });
                  left -= part;
                }
              }
              await refund(order, { lineId: line.id, amountInr: left });
            }
          }
          for (const [kind, owner] of accountsOf(shop)) {
            const expected = (before.get(kind) ?? 0) + (kind === "payments_clearing" && cuts.length ? shippingInr : 0);
            expect([kind, await balanceOf(kind, owner)]).toEqual([kind, expected]);
          }
          expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(0);
          expect(await availableBalance(shop.maker.id)).toBe(0);
        },
      ),
      RUNS,
    );
  });
});
