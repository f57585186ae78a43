import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { availableBalance, balanceOf, postOrderPaid, recordPayout, releaseLineEarnings } from "~/modules/earnings/index.server";
import { createUser } from "./helpers";
import { createMakerShop, payOrder, rawBalances, refund, unbalancedTransactions } from "./earnings-factories";

const coordinatorActor = async () => ({ id: (await createUser(["coordinator"])).id, ip: null });

describe("posting a paid order", () => {
  it("posts once when many duplicate payment events arrive together", async () => {
    const shop = await createMakerShop();
    const order = await payOrder([{ shop, unitPriceInr: 100_000, quantity: 2 }], { shippingInr: 8_000 });
    const results = await Promise.all(Array.from({ length: 8 }, () => db.$transaction((tx) => postOrderPaid(order.id, tx))));

    expect(results.filter(Boolean)).toHaveLength(0);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id, kind: "order_paid" } })).toBe(1);
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(-170_000);
    expect(await balanceOf("payments_clearing")).toBe(208_000);
    expect(await balanceOf("shipping_passthrough")).toBe(-8_000);
  });

  it("posts once when the first posting itself races its duplicates", async () => {
    const shop = await createMakerShop();
    const order = await payOrder([{ shop, unitPriceInr: 50_000 }]);
    // A second order whose posting has not happened yet: its lines exist, the ledger knows nothing.
    const fresh = await db.order.create({
      data: { ...orderCopy(order), lines: { create: order.lines.map(({ id: _id, orderId: _orderId, shipmentId: _shipmentId, ...line }) => line) } },
    });
    const results = await Promise.all(Array.from({ length: 6 }, () => db.$transaction((tx) => postOrderPaid(fresh.id, tx))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.ledgerTransaction.count({ where: { orderId: fresh.id } })).toBe(1);
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(-85_000);
    expect(await unbalancedTransactions()).toBe(0);
  });

  it("uses the fee rule in force when the order was paid, before and after a change", async () => {
    const shop = await createMakerShop({ terms: { cooperativePercentBp: 1_000, platformPercentBp: 500 } });
    await db.feeRule.create({
      data: { organisationId: shop.organisationId, validFrom: new Date("2026-03-01T00:00:00Z"), cooperativePercentBp: 2_000, cooperativeFlatInr: 1_000, platformPercentBp: 0, platformFlatInr: 0 },
    });
    const before = await payOrder([{ shop, unitPriceInr: 100_000 }], { paidAt: new Date("2026-02-28T23:59:59Z") });
    const after = await payOrder([{ shop, unitPriceInr: 100_000 }], { paidAt: new Date("2026-03-01T00:00:00Z") });

    const makerShare = async (orderId: string) =>
      (await db.ledgerEntry.findFirstOrThrow({ where: { transaction: { orderId, kind: "order_paid" }, account: { kind: "maker_pending" } } })).amountInr;
    expect(await makerShare(before.id)).toBe(-85_000n);
    expect(await makerShare(after.id)).toBe(-79_000n);
    expect(await balanceOf("organisation_fees", { organisationId: shop.organisationId })).toBe(-(10_000 + 21_000));

    // Refunding the old order after the change reverses what it posted, under the old rule.
    await refund(before, { at: new Date("2026-03-05T00:00:00Z") });
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(-79_000);
    expect(await balanceOf("organisation_fees", { organisationId: shop.organisationId })).toBe(-21_000);
  });
});

describe("refunds", () => {
  it("restore every balance after a whole-order refund, shipping included", async () => {
    const shop = await createMakerShop({ terms: { cooperativePercentBp: 1_234, cooperativeFlatInr: 777, platformPercentBp: 321, platformFlatInr: 99 } });
    const other = await createMakerShop();
    const before = await rawBalances();
    const order = await payOrder(
      [
        { shop, unitPriceInr: 33_333, quantity: 3 },
        { shop: other, unitPriceInr: 12_345 },
      ],
      { shippingInr: 18_000 },
    );
    await refund(order);
    const after = await rawBalances();
    for (const [key, balance] of after) expect([key, balance]).toEqual([key, before.get(key) ?? 0]);
  });

  it("add up to the whole line when a line is refunded in parts", async () => {
    const shop = await createMakerShop({ terms: { cooperativePercentBp: 1_111, platformPercentBp: 333 } });
    const order = await payOrder([{ shop, unitPriceInr: 10_001 }]);
    const line = order.lines[0]!;
    for (const amountInr of [3_333, 3_333, 3_335]) await refund(order, { lineId: line.id, amountInr });
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(0);
    expect(await balanceOf("organisation_fees", { organisationId: shop.organisationId })).toBe(0);
    expect(await unbalancedTransactions()).toBe(0);
  });

  it("take released earnings back from available, below zero when she was paid out meanwhile", async () => {
    const shop = await createMakerShop();
    const order = await payOrder([{ shop, unitPriceInr: 100_000 }]);
    const line = order.lines[0]!;
    await db.$transaction((tx) => releaseLineEarnings(line.id, "delivered", tx));
    expect(await availableBalance(shop.maker.id)).toBe(85_000);
    expect(await recordPayout({ makerId: shop.maker.id, amountInr: 60_000, method: "upi", reference: "UPI 1", paidOn: today() }, await coordinatorActor())).toMatchObject({ ok: true });

    await refund(order, { lineId: line.id, amountInr: 100_000 });
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(0);
    expect(await availableBalance(shop.maker.id)).toBe(-60_000);
    // Nothing more can be paid out until new earnings cover the debt.
    expect(await recordPayout({ makerId: shop.maker.id, amountInr: 1, method: "cash", reference: "x", paidOn: today() }, await coordinatorActor())).toEqual({
      ok: false,
      reason: "exceedsAvailable",
      availableInr: -60_000,
    });
  });

  it("split a refund of a partly released line between pending and available", async () => {
    const shop = await createMakerShop({ terms: { cooperativePercentBp: 0, platformPercentBp: 0 } });
    const order = await payOrder([{ shop, unitPriceInr: 10_000 }]);
    const line = order.lines[0]!;
    await refund(order, { lineId: line.id, amountInr: 4_000 });
    expect(await db.$transaction((tx) => releaseLineEarnings(line.id, "hold_elapsed", tx))).toBe(6_000);
    await refund(order, { lineId: line.id, amountInr: 6_000 });
    expect(await balanceOf("maker_pending", { makerId: shop.maker.id })).toBe(0);
    expect(await availableBalance(shop.maker.id)).toBe(0);
  });
});

function today() {
  return new Date(`${new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10)}T00:00:00.000Z`);
}

function orderCopy(order: Awaited<ReturnType<typeof payOrder>>) {
  const { id: _id, number: _number, lines: _lines, createdAt: _createdAt, updatedAt: _updatedAt, billingAddress, shippingAddress, ...rest } = order;
  return { ...rest, billingAddress: billingAddress ?? {}, shippingAddress: shippingAddress ?? {} };
}
