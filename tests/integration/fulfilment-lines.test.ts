import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { formatOrderNumber } from "~/modules/orders/order-number";
import { loader as orderLoader } from "~/routes/studio.orders.$orderId";
import { loader as slipLoader } from "~/routes/studio.orders.$orderId_.slip";
import { loader as listLoader } from "~/routes/studio.orders._index";
import { args, settle } from "./admin-helpers";
import { artisanFor, coordinatorOf, orderOf } from "./fulfilment-factories";
import { createUser, makeRequest } from "./helpers";
import { createCatalog, createVariant, ensureShop } from "./order-factories";
import { signIn } from "./admin-helpers";

beforeAll(ensureShop);

const list = (cookie: string, query = "") => listLoader(args(makeRequest(`/studio/orders${query}`, { cookie })));
const openOrder = (cookie: string, orderId: string) => settle(orderLoader(args(makeRequest(`/studio/orders/${orderId}`, { cookie }), { orderId })));
const openSlip = (cookie: string, orderId: string) => settle(slipLoader(args(makeRequest(`/studio/orders/${orderId}/slip`, { cookie }), { orderId })));

describe("studio: a maker's order lines", () => {
  it("shows an artisan her paid lines only, newest first, with the address; not another maker's, not unpaid ones", async () => {
    const mine = await createCatalog({ stock: 20 });
    const other = await createCatalog({ stock: 20 });
    const { cookie } = await artisanFor(mine.maker);
    const first = await orderOf([{ variantId: mine.variant.id, quantity: 2 }]);
    const mixed = await orderOf([
      { variantId: mine.variant.id, quantity: 1 },
      { variantId: other.variant.id, quantity: 3 },
    ]);
    const unpaid = await orderOf([{ variantId: mine.variant.id, quantity: 1 }], { paid: false });
    await orderOf([{ variantId: other.variant.id, quantity: 1 }]);

    const page = await list(cookie);
    expect(page.tab).toBe("to-ship");
    expect(page.counts).toEqual({ "to-ship": 2, shipped: 0, delivered: 0 });
    expect(page.lines.map((line) => line.order.id)).toEqual([mixed.order.id, first.order.id]);
    const [line] = page.lines;
    expect(line).toMatchObject({
      title: "Wild forest honey",
      option: "500 g",
      quantity: 1,
      onBehalf: false,
      order: { number: formatOrderNumber(mixed.order.number), country: "Germany" },
      shipTo: { name: "Ada Buyer", line1: "Unter den Linden 1", city: "Berlin", postalCode: "10115", country: "DE", countryName: "Germany" },
    });
    expect(page.lines.every((entry) => entry.makerName === mine.maker.displayName)).toBe(true);

    // Her lines of a mixed order, not the other maker's.
    const view = await openOrder(cookie, mixed.order.id);
    if (view instanceof Response) throw new Error(`expected the order, got ${view.status}`);
    expect(view.order.lines.map((entry) => entry.quantity)).toEqual([1]);
    expect(view.order.shipTo?.city).toBe("Berlin");

    // Nothing of an order that is not paid: no page, no address, no slip.
    expect(((await openOrder(cookie, unpaid.order.id)) as Response).status).toBe(404);
    expect(((await openSlip(cookie, unpaid.order.id)) as Response).status).toBe(404);
    expect(JSON.stringify(page)).not.toContain(unpaid.order.id);
  });

  it("shows Hindi product names to a Hindi reader", async () => {
    const { maker, variant } = await createCatalog({ stock: 5 });
    const { cookie } = await artisanFor(maker);
    await orderOf([{ variantId: variant.id, quantity: 1 }]);
    const page = await listLoader(args(makeRequest("/studio/orders", { cookie, headers: { "Accept-Language": "hi" } })));
    expect(page.lines[0]).toMatchObject({ title: "जंगली शहद", option: "500 ग्राम" });
  });

  it("never shows the address of a refunded line", async () => {
    const { maker, variant } = await createCatalog({ stock: 5 });
    const { cookie } = await artisanFor(maker);
    const { order } = await orderOf([{ variantId: variant.id, quantity: 1 }]);
    await db.orderLine.updateMany({ where: { orderId: order.id }, data: { status: "refunded" } });
    await db.order.update({ where: { id: order.id }, data: { status: "refunded" } });

    const view = await openOrder(cookie, order.id);
    if (view instanceof Response) throw new Error(`expected the order, got ${view.status}`);
    expect(view.order.shipTo).toBeNull();
    expect(view.order.toShip).toEqual([]);
    expect(view.order.lines[0]?.status).toBe("refunded");
    expect(((await openSlip(cookie, order.id)) as Response).status).toBe(404);
    expect((await list(cookie)).lines).toEqual([]);
  });

  it("gives a packing slip with what, how many, SKU, HS code, weight and the address, without prices", async () => {
    const catalog = await createCatalog({ stock: 10, weightGrams: 300 });
    await db.productVariant.update({ where: { id: catalog.variant.id }, data: { hsCode: "0409.00" } });
    const second = await createVariant(catalog.product.id, { stock: 10, weightGrams: 500 });
    const { cookie } = await artisanFor(catalog.maker);
    const { order } = await orderOf([
      { variantId: catalog.variant.id, quantity: 3 },
      { variantId: second.id, quantity: 1 },
    ]);

    const slip = await openSlip(cookie, order.id);
    if (slip instanceof Response) throw new Error(`expected the slip, got ${slip.status}`);
    expect(slip.slip).toMatchObject({ number: formatOrderNumber(order.number), totalQuantity: 4, totalWeightGrams: 1_400, from: [catalog.organisation.name] });
    expect(slip.slip.shipTo).toMatchObject({ name: "Ada Buyer", city: "Berlin", countryName: "Germany" });
    expect(slip.slip.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sku: catalog.variant.sku, hsCode: "0409.00", quantity: 3, weightGrams: 900 }),
        expect.objectContaining({ sku: second.sku, hsCode: null, quantity: 1, weightGrams: 500 }),
      ]),
    );
    expect(JSON.stringify(slip)).not.toMatch(/price|Minor|Inr/i);
  });

  it("shows a coordinator her organisations' lines with the maker's name, and nothing of another organisation", async () => {
    const mine = await createCatalog({ stock: 10 });
    const theirs = await createCatalog({ stock: 10 });
    const { cookie } = await coordinatorOf(mine.organisation.id);
    const ours = await orderOf([{ variantId: mine.variant.id, quantity: 1 }]);
    const foreign = await orderOf([{ variantId: theirs.variant.id, quantity: 1 }]);

    const page = await list(cookie);
    expect(page.forOthers).toBe(true);
    // Without Stripe there is nothing to connect makers to.
    expect(page.canConnectMakers).toBe(false);
    expect(page.lines.map((line) => [line.order.id, line.makerName, line.onBehalf])).toEqual([[ours.order.id, mine.maker.displayName, true]]);
    const view = await openOrder(cookie, ours.order.id);
    if (view instanceof Response) throw new Error(`expected the order, got ${view.status}`);
    expect(view.order.makers).toEqual([{ name: mine.maker.displayName, onBehalf: true }]);
    expect(((await openOrder(cookie, foreign.order.id)) as Response).status).toBe(404);
    expect(((await openOrder(cookie, "not-a-uuid")) as Response).status).toBe(404);
  });

  it("refuses people without the studio's order permission", async () => {
    const caseworker = await signIn(await createUser(["caseworker"]));
    expect(((await settle(list(caseworker))) as Response).status).toBe(403);
  });
});
