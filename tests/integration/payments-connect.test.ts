import { CONNECT_WEBHOOK_SECRET, stripeFake } from "./stripe-connect-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fromInr } from "~/lib/money";
import { availableBalance, balanceOf, releaseDueEarnings, releaseLineEarnings } from "~/modules/earnings/index.server";
import { action as webhookAction } from "~/routes/api.webhooks.stripe";
import { action as connectAction, loader as connectLoader } from "~/routes/studio.makers.$makerId.connect";
import { loader as makersLoader } from "~/routes/studio.connect";
import { loader as ordersLoader } from "~/routes/studio.orders._index";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { artisanFor, coordinatorOf } from "./fulfilment-factories";
import { makeRequest } from "./helpers";
import { checkoutForm, createCatalog, ensureShop, RATES } from "./order-factories";
import { cartCookieWith, checkout, currencyCookieFor, ledgerOf } from "./order-helpers";

beforeAll(ensureShop);
afterAll(() => stripeFake.close());

async function deliver(event: { rawBody: string; headers: Headers }) {
  const response = await webhookAction(args(new Request("http://localhost/api/webhooks/stripe", { method: "POST", body: event.rawBody, headers: event.headers })));
  return { status: response.status, body: (await response.json()) as { outcome?: string } };
}

const startOnboarding = (cookie: string, makerId: string) =>
  settle(connectAction(args(makeRequest(`/studio/makers/${makerId}/connect`, { cookie, form: { intent: "start" } }), { makerId })));

/** A maker whose connected account Stripe has enabled (set directly: onboarding has its own tests). */
async function connectedCatalog(options: Parameters<typeof createCatalog>[0] = {}) {
  const catalog = await createCatalog({ stock: 20, ...options });
  const coordinator = await coordinatorOf(catalog.organisation.id);
  locationOf(await startOnboarding(coordinator.cookie, catalog.maker.id));
  const { stripeAccountId } = await db.maker.findUniqueOrThrow({ where: { id: catalog.maker.id } });
  await deliver(stripeFake.accountUpdated(stripeAccountId!, { capabilities: { transfers: "active" }, charges_enabled: true, details_submitted: true }));
  return { ...catalog, accountId: stripeAccountId! };
}

async function stripeOrder(items: { variantId: string; quantity: number }[], currency = "EUR", form = checkoutForm()) {
  let cookie = await currencyCookieFor(currency);
  for (const item of items) cookie = await cartCookieWith(item.variantId, item.quantity, cookie);
  const { orderId } = await checkout(cookie, form);
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  const session = stripeFake.sessions.get(order.providerRef!)!;
  const request = stripeFake.requests.find((recorded) => recorded.path === "/v1/checkout/sessions" && recorded.params.client_reference_id === orderId)!;
  return { order, session, request, paymentIntent: stripeFake.paymentIntents.get(session.payment_intent)! };
}

