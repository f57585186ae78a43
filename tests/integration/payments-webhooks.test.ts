import { stripeFake } from "./stripe-env";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getOrderForAdmin, releaseExpiredReservations } from "~/modules/orders/index.server";
import { action as webhookAction } from "~/routes/api.webhooks.stripe";
import { args } from "./admin-helpers";
import { checkoutForm, createCatalog, ensureShop, stockOf } from "./order-factories";
import { cartCookieWith, checkout, outbox } from "./order-helpers";

beforeAll(ensureShop);
afterAll(() => stripeFake.close());

/** A new Stripe order for `quantity` of a fresh variant with `stock`. */
async function stripeOrder(stock = 5, quantity = 2) {
  const { variant } = await createCatalog({ stock });
  const form = checkoutForm();
  const { orderId } = await checkout(await cartCookieWith(variant.id, quantity), form);
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  return { variant, orderId, email: form.email!, session: stripeFake.sessions.get(order.providerRef!)! };
}

async function deliver(event: { rawBody: string; headers: Headers }) {
  const response = await webhookAction(args(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body: event.rawBody, headers: event.headers })));
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
const ledgerTransactions = (orderId: string) => db.ledgerTransaction.count({ where: { orderId } });
const emailsTo = async (email: string) => (await outbox()).filter((message) => message.to === email);

