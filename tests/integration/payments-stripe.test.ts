import { stripeFake } from "./stripe-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { getPaymentProvider } from "~/modules/payments/index.server";
import { action as checkoutAction } from "~/routes/_shop.checkout";
import { loader as payLoader } from "~/routes/_shop.pay.$orderId";
import { args, settle } from "./admin-helpers";
import { makeRequest } from "./helpers";
import { checkoutForm, createCatalog, ensureShop, RATES, stockOf } from "./order-factories";
import { cartCookieWith, checkout, currencyCookieFor } from "./order-helpers";

beforeAll(ensureShop);
afterAll(() => stripeFake.close());

describe("Stripe Checkout with the real SDK against a local fake", () => {
  it("creates a Checkout Session in the buyer's currency, JPY in whole yen, with everything Stripe India needs", async () => {
    expect(getPaymentProvider().name).toBe("stripe");
    const { variant } = await createCatalog({ stock: 5, priceInr: 123_456, weightGrams: 300 });
    const cookie = await cartCookieWith(variant.id, 2, await currencyCookieFor("JPY"));
    const form = checkoutForm({ "shipping.country": "JP", "shipping.postalCode": "150-0001", "shipping.city": "Tokyo" });
    const startedAt = Date.now();
    const { location, orderId } = await checkout(cookie, form);

    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const request = stripeFake.requests.find((recorded) => recorded.path === "/v1/checkout/sessions" && recorded.params.client_reference_id === orderId)!;
    const session = stripeFake.sessions.get(order.providerRef!)!;
    expect(location).toBe(session.url);
    expect(order).toMatchObject({ paymentProvider: "stripe", currency: "JPY", status: "pending_payment" });
    expect(request.authorization).toBe("Bearer sk_test_reweave");
    expect(request.idempotencyKey).toBe(`checkout:${orderId}:v1`);
    expect(request.params).toMatchObject({
      mode: "payment",
      client_reference_id: orderId,
      "metadata[orderId]": orderId,
      "metadata[orderNumber]": `RW-${String(order.number).padStart(6, "0")}`,
      customer_email: form.email,
      billing_address_collection: "required",
      "shipping_address_collection[allowed_countries][0]": "JP",
      "line_items[0][quantity]": "2",
      "line_items[0][price_data][currency]": "jpy",
      // ₹1,234.56 at ₹0.565 per yen: ¥2,185, whole yen with no decimals.
      "line_items[0][price_data][unit_amount]": "2185",
      "line_items[0][price_data][product_data][name]": "Wild forest honey (500 g)",
      "shipping_options[0][shipping_rate_data][fixed_amount][currency]": "jpy",
      "shipping_options[0][shipping_rate_data][fixed_amount][amount]": String(fromInr(220_000, "JPY", RATES.JPY)),
      success_url: expect.stringMatching(new RegExp(`^http://localhost:\\d+/orders/${orderId}\\?sig=`)),
      cancel_url: expect.stringMatching(/\/cart$/),
    });
    expect(request.params["payment_intent_data[description]"]).toMatch(/^RW-\d{6}: handmade goods from Reweave — 2 × Wild forest honey \(500 g\)$/);
    expect(session.amount_total).toBe(order.totalMinor);
    const expiresAt = Number(request.params.expires_at) * 1000;
    expect(expiresAt - startedAt).toBeGreaterThan(29 * 60_000);
    expect(expiresAt - startedAt).toBeLessThan(31 * 60_000);

    // The test-payment page does not exist while Stripe takes the payments.
    const testPage = await settle(payLoader(args(makeRequest(`/pay/${orderId}?sig=x`), { orderId })));
    expect((testPage as Response).status).toBe(404);
  });

  it("sends EUR in cents", async () => {
    const { variant } = await createCatalog({ stock: 5, priceInr: 99_999, weightGrams: 300 });
    const cookie = await cartCookieWith(variant.id, 1, await currencyCookieFor("EUR"));
    const { orderId } = await checkout(cookie, checkoutForm());
    const request = stripeFake.requests.find((recorded) => recorded.params.client_reference_id === orderId)!;
    // ₹999.99 at ₹92.30 per euro is €10.83 (1,083 cents).
    expect(request.params["line_items[0][price_data][unit_amount]"]).toBe("1083");
    expect(request.params["line_items[0][price_data][currency]"]).toBe("eur");
  });

  it("releases the order and says so when Stripe refuses to start the payment", async () => {
    const { variant } = await createCatalog({ stock: 2 });
    const cookie = await cartCookieWith(variant.id, 2);
    const form = checkoutForm();
    stripeFake.failNext("/v1/checkout/sessions");
    const refused = (await settle(checkoutAction(args(makeRequest("/checkout", { form, cookie }))))) as { data: { result: { error: Record<string, string[]> } } };
    expect(refused.data.result.error).toEqual({ "": ["checkout:errors.provider"] });
    const order = await db.order.findFirstOrThrow({ where: { email: form.email } });
    expect(order.status).toBe("cancelled");
    expect(await stockOf(variant.id)).toBe(2);
  });
});
