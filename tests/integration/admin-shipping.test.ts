import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { quoteShippingTo } from "~/modules/orders/shipping.server";
import { action } from "~/routes/admin.shipping.$zoneId";
import { args, locationOf, settle, signIn } from "./admin-helpers";
import { createUser, makeRequest } from "./helpers";

async function zones() {
  const europe = await db.shippingZone.create({ data: { code: `europe-${crypto.randomUUID().slice(0, 6)}`, nameEn: "Europe", countries: ["DE", "FR"], rates: { create: [{ maxWeightGrams: 500, priceInr: 140_000 }] } } });
  const asia = await db.shippingZone.create({ data: { code: `asia-${crypto.randomUUID().slice(0, 6)}`, nameEn: "Asia", countries: ["JP"], rates: { create: [{ maxWeightGrams: 500, priceInr: 90_000 }] } } });
  return { europe, asia };
}

const post = (cookie: string, zoneId: string, form: Record<string, string>) => settle(action(args(makeRequest(`/admin/shipping/${zoneId}`, { cookie, form }), { zoneId })));

describe("admin: shipping zones", () => {
  it("replaces a zone's countries and bands; blank rows are ignored; the cart's quote follows", async () => {
    const { europe } = await zones();
    const cookie = await signIn(await createUser(["admin"]));
    const result = await post(cookie, europe.id, {
      countries: "de, fr  gb",
      "bands[0].maxWeightGrams": "1000",
      "bands[0].price": "2100",
      "bands[1].maxWeightGrams": "500",
      "bands[1].price": "1400.50",
      "bands[2].maxWeightGrams": "",
      "bands[2].price": "",
    });

    expect(locationOf(result)).toBe("/admin/shipping?saved=1");
    const saved = await db.shippingZone.findUniqueOrThrow({ where: { id: europe.id }, include: { rates: { orderBy: { maxWeightGrams: "asc" } } } });
    expect(saved.countries).toEqual(["DE", "FR", "GB"]);
    expect(saved.rates.map((rate) => [rate.maxWeightGrams, rate.priceInr])).toEqual([
      [500, 140_050],
      [1_000, 210_000],
    ]);
    expect(await quoteShippingTo("GB", 800)).toMatchObject({ ok: true, priceInr: 210_000 });
    expect(await db.auditLog.count({ where: { action: "admin.shipping_zone.updated", entityId: europe.id } })).toBe(1);
  });

  it("marks bad weights, prices and countries on their fields and changes nothing", async () => {
    const { europe } = await zones();
    const cookie = await signIn(await createUser(["admin"]));
    const cases: [Record<string, string>, string][] = [
      [{ countries: "DE", "bands[0].maxWeightGrams": "-5", "bands[0].price": "10" }, "bands[0].maxWeightGrams"],
      [{ countries: "DE", "bands[0].maxWeightGrams": "500", "bands[0].price": "ten" }, "bands[0].price"],
      [{ countries: "DE", "bands[0].maxWeightGrams": "500", "bands[0].price": "1", "bands[1].maxWeightGrams": "500", "bands[1].price": "2" }, "bands[1].maxWeightGrams"],
      [{ countries: "DE", "bands[0].maxWeightGrams": "", "bands[0].price": "" }, "bands"],
      [{ countries: "DE, XX", "bands[0].maxWeightGrams": "500", "bands[0].price": "1" }, "countries"],
      [{ countries: "", "bands[0].maxWeightGrams": "500", "bands[0].price": "1" }, "countries"],
    ];
    for (const [form, field] of cases) {
      const result = (await post(cookie, europe.id, form)) as unknown as { init: { status: number }; data: { result: { error: Record<string, string[]> } } };
      expect(result.init.status, field).toBe(400);
      expect(result.data.result.error[field]?.length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    const unchanged = await db.shippingZone.findUniqueOrThrow({ where: { id: europe.id }, include: { rates: true } });
    expect(unchanged.countries).toEqual(["DE", "FR"]);
    expect(unchanged.rates.map((rate) => rate.priceInr)).toEqual([140_000]);
  });

  it("refuses a country that another zone already lists, naming it", async () => {
    const { europe } = await zones();
    const cookie = await signIn(await createUser(["admin"]));
    const result = (await post(cookie, europe.id, { countries: "DE, JP", "bands[0].maxWeightGrams": "500", "bands[0].price": "1" })) as unknown as {
      data: { elsewhere: { country: string }[] };
    };
    expect(result.data.elsewhere.map((item) => item.country)).toContain("JP");
  });

  it("answers 404 for an unknown zone and 403 without the permission", async () => {
    const { europe } = await zones();
    const admin = await signIn(await createUser(["admin"]));
    expect(((await post(admin, "not-a-uuid", { countries: "DE" })) as Response).status).toBe(404);
    const coordinator = await signIn(await createUser(["coordinator"]));
    expect(((await post(coordinator, europe.id, { countries: "DE" })) as Response).status).toBe(403);
  });
});
