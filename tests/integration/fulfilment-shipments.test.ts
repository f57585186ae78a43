import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { availableBalance, balanceOf, releaseDueEarnings } from "~/modules/earnings/index.server";
import { submitTestPayment, trackingPath } from "~/modules/orders/index.server";
import { loader as trackLoader } from "~/routes/_shop.track.$orderId";
import { action as orderAction, loader as orderLoader } from "~/routes/studio.orders.$orderId";
import { loader as listLoader } from "~/routes/studio.orders._index";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { artisanFor, coordinatorOf, orderOf } from "./fulfilment-factories";
import { makeRequest } from "./helpers";
import { createCatalog, createVariant, ensureShop } from "./order-factories";
import { outbox } from "./order-helpers";

beforeAll(ensureShop);

const post = (cookie: string, orderId: string, form: Record<string, string | string[]>) =>
  settle(orderAction(args(makeRequest(`/studio/orders/${orderId}`, { cookie, form }), { orderId })));
const ship = (cookie: string, orderId: string, lineIds: string[], carrier = "India Post", trackingNumber = "EE123456789IN") =>
  post(cookie, orderId, { intent: "ship", lineIds, carrier, trackingNumber });
const statusOf = async (orderId: string) => (await db.order.findUniqueOrThrow({ where: { id: orderId } })).status;
const linesOf = (orderId: string) => db.orderLine.findMany({ where: { orderId }, orderBy: { title: "asc" } });
const emailsTo = async (email: string) => (await outbox()).filter((message) => message.to === email);

/** An organisation's maker with a studio account, and a paid order of two of her pieces (two lines). */
async function twoLineOrder() {
  const catalog = await createCatalog({ stock: 10, cooperativePercentBp: 1_000, platformPercentBp: 500 });
  const second = await createVariant(catalog.product.id, { stock: 10, priceInr: 20_000 });
  await db.productVariant.update({ where: { id: second.id }, data: { optionEn: "1 kg" } });
  const artisan = await artisanFor(catalog.maker);
  const placed = await orderOf([
    { variantId: catalog.variant.id, quantity: 1 },
    { variantId: second.id, quantity: 2 },
  ]);
  const first = placed.order.lines.find((line) => line.variantId === catalog.variant.id)!;
  const other = placed.order.lines.find((line) => line.variantId === second.id)!;
  return { ...catalog, artisan, ...placed, first, other };
}

