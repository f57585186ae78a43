import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { cartIdFrom, cartItemCount } from "~/modules/orders/index.server";
import { action as cartAction, loader as cartLoader } from "~/routes/_shop.cart";
import { action as checkoutAction, loader as checkoutLoader } from "~/routes/_shop.checkout";
import { args, locationOf, settle } from "./admin-helpers";
import { cookieFrom, makeRequest } from "./helpers";
import { checkoutForm, createCatalog, ensureShop, RATES, stockOf } from "./order-factories";
import { cartCookieWith, checkout, currencyCookieFor } from "./order-helpers";

beforeAll(ensureShop);

interface Answer {
  type: "DataWithResponseInit";
  data: { result: { error?: Record<string, string[] | null> }; values?: Record<string, unknown> };
  init: { status?: number } | null;
}
const answered = (result: unknown) => result as Answer;

describe("cart page", () => {
  it("adds from a product page's plain form, and refuses more than is left with the count, changing nothing", async () => {
    const { variant } = await createCatalog({ stock: 3 });
    const added = await settle(cartAction(args(makeRequest("/cart", { form: { variantId: variant.id, quantity: "2" } }))));
    expect(locationOf(added)).toBe("/cart?saved=added");
    const cookie = cookieFrom((added as Response).headers.get("Set-Cookie"));

    const refused = answered(await settle(cartAction(args(makeRequest("/cart", { cookie, form: { intent: "add", variantId: variant.id, quantity: "2" } })))));
    expect(refused.init?.status).toBe(400);
    expect(refused.data.result.error).toEqual({ quantity: ["checkout:cart.errors.onlyLeftInCart"] });
    expect(refused.data.values).toEqual({ count: 3, inCart: 2 });
    expect(await cartItemCount(await cartIdFrom(makeRequest("/", { cookie })))).toBe(2);

    const garbage = answered(await settle(cartAction(args(makeRequest("/cart", { cookie, form: { intent: "update", variantId: "nope", quantity: "-4" } })))));
    expect(garbage.init?.status).toBe(400);
    expect(Object.keys(garbage.data.result.error ?? {})).toEqual(expect.arrayContaining(["variantId", "quantity"]));

    // A fetcher (JavaScript on) asks to stay: data instead of a redirect.
    const updated = answered(await settle(cartAction(args(makeRequest("/cart", { cookie, form: { intent: "update", variantId: variant.id, quantity: "3", stay: "1" } })))));
    expect(updated.init?.status).toBeUndefined();
    expect(await cartItemCount(await cartIdFrom(makeRequest("/", { cookie })))).toBe(3);

    const country = await settle(cartAction(args(makeRequest("/cart", { cookie, form: { intent: "country", country: "jp" } }))));
    const withCountry = `${cookie}; ${cookieFrom((country as Response).headers.get("Set-Cookie"))}; ${await currencyCookieFor("JPY")}`;
    const page = await cartLoader(args(makeRequest("/cart", { cookie: withCountry })));
    expect(page.summary).toMatchObject({ country: "JP", currency: "JPY", itemCount: 3, ready: true });
    expect(page.summary.shipping).toEqual({ ok: true, priceMinor: fromInr(220_000, "JPY", RATES.JPY) });
  });
});

describe("checkout page", () => {
  it("ignores whatever the form claims about prices", async () => {
    const { variant } = await createCatalog({ stock: 5, priceInr: 77_777, weightGrams: 100 });
    const cookie = await cartCookieWith(variant.id, 2, await currencyCookieFor("USD"));
    const form = checkoutForm({
      "shipping.country": "US",
      "shipping.postalCode": "94110",
      "shipping.city": "San Francisco",
      unitPriceMinor: "1",
      totalMinor: "1",
      subtotalMinor: "1",
      shippingMinor: "0",
      "lines[0].unitPriceInr": "1",
      currency: "JPY",
      priceInr: "1",
    });
    const { orderId } = await checkout(cookie, form);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    const unit = fromInr(77_777, "USD", RATES.USD);
    const shipping = fromInr(150_000, "USD", RATES.USD);
    expect(order).toMatchObject({ currency: "USD", subtotalInr: 155_554, shippingInr: 150_000, subtotalMinor: unit * 2, shippingMinor: shipping, totalMinor: unit * 2 + shipping });
    expect(order.lines[0]).toMatchObject({ unitPriceInr: 77_777, unitPriceMinor: unit });
  });

  it("marks invalid addresses on their fields and creates nothing", async () => {
    const { variant } = await createCatalog({ stock: 5 });
    const cookie = await cartCookieWith(variant.id, 1);
    const before = await db.order.count();
    const post = (form: Record<string, string>) => settle(checkoutAction(args(makeRequest("/checkout", { form, cookie }))));

    const india = answered(await post(checkoutForm({ "shipping.country": "IN", "shipping.postalCode": "012345", phone: "call me" })));
    expect(india.init?.status).toBe(400);
    expect(india.data.result.error).toMatchObject({ "shipping.postalCode": ["checkout:errors.postalCode"], phone: ["checkout:errors.phone"] });

    const billing = answered(await post(checkoutForm({ billingSameAsShipping: "", "billing.country": "GB", "billing.postalCode": "not a code" })));
    expect(billing.data.result.error).toMatchObject({
      "billing.line1": ["validation.required"],
      "billing.city": ["validation.required"],
      "billing.postalCode": ["checkout:errors.postalCode"],
    });

    const missing = answered(await post({ email: "nope" }));
    expect(Object.keys(missing.data.result.error ?? {})).toEqual(expect.arrayContaining(["email", "name", "shipping.line1", "shipping.city", "shipping.country"]));

    const nowhere = answered(await post(checkoutForm({ "shipping.country": "BR", "shipping.postalCode": "01310-100" })));
    expect(nowhere.data.result.error).toMatchObject({ "shipping.country": ["checkout:errors.cannotShip"] });

    await db.productVariant.update({ where: { id: variant.id }, data: { stock: 0 } });
    const soldOut = answered(await post(checkoutForm()));
    expect(soldOut.data.result.error).toMatchObject({ "": ["checkout:errors.soldOut"] });
    expect(soldOut.data.values).toEqual({ title: "Wild forest honey" });

    expect(await db.order.count()).toBe(before);
    expect(await stockOf(variant.id)).toBe(0);
  });

  it("tidies postal codes and keeps separate billing addresses", async () => {
    const { variant } = await createCatalog({ stock: 5 });
    const cookie = await cartCookieWith(variant.id, 1);
    const form = checkoutForm({
      "shipping.country": "JP",
      "shipping.postalCode": "1500001",
      "shipping.city": "Tokyo",
      billingSameAsShipping: "",
      "billing.line1": "1 Main Street",
      "billing.city": "London",
      "billing.postalCode": "sw1a1aa",
      "billing.country": "GB",
    });
    const { orderId } = await checkout(cookie, form);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.shippingAddress).toMatchObject({ postalCode: "150-0001", country: "JP" });
    expect(order.billingAddress).toMatchObject({ postalCode: "SW1A 1AA", country: "GB", city: "London" });
  });

  it("sends an empty cart back to the cart page", async () => {
    const result = await settle(checkoutLoader(args(makeRequest("/checkout"))));
    expect(locationOf(result)).toBe("/cart");
  });
});
