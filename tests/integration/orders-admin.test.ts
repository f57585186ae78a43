import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { formatOrderNumber } from "~/modules/orders/order-number";
import { action as orderAction, loader as orderLoader } from "~/routes/admin.orders.$orderId";
import { loader as listLoader } from "~/routes/admin.orders._index";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { createUser, makeRequest } from "./helpers";
import { checkoutForm, createCatalog, ensureShop, stockOf } from "./order-factories";
import { cartCookieWith, checkout } from "./order-helpers";
import { submitTestPayment } from "~/modules/orders/index.server";

beforeAll(ensureShop);

async function orderOf(stock: number, quantity: number, options: { paid?: boolean; email?: string } = {}) {
  const catalog = await createCatalog({ stock });
  const form = checkoutForm(options.email ? { email: options.email } : {});
  const { orderId } = await checkout(await cartCookieWith(catalog.variant.id, quantity), form);
  if (options.paid) await submitTestPayment(orderId, "pay");
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  return { ...catalog, order, email: form.email };
}

async function signedIn(roles: Parameters<typeof createUser>[0], organisationId?: string) {
  const user = await createUser(roles, { organisationId });
  return signIn(user);
}

const post = (orderId: string, cookie: string, form: Record<string, string>) =>
  settle(orderAction(args(makeRequest(`/admin/orders/${orderId}`, { cookie, form }), { orderId })));

describe("admin: orders", () => {
  it("lists orders by status and finds them by number or email", async () => {
    const paid = await orderOf(5, 1, { paid: true, email: "lista.findme@example.org" });
    const pending = await orderOf(5, 1);
    const cookie = await signedIn(["admin"]);
    const list = (query: string) => listLoader(args(makeRequest(`/admin/orders${query}`, { cookie })));

    const byStatus = await list("?status=paid");
    expect(byStatus.orders.map((order) => order.id)).toContain(paid.order.id);
    expect(byStatus.orders.map((order) => order.id)).not.toContain(pending.order.id);
    expect((await list(`?q=${formatOrderNumber(paid.order.number)}`)).orders.map((order) => order.id)).toEqual([paid.order.id]);
    expect((await list(`?q=${paid.order.number}`)).orders.map((order) => order.id)).toContain(paid.order.id);
    expect((await list("?q=FINDME@example")).orders.map((order) => order.id)).toEqual([paid.order.id]);
    expect((await list("?status=nonsense&page=-3")).page).toBe(1);
  });

  it("shows coordinators only the orders with lines of their organisations", async () => {
    const mine = await orderOf(5, 1);
    const theirs = await orderOf(5, 1);
    const cookie = await signedIn(["coordinator"], mine.organisation.id);

    const list = await listLoader(args(makeRequest("/admin/orders", { cookie })));
    expect(list.orders.map((order) => order.id)).toEqual([mine.order.id]);
    expect((await orderLoader(args(makeRequest(`/admin/orders/${mine.order.id}`, { cookie }), { orderId: mine.order.id }))).order.lines).toHaveLength(1);
    const hidden = await settle(orderLoader(args(makeRequest(`/admin/orders/${theirs.order.id}`, { cookie }), { orderId: theirs.order.id })));
    expect((hidden as Response).status).toBe(404);
    // Reading is not cancelling.
    const denied = await post(mine.order.id, cookie, { intent: "cancel", confirm: "on" });
    expect((denied as Response).status).toBe(403);
    expect(await db.order.findUniqueOrThrow({ where: { id: mine.order.id } })).toMatchObject({ status: "pending_payment" });
  });

  it("cancels an unpaid order after confirmation, returning its stock", async () => {
    const { order, variant } = await orderOf(4, 3);
    const cookie = await signedIn(["admin"]);
    const unconfirmed = refused(await post(order.id, cookie, { intent: "cancel" }));
    expect(unconfirmed.errors.confirm).toEqual(["checkout:admin.errors.confirm"]);
    expect(await stockOf(variant.id)).toBe(1);

    expect(locationOf(await post(order.id, cookie, { intent: "cancel", confirm: "on" }))).toBe(`/admin/orders/${order.id}?saved=cancelled`);
    expect(await stockOf(variant.id)).toBe(4);
    expect(await db.auditLog.count({ where: { action: "admin.order.cancelled", entityId: order.id } })).toBe(1);
    const again = refused(await post(order.id, cookie, { intent: "cancel", confirm: "on" }));
    expect(again.errors[""]).toEqual(["checkout:admin.errors.notCancellable"]);
  });

  it("refunds a line through the manual provider, once, restocking when asked", async () => {
    const { order, variant } = await orderOf(4, 2, { paid: true });
    const cookie = await signedIn(["admin"]);
    const line = order.lines[0]!;

    const invalid = refused(await post(order.id, cookie, { intent: "refund", target: "everything" }));
    expect(invalid.errors.target).toBeDefined();
    expect(locationOf(await post(order.id, cookie, { intent: "refund", target: line.id, restock: "on" }))).toBe(`/admin/orders/${order.id}?saved=refunded`);
    expect(locationOf(await post(order.id, cookie, { intent: "refund", target: line.id, restock: "on" }))).toBe(`/admin/orders/${order.id}?saved=alreadyRefunded`);

    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded" });
    expect(await db.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ providerRefundId: expect.stringMatching(/^manual_refund_/), amountMinor: line.totalMinor });
    expect(await stockOf(variant.id)).toBe(4);
    expect(await db.ledgerTransaction.count({ where: { orderId: order.id, kind: "order_refund" } })).toBe(1);

    const page = await orderLoader(args(makeRequest(`/admin/orders/${order.id}`, { cookie }), { orderId: order.id }));
    expect(page.order).toMatchObject({ status: "refunded", canCancel: false, canRefundWhole: false });
    expect(page.order.refunds).toHaveLength(1);
  });
});