describe("Stripe Connect: onboarding makers", () => {
  it("creates an Express account and an onboarding link, then continues with a new link and the same account", async () => {
    const { maker, organisation } = await createCatalog();
    const coordinator = await coordinatorOf(organisation.id);

    const page = await connectLoader(args(makeRequest(`/studio/makers/${maker.id}/connect`, { cookie: coordinator.cookie }), { makerId: maker.id }));
    expect(page.maker).toMatchObject({ state: "not_connected", onBehalf: true, stripeConfigured: true });

    const location = locationOf(await startOnboarding(coordinator.cookie, maker.id));
    const { stripeAccountId } = await db.maker.findUniqueOrThrow({ where: { id: maker.id } });
    const account = stripeFake.accounts.get(stripeAccountId!)!;
    expect(account).toMatchObject({ type: "express", country: "IN", capabilities: { transfers: "inactive" }, metadata: { makerId: maker.id } });
    const create = stripeFake.requests.find((recorded) => recorded.path === "/v1/accounts" && recorded.params["metadata[makerId]"] === maker.id)!;
    expect(create.idempotencyKey).toBe(`connect-account:${maker.id}`);
    const link = stripeFake.accountLinks.at(-1)!;
    expect(location).toBe(link.url);
    expect(link).toMatchObject({ account: stripeAccountId, type: "account_onboarding" });
    expect(link.return_url).toMatch(new RegExp(`/studio/makers/${maker.id}/connect\\?returned=1$`));
    expect(link.refresh_url).toMatch(new RegExp(`/studio/makers/${maker.id}/connect\\?expired=1$`));
    expect(await db.auditLog.count({ where: { action: "studio.maker.connect_started", entityId: maker.id, actorId: coordinator.user.id } })).toBe(1);

    const accountsBefore = stripeFake.accounts.size;
    const again = locationOf(await startOnboarding(coordinator.cookie, maker.id));
    expect(again).not.toBe(location);
    expect(stripeFake.accounts.size).toBe(accountsBefore);
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId).toBe(stripeAccountId);

    const pending = await connectLoader(args(makeRequest(`/studio/makers/${maker.id}/connect`, { cookie: coordinator.cookie }), { makerId: maker.id }));
    expect(pending.maker.state).toBe("pending");
    const list = await makersLoader(args(makeRequest("/studio/connect", { cookie: coordinator.cookie })));
    expect(list.makers).toEqual([expect.objectContaining({ id: maker.id, state: "pending" })]);
    expect((await ordersLoader(args(makeRequest("/studio/orders", { cookie: coordinator.cookie })))).canConnectMakers).toBe(true);
  });

  it("lets the artisan connect herself but nobody outside her organisation", async () => {
    const { maker, organisation } = await createCatalog();
    const artisan = await artisanFor(maker);
    const stranger = await coordinatorOf((await createCatalog()).organisation.id);
    const otherArtisan = await artisanFor((await createCatalog()).maker);
    for (const outsider of [stranger.cookie, otherArtisan.cookie]) {
      expect(((await startOnboarding(outsider, maker.id)) as Response).status).toBe(404);
      expect(((await settle(connectLoader(args(makeRequest(`/studio/makers/${maker.id}/connect`, { cookie: outsider }), { makerId: maker.id })))) as Response).status).toBe(404);
    }
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId).toBeNull();

    const page = await connectLoader(args(makeRequest(`/studio/makers/${maker.id}/connect`, { cookie: artisan.cookie }), { makerId: maker.id }));
    expect(page.maker.onBehalf).toBe(false);
    expect(locationOf(await startOnboarding(artisan.cookie, maker.id))).toMatch(/^https:\/\/connect\.stripe\.test\//);
    const account = stripeFake.accounts.get((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId!)!;
    expect(account).toMatchObject({ email: artisan.user.email, country: organisation.country });
  });

  it("says so on the form, and changes nothing, when Stripe does not answer", async () => {
    const { maker, organisation } = await createCatalog();
    const coordinator = await coordinatorOf(organisation.id);
    stripeFake.failNext("/v1/accounts");
    expect(refused(await startOnboarding(coordinator.cookie, maker.id)).errors[""]).toEqual(["fulfilment:connect.errors.stripe"]);
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId).toBeNull();
  });

  it("enables the maker from a verified account.updated, from either endpoint's secret, and disables her when Stripe does", async () => {
    const { maker, organisation } = await createCatalog();
    const coordinator = await coordinatorOf(organisation.id);
    await startOnboarding(coordinator.cookie, maker.id);
    const accountId = (await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId!;
    const enabled = { capabilities: { transfers: "active" as const }, charges_enabled: true, details_submitted: true };

    const forged = stripeFake.accountUpdated(accountId, enabled, { secret: "whsec_not_the_secret", stale: true });
    expect((await deliver(forged)).status).toBe(400);
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeChargesEnabled).toBe(false);

    const update = stripeFake.accountUpdated(accountId, enabled, { secret: CONNECT_WEBHOOK_SECRET });
    expect(await deliver(update)).toEqual({ status: 200, body: { received: true, outcome: "account_updated" } });
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeChargesEnabled).toBe(true);
    expect(await deliver(update)).toMatchObject({ body: { outcome: "account_unchanged" } });
    expect(await db.auditLog.count({ where: { action: "studio.maker.connect_changed", entityId: maker.id } })).toBe(1);

    // An event from before onboarding finished, arriving late, changes nothing: the account is read again.
    expect(await deliver(stripeFake.accountUpdated(accountId, { capabilities: { transfers: "inactive" } }, { stale: true }))).toMatchObject({
      body: { outcome: "account_unchanged" },
    });
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeChargesEnabled).toBe(true);

    expect(await deliver(stripeFake.accountUpdated(accountId, { capabilities: { transfers: "inactive" } }))).toMatchObject({ body: { outcome: "account_updated" } });
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeChargesEnabled).toBe(false);

    const foreign = { ...stripeFake.accounts.get(accountId)!, id: "acct_test_not_ours" };
    stripeFake.accounts.set(foreign.id, foreign);
    expect(await deliver(stripeFake.accountUpdated(foreign.id, {}))).toEqual({ status: 200, body: { received: true, outcome: "unknown_account" } });
  });

  it("reads the account's state when she comes back from Stripe, without waiting for the webhook", async () => {
    const { maker, organisation } = await createCatalog();
    const coordinator = await coordinatorOf(organisation.id);
    await startOnboarding(coordinator.cookie, maker.id);
    const accountId = (await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).stripeAccountId!;
    Object.assign(stripeFake.accounts.get(accountId)!, { capabilities: { transfers: "active" }, details_submitted: true });
    const page = await connectLoader(args(makeRequest(`/studio/makers/${maker.id}/connect?returned=1`, { cookie: coordinator.cookie }), { makerId: maker.id }));
    expect(page.maker.state).toBe("ready");
  });
});

