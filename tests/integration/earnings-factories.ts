import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { postOrderPaid, postRefund, type FeeTerms } from "~/modules/earnings/index.server";
import { createOrganisation } from "./helpers";

/** Organisations, makers, paid orders and refunds for the ledger's tests, written as the shop would. */

const short = () => randomUUID().slice(0, 8);

export async function createMakerShop(options: { terms?: Partial<FeeTerms>; holdDays?: number; validFrom?: Date; organisationId?: string; userId?: string } = {}) {
  const organisationId = options.organisationId ?? (await createOrganisation()).id;
  if (!options.organisationId || options.terms) {
    await db.feeRule.create({
      data: {
        organisationId,
        validFrom: options.validFrom ?? new Date("2020-01-01T00:00:00Z"),
        cooperativePercentBp: options.terms?.cooperativePercentBp ?? 1_000,
        cooperativeFlatInr: options.terms?.cooperativeFlatInr ?? 0,
        platformPercentBp: options.terms?.platformPercentBp ?? 500,
        platformFlatInr: options.terms?.platformFlatInr ?? 0,
        holdDays: options.holdDays ?? 14,
      },
    });
  }
  const maker = await db.maker.create({ data: { slug: `maker-${short()}`, organisationId, displayName: `Maker ${short()}`, userId: options.userId } });
  const category = await db.category.create({ data: { slug: `category-${short()}`, nameEn: "Handloom" } });
  const product = await db.product.create({
    data: { slug: `product-${short()}`, categoryId: category.id, organisationId, makerId: maker.id, titleEn: "Eri silk stole", descriptionEn: "Woven by hand.", originRegion: "Ri-Bhoi", status: "active" },
  });
  const variant = await db.productVariant.create({ data: { productId: product.id, sku: `SKU-${short()}`, optionEn: "Indigo", priceInr: 100_000, stock: 1_000, weightGrams: 200 } });
  return { organisationId, maker, product, variant };
}

export type MakerShop = Awaited<ReturnType<typeof createMakerShop>>;

export interface PaidLine {
  shop: MakerShop;
  unitPriceInr: number;
  quantity?: number;
}

/** A paid order of these lines (INR, manual provider), posted to the ledger as payment would post it. */
export async function payOrder(lines: PaidLine[], options: { paidAt?: Date; shippingInr?: number; status?: "paid" | "delivered" } = {}) {
  const paidAt = options.paidAt ?? new Date();
  const shippingInr = options.shippingInr ?? 0;
  const rows = lines.map(({ shop, unitPriceInr, quantity = 1 }) => ({
    variantId: shop.variant.id,
    productId: shop.product.id,
    organisationId: shop.organisationId,
    makerId: shop.maker.id,
    title: shop.product.titleEn,
    option: shop.variant.optionEn,
    sku: shop.variant.sku,
    quantity,
    unitPriceInr,
    unitPriceMinor: unitPriceInr,
    totalInr: unitPriceInr * quantity,
    totalMinor: unitPriceInr * quantity,
    status: options.status ?? ("paid" as const),
  }));
  const subtotal = rows.reduce((sum, row) => sum + row.totalInr, 0);
  const address = { line1: "1 Police Bazar", city: "Shillong", postalCode: "793001", country: "IN" };
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        status: options.status ?? "paid",
        email: `buyer-${short()}@example.org`,
        name: "Test Buyer",
        billingAddress: address,
        shippingAddress: address,
        shippingCountry: "IN",
        currency: "INR",
        inrPerUnitMicros: 1_000_000n,
        subtotalInr: subtotal,
        shippingInr,
        totalInr: subtotal + shippingInr,
        subtotalMinor: subtotal,
        shippingMinor: shippingInr,
        totalMinor: subtotal + shippingInr,
        weightGrams: 200,
        paymentProvider: "manual",
        paidAt,
        lines: { create: rows },
      },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    await postOrderPaid(order.id, tx);
    return order;
  });
}

/** A succeeded refund (of one line by `amountInr`, or of the whole order) and its reversal in the ledger. */
export async function refund(order: { id: string; totalInr: number }, options: { lineId?: string; amountInr?: number; at?: Date } = {}) {
  return db.$transaction(async (tx) => {
    const row = await tx.refund.create({
      data: {
        orderId: order.id,
        orderLineId: options.lineId ?? null,
        amountInr: options.amountInr ?? order.totalInr,
        amountMinor: options.amountInr ?? order.totalInr,
        currency: "INR",
        idempotencyKey: `refund:${randomUUID()}`,
        status: "succeeded",
        createdAt: options.at ?? new Date(),
      },
    });
    await postRefund(row.id, tx);
    return row;
  });
}

/** Each account's balance by key, straight from the entries. */
export async function rawBalances(): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ key: string; balance: bigint }[]>`
    SELECT a.key, coalesce(sum(e.amount_inr), 0)::bigint AS balance FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id GROUP BY a.key`;
  return new Map(rows.map((row) => [row.key, Number(row.balance)]));
}

/** Transactions whose entries do not sum to zero (the database should make this impossible). */
export async function unbalancedTransactions(): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*)::bigint AS count FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING sum(amount_inr) <> 0) unbalanced`;
  return Number(rows[0]!.count);
}