describe("Stripe webhooks", () => {
  it("refuses a forged or unsigned event with 400 and changes nothing", async () => {
    const { orderId, session } = await stripeOrder();
    const genuine = stripeFake.webhook("checkout.session.completed", session, { payment_status: "paid", status: "complete" });
    const forgedSignature: string = new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload: genuine.rawBody, secret: "whsec_not_the_secret" });

    expect((await deliver({ rawBody: genuine.rawBody, headers: new Headers({ "stripe-signature": forgedSignature }) })).status).toBe(400);
    expect((await deliver({ rawBody: genuine.rawBody.replace('"paid"', '"paid" '), headers: genuine.headers })).status).toBe(400);
    expect((await deliver({ rawBody: genuine.rawBody, headers: new Headers() })).status).toBe(400);

    expect(await statusOf(orderId)).toBe("pending_payment");
    expect(await db.paymentEvent.count({ where: { orderId } })).toBe(0);
    expect(await ledgerTransactions(orderId)).toBe(0);
  });

  it("fulfils a paid completion once: a replay, and an expiry after it, change nothing", async () => {
    const { orderId, session, email, variant } = await stripeOrder(5, 2);
    const completed = stripeFake.webhook("checkout.session.completed", session, { payment_status: "paid", status: "complete" });

    expect(await deliver(completed)).toEqual({ status: 200, body: { received: true, outcome: "paid" } });
    expect(await deliver(completed)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await deliver(stripeFake.webhook("checkout.session.expired", session, { status: "expired" }))).toMatchObject({ status: 200, body: { outcome: "unchanged" } });

    expect(await statusOf(orderId)).toBe("paid");
    expect(await db.stockReservation.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: "committed" });
    expect(await stockOf(variant.id)).toBe(3);
    expect(await ledgerTransactions(orderId)).toBe(1);
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await db.paymentEvent.count({ where: { orderId } })).toBe(2);
  });

  it("holds the stock while an asynchronous payment is collected, then fulfils it", async () => {
    const { orderId, session, variant } = await stripeOrder(3, 1);
    expect(await deliver(stripeFake.webhook("checkout.session.completed", session, { payment_status: "unpaid", status: "complete" }))).toMatchObject({ body: { outcome: "held" } });
    const reservation = await db.stockReservation.findFirstOrThrow({ where: { orderId } });
    expect(reservation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);

    await releaseExpiredReservations(new Date(Date.now() + 60 * 60_000));
    expect(await statusOf(orderId)).toBe("pending_payment");
    expect(await stockOf(variant.id)).toBe(2);

    expect(await deliver(stripeFake.webhook("checkout.session.async_payment_succeeded", session, { payment_status: "paid", status: "complete" }))).toMatchObject({
      body: { outcome: "paid" },
    });
    expect(await statusOf(orderId)).toBe("paid");
    expect(await ledgerTransactions(orderId)).toBe(1);
  });

  it("converges when the asynchronous success arrives before the unpaid completion", async () => {
    const { orderId, session } = await stripeOrder();
    expect(await deliver(stripeFake.webhook("checkout.session.async_payment_succeeded", session, { payment_status: "paid", status: "complete" }))).toMatchObject({
      body: { outcome: "paid" },
    });
    expect(await deliver(stripeFake.webhook("checkout.session.completed", session, { payment_status: "unpaid", status: "complete" }))).toMatchObject({
      body: { outcome: "unchanged" },
    });
    expect(await statusOf(orderId)).toBe("paid");
    expect(await db.stockReservation.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: "committed" });
    expect(await ledgerTransactions(orderId)).toBe(1);
  });

  it("releases the order when the asynchronous payment fails or the session expires", async () => {
    const failed = await stripeOrder(4, 3);
    expect(await deliver(stripeFake.webhook("checkout.session.async_payment_failed", failed.session, { payment_status: "unpaid", status: "complete" }))).toMatchObject({
      body: { outcome: "released" },
    });
    expect(await statusOf(failed.orderId)).toBe("cancelled");
    expect(await stockOf(failed.variant.id)).toBe(4);
    expect((await emailsTo(failed.email)).map((message) => message.subject)).toEqual([expect.stringContaining("did not go through")]);

    const expired = await stripeOrder(4, 3);
    expect(await deliver(stripeFake.webhook("checkout.session.expired", expired.session, { status: "expired" }))).toMatchObject({ body: { outcome: "released" } });
    expect(await statusOf(expired.orderId)).toBe("cancelled");
    expect(await stockOf(expired.variant.id)).toBe(4);
    expect(await emailsTo(expired.email)).toHaveLength(0);
  });

  it("posts the ledger once when the same paid event arrives many times at once", async () => {
    const { orderId, session, email } = await stripeOrder();
    const completed = stripeFake.webhook("checkout.session.completed", session, { payment_status: "paid", status: "complete" });
    const succeeded = stripeFake.webhook("checkout.session.async_payment_succeeded", session, { payment_status: "paid", status: "complete" });
    const answers = await Promise.all([completed, completed, succeeded, completed, succeeded, completed, completed, completed].map(deliver));

    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => answer.body.outcome === "paid")).toHaveLength(1);
    expect(await ledgerTransactions(orderId)).toBe(1);
    expect(await db.ledgerEntry.count({ where: { transaction: { orderId } } })).toBe(6);
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await db.paymentEvent.count({ where: { orderId } })).toBe(2);
  });

  it("takes a payment for an order released moments before, if its stock is still there; otherwise flags it", async () => {
    const revived = await stripeOrder(5, 2);
    await deliver(stripeFake.webhook("checkout.session.expired", revived.session, { status: "expired" }));
    expect(await deliver(stripeFake.webhook("checkout.session.completed", revived.session, { payment_status: "paid", status: "complete" }))).toMatchObject({
      body: { outcome: "paid" },
    });
    expect(await statusOf(revived.orderId)).toBe("paid");
    expect(await stockOf(revived.variant.id)).toBe(3);

    const lost = await stripeOrder(2, 2);
    await deliver(stripeFake.webhook("checkout.session.expired", lost.session, { status: "expired" }));
    await db.productVariant.update({ where: { id: lost.variant.id }, data: { stock: 1 } });
    expect(await deliver(stripeFake.webhook("checkout.session.completed", lost.session, { payment_status: "paid", status: "complete" }))).toMatchObject({
      body: { outcome: "paid_after_release" },
    });
    expect(await statusOf(lost.orderId)).toBe("cancelled");
    expect(await stockOf(lost.variant.id)).toBe(1);
    expect(await ledgerTransactions(lost.orderId)).toBe(0);
    expect((await getOrderForAdmin(lost.orderId, "any"))?.paidAfterRelease).toBe(true);
  });

  it("answers 200 to events it does not act on", async () => {
    const { session } = await stripeOrder();
    expect(await deliver(stripeFake.webhook("payment_intent.created", session))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
  });
});
