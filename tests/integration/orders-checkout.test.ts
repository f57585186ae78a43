import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { addToCart, placeOrder, releaseExpiredReservations } from "~/modules/orders/index.server";
import { address, buyer, createCatalog, createVariant, ensureShop, RATES, stockOf } from "./order-factories";

beforeAll(ensureShop);

async function cartWith(variantId: string, quantity: number) {
  const added = await addToCart(null, { variantId, quantity });
  if (!added.ok) throw new Error(`could not add to cart: ${JSON.stringify(added)}`);
  return added.cartId;
}

describe("checkout", () => {
  it("prices the order from the database, locks the rate, snapshots the lines and holds the stock", async () => {
    const { variant, maker, organisation } = await createCatalog({ stock: 4, priceInr: 50_000, weightGrams: 400 });
    const cartId = await cartWith(variant.id, 3);
    const details = buyer({ shipping: address("DE", "10115") });

    const placed = await placeOrder({ cartId, details, currency: "EUR", language: "en" });
    if (!placed.ok) throw new Error(JSON.stringify(placed));
    expect(placed.redirectUrl).toMatch(new RegExp(`^/pay/${placed.orderId}\\?sig=`));

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true, reservations: true } });
    const unit = fromInr(50_000, "EUR", RATES.EUR);
    const shipping = fromInr(320_000, "EUR", RATES.EUR);
    expect(order).toMatchObject({
      status: "pending_payment",
      currency: "EUR",
      inrPerUnitMicros: RATES.EUR,
      subtotalInr: 150_000,
      shippingInr: 320_000,
      totalInr: 470_000,
      subtotalMinor: unit * 3,
      shippingMinor: shipping,
      totalMinor: unit * 3 + shipping,
      weightGrams: 1_200,
      paymentProvider: "manual",
      providerRef: `manual_${order.id}_v1`,
      shippingCountry: "DE",
    });
    expect(order.exchangeRateId).not.toBeNull();
    expect(order.lines).toEqual([
      expect.objectContaining({ variantId: variant.id, makerId: maker.id, organisationId: organisation.id, title: "Wild forest honey", option: "500 g", sku: variant.sku, quantity: 3, unitPriceMinor: unit, totalMinor: unit * 3, status: "pending" }),
    ]);
    expect(order.reservations).toEqual([expect.objectContaining({ variantId: variant.id, quantity: 3, status: "held" })]);
    expect(order.reservations[0]!.expiresAt.getTime() - order.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    expect(await stockOf(variant.id)).toBe(1);
  });

  it("refuses clearly and changes nothing: only N left, sold out, cannot ship, too heavy", async () => {
    const { variant, product } = await createCatalog({ stock: 5, weightGrams: 900 });
    const cartId = await cartWith(variant.id, 3);
    await db.productVariant.update({ where: { id: variant.id }, data: { stock: 2 } });
    expect(await placeOrder({ cartId, details: buyer(), currency: "USD", language: "en" })).toEqual({
      ok: false,
      formErrors: ["checkout:errors.onlyLeft"],
      values: { title: "Wild forest honey", count: 2 },
    });
    await db.productVariant.update({ where: { id: variant.id }, data: { stock: 0 } });
    expect(await placeOrder({ cartId, details: buyer(), currency: "USD", language: "en" })).toMatchObject({ formErrors: ["checkout:errors.soldOut"] });

    await db.productVariant.update({ where: { id: variant.id }, data: { stock: 5 } });
    expect(await placeOrder({ cartId, details: buyer({ shipping: address("BR", "01310-100") }), currency: "USD", language: "en" })).toEqual({
      ok: false,
      fieldErrors: { "shipping.country": ["checkout:errors.cannotShip"] },
    });
    expect(await placeOrder({ cartId, details: buyer({ shipping: address("XX", "1") }), currency: "USD", language: "en" })).toMatchObject({
      fieldErrors: { "shipping.country": ["validation.country"] },
    });
    // 3 × 900 g is over the 2 kg limit of the last band.
    expect(await placeOrder({ cartId, details: buyer(), currency: "USD", language: "en" })).toEqual({ ok: false, formErrors: ["checkout:errors.tooHeavy"], values: { kg: 2 } });

    const other = await createVariant(product.id, { stock: 1 });
    await db.product.update({ where: { id: product.id }, data: { status: "archived" } });
    expect(await placeOrder({ cartId: await cartWithArchived(other.id, cartId), details: buyer(), currency: "USD", language: "en" })).toMatchObject({
      formErrors: ["checkout:errors.unavailable"],
    });
    expect(await placeOrder({ cartId: null, details: buyer(), currency: "USD", language: "en" })).toMatchObject({ formErrors: ["checkout:errors.emptyCart"] });

    expect(await db.order.count({ where: { lines: { some: { productId: product.id } } } })).toBe(0);
    expect(await stockOf(variant.id)).toBe(5);
  });

  it("never oversells: of 20 buyers racing for 5 units, exactly 5 get them", async () => {
    const { variant } = await createCatalog({ stock: 5, weightGrams: 300 });
    const carts = await Promise.all(Array.from({ length: 20 }, () => cartWith(variant.id, 1)));

    const results = await Promise.all(carts.map((cartId) => placeOrder({ cartId, details: buyer(), currency: "USD", language: "en" })));

    const succeeded = results.filter((result) => result.ok);
    expect(succeeded).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(Array.from({ length: 15 }, () => ({ ok: false, formErrors: ["checkout:errors.soldOut"], values: { title: "Wild forest honey" } })));
    expect(await stockOf(variant.id)).toBe(0);
    expect(await db.stockReservation.aggregate({ where: { variantId: variant.id, status: "held" }, _sum: { quantity: true } })).toEqual({ _sum: { quantity: 5 } });
    expect(await db.order.count({ where: { lines: { some: { variantId: variant.id } } } })).toBe(5);
  });

  it("never oversells or deadlocks when carts hold the same variants added in different orders", async () => {
    const { variant: first, product } = await createCatalog({ stock: 7, weightGrams: 100 });
    const second = await createVariant(product.id, { stock: 12, weightGrams: 100 });
    const carts = await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        const [a, b] = index % 2 === 0 ? [first.id, second.id] : [second.id, first.id];
        const cartId = await cartWith(a, 1);
        await addToCart(cartId, { variantId: b, quantity: 1 });
        return cartId;
      }),
    );

    const results = await Promise.all(carts.map((cartId) => placeOrder({ cartId, details: buyer(), currency: "EUR", language: "en" })));

    expect(results.filter((result) => result.ok)).toHaveLength(7);
    expect(await stockOf(first.id)).toBe(0);
    expect(await stockOf(second.id)).toBe(5);
    expect(await db.stockReservation.count({ where: { variantId: second.id, status: "held" } })).toBe(7);
  });

  it("returns the stock of holds that expire, and keeps holds that have not", async () => {
    const { variant } = await createCatalog({ stock: 3 });
    const start = new Date();
    const first = await placeOrder({ cartId: await cartWith(variant.id, 2), details: buyer(), currency: "INR", language: "en", now: start });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const later = new Date(start.getTime() + 20 * 60_000);
    const second = await placeOrder({ cartId: await cartWith(variant.id, 1), details: buyer(), currency: "INR", language: "en", now: later });
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect(await stockOf(variant.id)).toBe(0);

    // Other tests' orders in this database expire too, so only this variant's stock and orders are looked at.
    await releaseExpiredReservations(new Date(start.getTime() + 29 * 60_000));
    expect(await stockOf(variant.id)).toBe(0);
    expect(await releaseExpiredReservations(new Date(start.getTime() + 31 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await stockOf(variant.id)).toBe(2);
    expect(await db.order.findUniqueOrThrow({ where: { id: first.orderId } })).toMatchObject({ status: "cancelled" });
    expect(await db.orderLine.findFirstOrThrow({ where: { orderId: first.orderId } })).toMatchObject({ status: "cancelled" });
    expect(await db.order.findUniqueOrThrow({ where: { id: second.orderId } })).toMatchObject({ status: "pending_payment" });
    // A second sweep finds nothing more to return.
    expect(await releaseExpiredReservations(new Date(start.getTime() + 31 * 60_000))).toBe(0);
    expect(await stockOf(variant.id)).toBe(2);
  });

  it("releases the buyer's own earlier unpaid order when she starts again", async () => {
    const { variant } = await createCatalog({ stock: 2 });
    const cartId = await cartWith(variant.id, 2);
    const first = await placeOrder({ cartId, details: buyer(), currency: "INR", language: "en" });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const again = await placeOrder({ cartId, details: buyer(), currency: "INR", language: "en", supersedes: first.orderId });
    expect(again.ok).toBe(true);
    expect(await db.order.findUniqueOrThrow({ where: { id: first.orderId } })).toMatchObject({ status: "cancelled" });
    expect(await stockOf(variant.id)).toBe(0);
  });
});

/** A cart holding a variant whose product is no longer for sale. */
async function cartWithArchived(variantId: string, cartId: string) {
  await db.cartItem.create({ data: { cartId, variantId, quantity: 1 } });
  return cartId;
}