describe("studio: sending and delivering", () => {
  it("records a parcel: shipment, statuses partly shipped then shipped, the buyer's email and the tracking page", async () => {
    const { artisan, order, email, first, other } = await twoLineOrder();

    expect(locationOf(await ship(artisan.cookie, order.id, [other.id], "DHL", " jd0146 0000 1234 "))).toBe(`/studio/orders/${order.id}?saved=shipped`);
    const shipment = await db.shipment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(shipment).toMatchObject({ carrier: "DHL", trackingNumber: "JD0146 0000 1234", createdById: artisan.user.id, deliveredAt: null });
    expect((await linesOf(order.id)).map((line) => [line.id, line.status, line.shipmentId])).toEqual(
      expect.arrayContaining([
        [other.id, "shipped", shipment.id],
        [first.id, "paid", null],
      ]),
    );
    expect(await statusOf(order.id)).toBe("partly_shipped");
    expect(await db.auditLog.count({ where: { action: "studio.shipment.recorded", entityId: shipment.id, actorId: artisan.user.id } })).toBe(1);

    const [message] = (await emailsTo(email)).filter((sent) => sent.subject.includes("on its way"));
    expect(message?.subject).toBe(`Your Reweave order RW-${String(order.number).padStart(6, "0")} is on its way`);
    expect(message?.text).toContain("Carrier: DHL");
    expect(message?.text).toContain("Tracking number: JD0146 0000 1234");
    expect(message?.text).toContain("2 × Wild forest honey (1 kg)");
    expect(message?.text).toContain(`${trackingPath(order.id)}`);

    expect(locationOf(await ship(artisan.cookie, order.id, [first.id]))).toBe(`/studio/orders/${order.id}?saved=shipped`);
    expect(await statusOf(order.id)).toBe("shipped");
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(2);

    const track = await trackLoader(args(makeRequest(trackingPath(order.id)), { orderId: order.id }));
    expect(track.order.status).toBe("shipped");
    expect(track.order.shipments.map((sent) => [sent.carrier, sent.trackingNumber])).toEqual([
      ["DHL", "JD0146 0000 1234"],
      ["India Post", "EE123456789IN"],
    ]);
    expect(track.order.shipments.every((sent) => sent.shippedAt instanceof Date)).toBe(true);
    expect(track.order.lines.find((line) => line.id === other.id)?.shipmentId).toBe(shipment.id);

    const listed = await listLoader(args(makeRequest("/studio/orders?tab=shipped", { cookie: artisan.cookie })));
    expect(listed.lines.map((line) => line.shipment?.trackingNumber).sort()).toEqual(["EE123456789IN", "JD0146 0000 1234"]);
  });

  it("sends the shipment email in the order's language", async () => {
    const { maker, variant } = await createCatalog({ stock: 5 });
    const artisan = await artisanFor(maker);
    const { order, email } = await orderOf([{ variantId: variant.id, quantity: 1 }], { paid: false });
    await db.order.update({ where: { id: order.id }, data: { language: "hi" } });
    await submitTestPayment(order.id, "pay");
    await ship(artisan.cookie, order.id, [order.lines[0]!.id], "Speed Post", "EM987654321IN");
    const sent = (await emailsTo(email)).find((message) => message.text.includes("EM987654321IN"));
    expect(sent?.subject).toContain("रास्ते में है");
    expect(sent?.text).toContain("कूरियर: Speed Post");
  });

  it("refuses a line sent twice (a double tap) with a clear message, never a second shipment", async () => {
    const { artisan, order, email, first } = await twoLineOrder();
    const taps = await Promise.all([ship(artisan.cookie, order.id, [first.id]), ship(artisan.cookie, order.id, [first.id], "DHL", "XYZ-0001")]);
    const refusals = taps.filter((tap) => !(tap instanceof Response));
    expect(taps.filter((tap) => tap instanceof Response)).toHaveLength(1);
    expect(refusals).toHaveLength(1);
    expect(refused(refusals[0]).errors[""]).toEqual(["fulfilment:errors.alreadyShipped"]);
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(1);
    expect((await emailsTo(email)).filter((message) => message.subject.includes("on its way"))).toHaveLength(1);

    const again = refused(await ship(artisan.cookie, order.id, [first.id]));
    expect(again.status).toBe(400);
    expect(again.errors[""]).toEqual(["fulfilment:errors.alreadyShipped"]);
  });

  it("answers bad carrier or tracking numbers with field errors and changes nothing", async () => {
    const { artisan, order, first } = await twoLineOrder();
    const cases: [Record<string, string | string[]>, string, string][] = [
      [{ intent: "ship", lineIds: [first.id], carrier: "", trackingNumber: "EE123456789IN" }, "carrier", "fulfilment:errors.carrierRequired"],
      [{ intent: "ship", lineIds: [first.id], carrier: "DHL", trackingNumber: "" }, "trackingNumber", "fulfilment:errors.trackingRequired"],
      [{ intent: "ship", lineIds: [first.id], carrier: "DHL", trackingNumber: "abc" }, "trackingNumber", "fulfilment:errors.trackingNumber"],
      [{ intent: "ship", lineIds: [first.id], carrier: "DHL", trackingNumber: "EE12<script>" }, "trackingNumber", "fulfilment:errors.trackingNumber"],
      [{ intent: "ship", lineIds: [first.id], carrier: "DHL", trackingNumber: "X".repeat(41) }, "trackingNumber", "fulfilment:errors.trackingNumber"],
      [{ intent: "ship", lineIds: [first.id], carrier: "D".repeat(61), trackingNumber: "EE123456789IN" }, "carrier", "fulfilment:errors.carrierTooLong"],
      [{ intent: "ship", carrier: "DHL", trackingNumber: "EE123456789IN" }, "lineIds", "fulfilment:errors.chooseLines"],
      [{ intent: "ship", lineIds: ["not-a-line"], carrier: "DHL", trackingNumber: "EE123456789IN" }, "lineIds[0]", "validation.invalid"],
    ];
    for (const [form, field, message] of cases) {
      const answer = refused(await post(artisan.cookie, order.id, form));
      expect(answer.status).toBe(400);
      expect(answer.errors[field]).toEqual([message]);
    }
    expect(refused(await post(artisan.cookie, order.id, { intent: "delivered", shipmentId: "nope" })).errors.shipmentId).toEqual(["validation.invalid"]);
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
    expect(await statusOf(order.id)).toBe("paid");
    expect((await linesOf(order.id)).every((line) => line.status === "paid")).toBe(true);
  });

  it("delivers: lines delivered, the order delivered once all are, and the maker's earnings available", async () => {
    const { artisan, order, first, other, maker } = await twoLineOrder();
    await ship(artisan.cookie, order.id, [first.id]);
    await ship(artisan.cookie, order.id, [other.id], "DHL", "JD01460000");
    const [firstParcel, secondParcel] = await db.shipment.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    const pendingBefore = -(await balanceOf("maker_pending", { makerId: maker.id }));
    // 1 × ₹500 + 2 × ₹200 = ₹900 less 10 % and 5 %: ₹765.00 for her.
    expect(pendingBefore).toBe(76_500);

    expect(locationOf(await post(artisan.cookie, order.id, { intent: "delivered", shipmentId: firstParcel!.id }))).toBe(`/studio/orders/${order.id}?saved=released`);
    expect((await db.orderLine.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("delivered");
    expect((await db.shipment.findUniqueOrThrow({ where: { id: firstParcel!.id } })).deliveredAt).toBeInstanceOf(Date);
    expect(await statusOf(order.id)).toBe("shipped");
    expect(await availableBalance(maker.id)).toBe(42_500);
    expect(-(await balanceOf("maker_pending", { makerId: maker.id }))).toBe(34_000);

    const twice = refused(await post(artisan.cookie, order.id, { intent: "delivered", shipmentId: firstParcel!.id }));
    expect(twice.errors[""]).toEqual(["fulfilment:errors.alreadyDelivered"]);

    await post(artisan.cookie, order.id, { intent: "delivered", shipmentId: secondParcel!.id });
    expect(await statusOf(order.id)).toBe("delivered");
    expect(await availableBalance(maker.id)).toBe(76_500);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "studio.shipment.delivered", entityId: { in: [firstParcel!.id, secondParcel!.id] } } })).toBe(2);
    // The hold-period release later finds nothing left to move.
    await releaseDueEarnings(new Date(Date.now() + 60 * 86_400_000));
    expect(await availableBalance(maker.id)).toBe(76_500);

    const view = await orderLoader(args(makeRequest(`/studio/orders/${order.id}`, { cookie: artisan.cookie }), { orderId: order.id }));
    expect(view.order.shipments.every((parcel) => parcel.deliveredAt && !parcel.canMarkDelivered)).toBe(true);
    const delivered = await listLoader(args(makeRequest("/studio/orders?tab=delivered", { cookie: artisan.cookie })));
    expect(delivered.counts).toEqual({ "to-ship": 0, shipped: 0, delivered: 2 });
  });

  it("lets a coordinator act on behalf of a maker without a phone; another organisation's coordinator gets 404", async () => {
    const catalog = await createCatalog({ stock: 10 });
    const { order } = await orderOf([{ variantId: catalog.variant.id, quantity: 1 }]);
    const line = order.lines[0]!;
    const coordinator = await coordinatorOf(catalog.organisation.id);
    const stranger = await coordinatorOf((await createCatalog()).organisation.id);
    const otherArtisan = await artisanFor((await createCatalog()).maker);

    for (const outsider of [stranger.cookie, otherArtisan.cookie]) {
      expect(((await ship(outsider, order.id, [line.id])) as Response).status).toBe(404);
      expect(((await settle(orderLoader(args(makeRequest(`/studio/orders/${order.id}`, { cookie: outsider }), { orderId: order.id })))) as Response).status).toBe(404);
    }
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);

    const view = await orderLoader(args(makeRequest(`/studio/orders/${order.id}`, { cookie: coordinator.cookie }), { orderId: order.id }));
    expect(view.order.makers).toEqual([{ name: catalog.maker.displayName, onBehalf: true }]);
    expect(locationOf(await ship(coordinator.cookie, order.id, [line.id]))).toBe(`/studio/orders/${order.id}?saved=shipped`);
    const shipment = await db.shipment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(shipment.createdById).toBe(coordinator.user.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "studio.shipment.recorded", entityId: shipment.id } });
    expect(audit).toMatchObject({ actorId: coordinator.user.id, organisationId: catalog.organisation.id });
    expect(audit.details).toMatchObject({ onBehalf: true });

    expect(((await post(stranger.cookie, order.id, { intent: "delivered", shipmentId: shipment.id })) as Response).status).toBe(404);
    expect(locationOf(await post(coordinator.cookie, order.id, { intent: "delivered", shipmentId: shipment.id }))).toBe(`/studio/orders/${order.id}?saved=released`);
    expect(await statusOf(order.id)).toBe("delivered");
  });

  it("does not let an artisan send lines of another maker in the same order", async () => {
    const mine = await createCatalog({ stock: 10 });
    const other = await createCatalog({ stock: 10 });
    const artisan = await artisanFor(mine.maker);
    const { order } = await orderOf([
      { variantId: mine.variant.id, quantity: 1 },
      { variantId: other.variant.id, quantity: 1 },
    ]);
    const foreign = order.lines.find((line) => line.makerId === other.maker.id)!;
    const own = order.lines.find((line) => line.makerId === mine.maker.id)!;
    expect(((await ship(artisan.cookie, order.id, [own.id, foreign.id])) as Response).status).toBe(404);
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
    await ship(artisan.cookie, order.id, [own.id]);
    expect(await statusOf(order.id)).toBe("partly_shipped");
  });
});