describe("Stripe Connect: destination charges", () => {
  it("pays a single-maker order in EUR as a destination charge: the fee is the total less her share", async () => {
    const { variant, accountId } = await connectedCatalog({ priceInr: 50_000, cooperativePercentBp: 1_000, platformPercentBp: 500 });
    const { order, request, paymentIntent, session } = await stripeOrder([{ variantId: variant.id, quantity: 2 }], "EUR");
    // ₹1,000 less 10 % and 5 %: ₹850 for her, €9.21 at ₹92.30 per euro.
    const share = fromInr(85_000, "EUR", RATES.EUR);
    expect(share).toBe(921);
    expect(request.params["payment_intent_data[transfer_data][destination]"]).toBe(accountId);
    expect(request.params["payment_intent_data[application_fee_amount]"]).toBe(String(order.totalMinor - share));
    expect(paymentIntent).toMatchObject({ amount: order.totalMinor, transfer_data: { destination: accountId }, application_fee_amount: order.totalMinor - share });
    expect(session.metadata).toMatchObject({ orderId: order.id, connectDestination: accountId, connectAmountMinor: "921" });
  });

  it("does the same in JPY, in whole yen", async () => {
    const { variant, accountId } = await connectedCatalog({ priceInr: 123_456, cooperativePercentBp: 1_000, platformPercentBp: 500 });
    const { order, paymentIntent } = await stripeOrder([{ variantId: variant.id, quantity: 1 }], "JPY", checkoutForm({ "shipping.country": "JP", "shipping.postalCode": "150-0001", "shipping.city": "Tokyo" }));
    // ₹1,234.56 less 15 %: ₹1,049.38, which is ¥1,857 at ₹0.565 per yen.
    const share = fromInr(104_938, "JPY", RATES.JPY);
    expect(share).toBe(1_857);
    expect(paymentIntent).toMatchObject({ currency: "jpy", transfer_data: { destination: accountId }, application_fee_amount: order.totalMinor - share });
    expect(Number.isInteger(paymentIntent.application_fee_amount)).toBe(true);
  });

  it("does not use a destination charge for an order of two makers, or of a maker not yet enabled", async () => {
    const connected = await connectedCatalog();
    const other = await createCatalog({ stock: 5 });
    const mixed = await stripeOrder([
      { variantId: connected.variant.id, quantity: 1 },
      { variantId: other.variant.id, quantity: 1 },
    ]);
    expect(mixed.paymentIntent).toMatchObject({ transfer_data: null, application_fee_amount: null });
    expect(mixed.request.params).not.toHaveProperty("payment_intent_data[application_fee_amount]");
    expect(mixed.session.metadata).not.toHaveProperty("connectDestination");

    const pending = await createCatalog({ stock: 5 });
    await db.maker.update({ where: { id: pending.maker.id }, data: { stripeAccountId: `acct_pending_${pending.maker.id.slice(0, 8)}`, stripeChargesEnabled: false } });
    expect((await stripeOrder([{ variantId: pending.variant.id, quantity: 1 }])).paymentIntent.transfer_data).toBeNull();
  });

  it("posts the sale and the maker's payout once when paid, leaving nothing pending for a later release", async () => {
    const { variant, maker } = await connectedCatalog({ priceInr: 50_000, cooperativePercentBp: 1_000, platformPercentBp: 500 });
    const { order, session } = await stripeOrder([{ variantId: variant.id, quantity: 2 }], "EUR");
    const completed = stripeFake.webhook("checkout.session.completed", session, { payment_status: "paid", status: "complete" });

    expect(await deliver(completed)).toMatchObject({ status: 200, body: { outcome: "paid" } });
    expect(await deliver(completed)).toMatchObject({ body: { outcome: "duplicate" } });
    expect(await deliver(stripeFake.webhook("checkout.session.async_payment_succeeded", session, { payment_status: "paid", status: "complete" }))).toMatchObject({
      body: { outcome: "unchanged" },
    });

    const transactions = await db.ledgerTransaction.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(transactions.map((transaction) => transaction.kind).sort()).toEqual(["earnings_available", "order_paid", "payout"]);
    const payouts = await db.payout.findMany({ where: { orderId: order.id } });
    expect(payouts).toEqual([expect.objectContaining({ makerId: maker.id, method: "stripe_connect", amountInr: 85_000, reference: session.id, recordedById: null })]);
    expect(payouts[0]!.ledgerTransactionId).toBe(transactions.find((transaction) => transaction.kind === "payout")!.id);

    const byAccount = await ledgerOf(order.id);
    expect(byAccount[`maker_pending:${maker.id}`]).toBe(0);
    expect(byAccount[`maker_available:${maker.id}`]).toBe(0);
    expect(byAccount.payments_clearing).toBe(order.totalInr - 85_000);
    const clearingOut = await db.ledgerEntry.findFirstOrThrow({ where: { transaction: { idempotencyKey: `payout:stripe_connect:${order.id}` }, account: { kind: "payments_clearing" } } });
    expect(clearingOut).toMatchObject({ amountInr: -85_000n, originalCurrency: "EUR", originalAmountMinor: -921n });

    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
    expect(await availableBalance(maker.id)).toBe(0);
    expect(await db.$transaction((tx) => releaseLineEarnings(order.lines[0]!.id, "delivered", tx))).toBe(0);
    await releaseDueEarnings(new Date(Date.now() + 60 * 86_400_000));
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id } })).toBe(3);
    expect(await availableBalance(maker.id)).toBe(0);
  });
});
