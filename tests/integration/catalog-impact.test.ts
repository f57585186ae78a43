import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { postTransaction } from "~/modules/earnings/index.server";
import { loader as homeLoader } from "~/routes/_shop._index";
import { args } from "./admin-helpers";
import { createCategory, createMaker, createProduct } from "./catalog-factories";
import { makeRequest } from "./helpers";

async function paySale(makerId: string, amountInr: number, occurredAt = new Date()) {
  await db.$transaction((tx) =>
    postTransaction(
      {
        kind: "order_paid",
        idempotencyKey: `test-sale:${crypto.randomUUID()}`,
        description: "a test sale",
        occurredAt,
        entries: [
          { kind: "payments_clearing", amountInr },
          { kind: "maker_pending", owner: { makerId }, amountInr: -Math.round(amountInr * 0.8) },
          { kind: "platform_fees", amountInr: -(amountInr - Math.round(amountInr * 0.8)) },
        ],
      },
      tx,
    ),
  );
}

const home = () => homeLoader(args(makeRequest("/")));

describe("the home page", () => {
  it("shows impact figures only when at least 11 makers were paid in the last 12 months", async () => {
    const makers = await Promise.all(Array.from({ length: 11 }, () => createMaker()));
    for (const maker of makers.slice(0, 10)) await paySale(maker.id, 100_000);
    // Paid too long ago to count.
    await paySale(makers[10]!.id, 100_000, new Date(Date.now() - 400 * 24 * 60 * 60 * 1000));
    expect((await home()).impact).toBeNull();

    await paySale(makers[10]!.id, 50_000);
    const { impact } = await home();
    // 10 makers × ₹800 + ₹400, net of fees.
    expect(impact).toEqual({ makers: "11", total: "₹8,400.00" });
  });

  it("lists the categories in order and the featured products", async () => {
    const second = await createCategory({ position: 2, nameEn: "Zz second" });
    const first = await createCategory({ position: -1, nameEn: "Aa first" });
    const product = await createProduct({ categoryId: first.id, featured: true });
    const page = await home();
    const order = page.categories.map((category) => category.slug);
    expect(order.indexOf(first.slug)).toBeLessThan(order.indexOf(second.slug));
    expect(page.featured.map((card) => card.slug)).toContain(product.slug);
    expect(page.seo.canonical).toBe("http://localhost:3000/");
  });
});
