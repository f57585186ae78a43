import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { createMakerShop, payOrder } from "./earnings-factories";
import {
  act,
  midMonth,
  monthAt,
  openPage,
  PLAN,
  planWorld,
} from "./reintegration-plans-helpers";

/** A person in Re-integration whose maker profile sells in the shop. */
async function sellingWorld(
  options: { consent?: { givenOn: Date; withdrawnAt?: Date } } = {}
) {
  const world = await planWorld();
  const shop = await createMakerShop();
  await db.beneficiary.update({
    where: { id: world.beneficiaryId },
    data: { makerId: shop.maker.id },
  });
  if (options.consent) {
    await db.consent.create({
      data: {
        beneficiaryId: world.beneficiaryId,
        purpose: "link_earnings",
        method: "written",
        givenOn: options.consent.givenOn,
        withdrawnAt: options.consent.withdrawnAt ?? null,
      },
    });
  }
  await act(world.caseworker, world.caseId, PLAN);
  await act(world.caseworker, world.caseId, {
    intent: "milestone",
    kind: "income",
    title: "First sale",
    rule: "first_shop_sale",
  });
  return { ...world, shop };
}

const shopRows = (beneficiaryId: string) =>
  db.incomeRecord.findMany({
    where: { beneficiaryId, source: "shop" },
    orderBy: { month: "asc" },
  });

describe("reintegration income from the shop", () => {
  it("derives shop income from a real ledger sale under consent, and meets the first-sale milestone", async () => {
    const world = await sellingWorld({
      consent: { givenOn: new Date(`${monthAt(-6)}-01T00:00:00.000Z`) },
    });
    let page = await openPage(world.caseworker, world.caseId);
    expect(page.shopLink.state).toBe("linked");
    expect(page.plan!.milestones[0]!.state).toBe("pending");
    expect(await shopRows(world.beneficiaryId)).toHaveLength(0);

    await payOrder([{ shop: world.shop, unitPriceInr: 100_000 }], {
      paidAt: midMonth(-2),
    });
    page = await openPage(world.caseworker, world.caseId);
    const rows = await shopRows(world.beneficiaryId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.month.toISOString().slice(0, 7)).toBe(monthAt(-2));
    // The maker's share: the price less the cooperative's 10% and the platform's 5%.
    expect(rows[0]!.amountInr).toBe(85_000);
    expect(
      page.income.rows.find((row) => row.month === monthAt(-2))!.bySource.shop
    ).toBe(85_000);
    expect(page.plan!.milestones[0]).toMatchObject({
      state: "met",
      metOn: `${monthAt(-2)}-01`,
      ticked: false,
    });
    // Loading again changes nothing.
    await openPage(world.caseworker, world.caseId);
    expect(await shopRows(world.beneficiaryId)).toHaveLength(1);
  });

  it("stops linking new months once consent is withdrawn, keeps the linked ones, and says so", async () => {
    const withdrawnAt = midMonth(-3);
    const world = await sellingWorld({
      consent: {
        givenOn: new Date(`${monthAt(-6)}-01T00:00:00.000Z`),
        withdrawnAt,
      },
    });
    await payOrder([{ shop: world.shop, unitPriceInr: 100_000 }], {
      paidAt: midMonth(-4),
    });
    await payOrder([{ shop: world.shop, unitPriceInr: 200_000 }], {
      paidAt: midMonth(-1),
    });
    const page = await openPage(world.caseworker, world.caseId);
    const rows = await shopRows(world.beneficiaryId);
    expect(rows.map((row) => row.month.toISOString().slice(0, 7))).toEqual([
      monthAt(-4),
    ]);
    expect(
      page.income.rows.find((row) => row.month === monthAt(-1))!.bySource.shop
    ).toBeUndefined();
    expect(page.shopLink).toEqual({
      state: "withdrawn",
      withdrawnOn: `${monthAt(-3)}-15`,
    });
  });

  it("creates no shop rows without the link-earnings consent", async () => {
    const world = await sellingWorld();
    await payOrder([{ shop: world.shop, unitPriceInr: 100_000 }], {
      paidAt: midMonth(-1),
    });
    const page = await openPage(world.caseworker, world.caseId);
    expect(page.shopLink.state).toBe("noConsent");
    expect(await shopRows(world.beneficiaryId)).toHaveLength(0);
    expect(page.plan!.milestones[0]!.state).toBe("pending");
  });
});
