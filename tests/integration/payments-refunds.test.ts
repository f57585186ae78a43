import { stripeFake } from "./stripe-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { balanceOf } from "~/modules/earnings/index.server";
import { cancelOrder, handlePaymentEvent, refundOrder } from "~/modules/orders/index.server";
import { action as cartAction } from "~/routes/_shop.cart";
import { args, settle } from "./admin-helpers";
import { createUser, makeRequest } from "./helpers";
import { checkoutForm, createCatalog, createVariant, ensureShop, stockOf } from "./order-factories";
import { cartCookieWith, checkout } from "./order-helpers";

beforeAll(ensureShop);
afterAll(() => stripeFake.close());

let actor: { id: string; ip: string | null };
beforeAll(async () => {
  actor = { id: (await createUser(["admin"])).id, ip: "203.0.113.9" };
});

/** A paid Stripe order with one line per variant given (quantity 1 each, unless said). */
async function paidOrder(lines: { stock: number; quantity?: number }[]) {
  const catalog = await createCatalog({ stock: lines[0]!.stock, priceInr: 40_000, weightGrams: 200 });
  const variants = [catalog.variant];
  for (const line of lines.slice(1)) variants.push(await createVariant(catalog.product.id, { stock: line.stock, priceInr: 60_000, weightGrams: 200 }));
  let cookie = await cartCookieWith(variants[0]!.id, lines[0]!.quantity ?? 1);
  for (const [index, variant] of variants.slice(1).entries()) {
    await settle(cartAction(args(makeRequest("/cart", { cookie, form: { intent: "add", variantId: variant.id, quantity: String(lines[index + 1]!.quantity ?? 1) } }))));
  }
  const { orderId } = await checkout(cookie, checkoutForm());
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { unitPriceInr: "asc" } } } });
  await handlePaymentEvent({ id: `evt_paid_${orderId}`, provider: "stripe", type: "checkout.completed", orderId, paid: true, providerRef: order.providerRef! });
  cookie = "";
  return { ...catalog, variants, order, session: stripeFake.sessions.get(order.providerRef!)! };
}

const refundRequests = (paymentIntent: string) => stripeFake.requests.filter((request) => request.path === "/v1/refunds" && request.params.payment_intent === paymentIntent);
const distinctRefunds = (paymentIntent: string) => stripeFake.refunds.filter((refund) => refund.payment_intent === paymentIntent);

describe("refunds through Stripe", () => {
  it("refunds a whole order once, restocking, and reverses the ledger", async () => {
    const { order, session, variants, maker, organisation } = await paidOrder([{ stock: 5, quantity: 2 }]);
    expect(await stockOf(variants[0]!.id)).toBe(3);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(-68_000);

    expect(await refundOrder({ orderId: order.id, restock: true, reason: "Parcel lost" }, actor)).toEqual({ ok: true, alreadyRefunded: false });
    expect(await refundOrder({ orderId: order.id, restock: true }, actor)).toEqual({ ok: true, alreadyRefunded: true });

    expect(refundRequests(session.payment_intent)).toEqual([
      expect.objectContaining({ idempotencyKey: `refund:${order.id}:order`, params: expect.objectContaining({ amount: String(order.totalMinor), "metadata[orderId]": order.id }) }),
    ]);
    const refunded = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, refunds: true } });
    expect(refunded.status).toBe("refunded");
    expect(refunded.lines.map((line) => line.status)).toEqual(["refunded"]);
    expect(refunded.refunds).toEqual([expect.objectContaining({ status: "succeeded", amountMinor: order.totalMinor, restock: true, reason: "Parcel lost", providerRefundId: expect.stringMatching(/^re_test_/) })]);
    expect(await stockOf(variants[0]!.id)).toBe(5);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id } })).toBe(2);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
    expect(await balanceOf("organisation_fees", { organisationId: organisation.id })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "admin.order.refunded", entityId: order.id } })).toBe(1);
  });

  it("refunds line by line, each once, and only restocks when asked", async () => {
    const { order, session, variants, maker } = await paidOrder([{ stock: 5 }, { stock: 5 }]);
    const [cheap, dear] = order.lines;
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(-85_000);

    expect(await refundOrder({ orderId: order.id, lineId: cheap!.id, restock: false }, actor)).toMatchObject({ ok: true });
    expect(await refundOrder({ orderId: order.id, lineId: cheap!.id, restock: false }, actor)).toEqual({ ok: true, alreadyRefunded: true });
    expect(await refundOrder({ orderId: order.id, restock: true }, actor)).toEqual({ ok: false, formErrors: ["checkout:admin.errors.partlyRefunded"], values: undefined });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid" });
    expect(await stockOf(variants[0]!.id)).toBe(4);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(-51_000);

    expect(await refundOrder({ orderId: order.id, lineId: dear!.id, restock: true }, actor)).toMatchObject({ ok: true, alreadyRefunded: false });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded" });
    expect(await stockOf(variants[1]!.id)).toBe(5);
    expect(refundRequests(session.payment_intent).map((request) => request.params.amount)).toEqual([String(cheap!.totalMinor), String(dear!.totalMinor)]);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id, kind: "order_refund" } })).toBe(2);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
  });

  it("refunds once when two admins press Refund at the same moment", async () => {
    const { order, session } = await paidOrder([{ stock: 3 }]);
    const results = await Promise.all([1, 2, 3].map(() => refundOrder({ orderId: order.id, restock: true }, actor)));
    expect(results.filter((result) => result.ok && !result.alreadyRefunded)).toHaveLength(1);
    expect(distinctRefunds(session.payment_intent)).toHaveLength(1);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id, kind: "order_refund" } })).toBe(1);
  });

  it("changes nothing when Stripe refuses the refund", async () => {
    const { order, variants } = await paidOrder([{ stock: 3 }]);
    stripeFake.failNext("/v1/refunds");
    expect(await refundOrder({ orderId: order.id, restock: true }, actor)).toMatchObject({ ok: false, formErrors: ["checkout:admin.errors.refundFailed"] });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid" });
    expect(await db.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: "failed" });
    expect(await stockOf(variants[0]!.id)).toBe(2);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id, kind: "order_refund" } })).toBe(0);
  });

  it("cancels only unpaid orders, returning their stock and closing the Stripe session", async () => {
    const { variant } = await createCatalog({ stock: 3 });
    const { orderId } = await checkout(await cartCookieWith(variant.id, 2), checkoutForm());
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(await stockOf(variant.id)).toBe(1);

    expect(await cancelOrder(orderId, actor)).toEqual({ ok: true });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "cancelled" });
    expect(await stockOf(variant.id)).toBe(3);
    expect(stripeFake.sessions.get(order.providerRef!)?.status).toBe("expired");
    expect(await cancelOrder(orderId, actor)).toMatchObject({ ok: false, formErrors: ["checkout:admin.errors.notCancellable"] });
    expect(await refundOrder({ orderId, restock: false }, actor)).toMatchObject({ ok: false, formErrors: ["checkout:admin.errors.notRefundable"] });
    expect(await stockOf(variant.id)).toBe(3);

    const { order: paid } = await paidOrder([{ stock: 2 }]);
    expect(await cancelOrder(paid.id, actor)).toMatchObject({ ok: false, formErrors: ["checkout:admin.errors.notCancellable"] });
  });
});
