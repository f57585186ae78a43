import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { addToCart, cartItemCount, cartSummary, removeFromCart, setCartQuantity } from "~/modules/orders/index.server";
import { createCatalog, ensureShop, RATES } from "./order-factories";

beforeAll(ensureShop);

describe("cart", () => {
  it("adds within stock and refuses more than is left, saying how many, changing nothing", async () => {
    const { variant } = await createCatalog({ stock: 3 });
    const added = await addToCart(null, { variantId: variant.id, quantity: 2 });
    if (!added.ok) throw new Error("expected the first add to succeed");

    const tooMany = await addToCart(added.cartId, { variantId: variant.id, quantity: 2 });
    expect(tooMany).toEqual({ ok: false, fieldErrors: { quantity: ["checkout:cart.errors.onlyLeftInCart"] }, values: { count: 3, inCart: 2 } });
    const fresh = await addToCart(null, { variantId: variant.id, quantity: 4 });
    expect(fresh).toMatchObject({ ok: false, fieldErrors: { quantity: ["checkout:cart.errors.onlyLeft"] }, values: { count: 3 } });
    expect(await cartItemCount(added.cartId)).toBe(2);
    expect(await db.cart.count({ where: { items: { some: { variantId: variant.id } } } })).toBe(1);

    expect(await setCartQuantity(added.cartId, { variantId: variant.id, quantity: 5 })).toMatchObject({ ok: false, values: { count: 3 } });
    expect(await setCartQuantity(added.cartId, { variantId: variant.id, quantity: 3 })).toEqual({ ok: true });
    expect(await cartItemCount(added.cartId)).toBe(3);
    await removeFromCart(added.cartId, variant.id);
    expect(await cartItemCount(added.cartId)).toBe(0);
  });

  it("says sold out, and refuses variants that are not for sale", async () => {
    const { variant, product } = await createCatalog({ stock: 0 });
    expect(await addToCart(null, { variantId: variant.id, quantity: 1 })).toMatchObject({ ok: false, fieldErrors: { quantity: ["checkout:cart.errors.soldOut"] } });
    await db.product.update({ where: { id: product.id }, data: { status: "archived" } });
    expect(await addToCart(null, { variantId: variant.id, quantity: 1 })).toMatchObject({ ok: false, fieldErrors: { variantId: ["checkout:cart.errors.unavailable"] } });
  });

  it("prices the cart in the buyer's currency with shipping to the chosen country (JPY in whole yen)", async () => {
    const { variant } = await createCatalog({ stock: 10, priceInr: 123_456, weightGrams: 300 });
    const added = await addToCart(null, { variantId: variant.id, quantity: 2 });
    if (!added.ok) throw new Error("add failed");

    const eur = await cartSummary(added.cartId, { currency: "EUR", country: "DE", language: "en" });
    const unitEur = fromInr(123_456, "EUR", RATES.EUR);
    expect(eur.lines[0]).toMatchObject({ quantity: 2, unitPriceMinor: unitEur, totalMinor: unitEur * 2, title: "Wild forest honey", option: "500 g" });
    // 600 g to Europe: the 2 kg band, ₹3,200.00.
    expect(eur.shipping).toEqual({ ok: true, priceMinor: fromInr(320_000, "EUR", RATES.EUR) });
    expect(eur.totals.totalMinor).toBe(unitEur * 2 + fromInr(320_000, "EUR", RATES.EUR));
    expect(eur.ready).toBe(true);

    const jpy = await cartSummary(added.cartId, { currency: "JPY", country: "JP", language: "hi" });
    // ₹1,234.56 at ₹0.565 per yen is ¥2,185 (rounded once, half away from zero).
    expect(jpy.lines[0]).toMatchObject({ unitPriceMinor: 2_185, totalMinor: 4_370, title: "जंगली शहद", option: "500 ग्राम" });
    expect(jpy.totals.shippingMinor).toBe(fromInr(220_000, "JPY", RATES.JPY));
    expect(Number.isInteger(jpy.totals.totalMinor)).toBe(true);

    const nowhere = await cartSummary(added.cartId, { currency: "USD", country: "BR", language: "en" });
    expect(nowhere.shipping).toEqual({ ok: false, reason: "no_zone", maxWeightGrams: undefined });
    expect(nowhere.ready).toBe(false);
    const heavy = await cartSummary(added.cartId, { currency: "USD", country: null, language: "en" });
    expect(heavy.shipping).toMatchObject({ ok: false, reason: "no_country" });
  });
});
