import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { cartIdFrom, cartItemCount } from "~/modules/orders/index.server";
import { loader as confirmationLoader } from "~/routes/_shop.orders.$orderId";
import { action as payAction, loader as payLoader } from "~/routes/_shop.pay.$orderId";
import { loader as trackLoader } from "~/routes/_shop.track.$orderId";
import { args, locationOf, settle } from "./admin-helpers";
import { makeRequest } from "./helpers";
import { checkoutForm, createCatalog, ensureShop, RATES, stockOf } from "./order-factories";
import { cartCookieWith, checkout, currencyCookieFor, ledgerOf, outbox } from "./order-helpers";

beforeAll(ensureShop);

const pay = (location: string, orderId: string, intent: "pay" | "decline", cookie: string) => {
  const sig = new URL(location, "http://localhost").searchParams.get("sig")!;
  return settle(payAction(args(makeRequest(location, { form: { intent, sig }, cookie }), { orderId })));
};

describe("manual payment provider", () => {
  it("Pay fulfils the order: paid, stock committed, ledger posted, confirmation email with a working tracking link", async () => {
    const { variant, maker, organisation } = await createCatalog({ stock: 5, priceInr: 50_000, weightGrams: 400 });
    const cookie = await cartCookieWith(variant.id, 2, await currencyCookieFor("EUR"));
    const form = checkoutForm({ name: "Ada Lovelace" });
    const { location, orderId } = await checkout(cookie, form);
    expect(location).toMatch(new RegExp(`^/pay/${orderId}\\?sig=`));

    const page = await payLoader(args(makeRequest(location, { cookie }), { orderId }));
    expect(page.order).toMatchObject({ status: "pending_payment", currency: "EUR" });
    const wrong = await settle(payLoader(args(makeRequest(`/pay/${orderId}?sig=forged`, { cookie }), { orderId })));
    expect((wrong as Response).status).toBe(404);

    const paid = await pay(location, orderId, "pay", cookie);
    expect(locationOf(paid)).toMatch(new RegExp(`^/orders/${orderId}\\?sig=`));

    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, reservations: true, events: true } });
    expect(order).toMatchObject({ status: "paid", currency: "EUR", totalInr: 100_000 + 320_000 });
    expect(order.paidAt).not.toBeNull();
    expect(order.lines.map((line) => line.status)).toEqual(["paid"]);
    expect(order.reservations.map((reservation) => reservation.status)).toEqual(["committed"]);
    expect(order.events).toEqual([expect.objectContaining({ provider: "manual", type: "checkout.completed" })]);
    expect(await stockOf(variant.id)).toBe(3);
    // 10 % to the cooperative, 5 % to the platform, 85 % to the maker; shipping passes through.
    expect(await ledgerOf(orderId)).toEqual({
      payments_clearing: 420_000,
      [`maker_pending:${maker.id}`]: -85_000,
      [`organisation_fees:${organisation.id}`]: -10_000,
      platform_fees: -5_000,
      shipping_passthrough: -320_000,
    });
    const clearing = await db.ledgerEntry.findFirstOrThrow({ where: { transaction: { orderId }, orderLineId: { not: null }, amountInr: { gt: 0 } } });
    expect(clearing).toMatchObject({ originalCurrency: "EUR", originalAmountMinor: BigInt(fromInr(50_000, "EUR", RATES.EUR) * 2) });

    const emails = (await outbox()).filter((email) => email.to === form.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain(`RW-${String(order.number).padStart(6, "0")}`);
    expect(emails[0]!.text).toContain("Dear Ada Lovelace");
    const link = /http:\/\/localhost:\d+(\/track\/\S+)/.exec(emails[0]!.text)![1]!;
    const tracked = await trackLoader(args(makeRequest(link), { orderId }));
    expect(tracked.order).toMatchObject({ status: "paid", number: `RW-${String(order.number).padStart(6, "0")}` });
    expect(JSON.stringify(tracked)).not.toContain(form.email);
    const forged = await settle(trackLoader(args(makeRequest(link.replace(/sig=[^&]+/, "sig=AAAA")), { orderId })));
    expect((forged as Response).status).toBe(404);
    const otherOrder = await settle(trackLoader(args(makeRequest(link), { orderId: "00000000-0000-4000-8000-000000000000" })));
    expect((otherOrder as Response).status).toBe(404);

    // The confirmation page opens with the same signature, and the cart that was bought is empty.
    const confirmation = await confirmationLoader(args(makeRequest(locationOf(paid)!, { cookie }), { orderId }));
    expect(confirmation.order.status).toBe("paid");
    expect(await cartItemCount(await cartIdFrom(makeRequest("/", { cookie })))).toBe(0);

    // Pressing Pay again changes nothing.
    await pay(location, orderId, "pay", cookie);
    expect(await db.ledgerTransaction.count({ where: { orderId } })).toBe(1);
    expect((await outbox()).filter((email) => email.to === form.email)).toHaveLength(1);
  });

  it("Decline releases the stock and cancels the order through the same path", async () => {
    const { variant } = await createCatalog({ stock: 4 });
    const cookie = await cartCookieWith(variant.id, 3);
    const form = checkoutForm();
    const { location, orderId } = await checkout(cookie, form);
    expect(await stockOf(variant.id)).toBe(1);

    const declined = await pay(location, orderId, "decline", cookie);
    expect(locationOf(declined)).toBe("/cart?declined=1");
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "cancelled" });
    expect(await stockOf(variant.id)).toBe(4);
    expect(await db.stockReservation.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: "released" });
    expect(await db.ledgerTransaction.count({ where: { orderId } })).toBe(0);
    expect((await outbox()).filter((email) => email.to === form.email).map((email) => email.subject)).toEqual([expect.stringContaining("did not go through")]);
    expect(await cartItemCount(await cartIdFrom(makeRequest("/", { cookie })))).toBe(3);
  });
});
