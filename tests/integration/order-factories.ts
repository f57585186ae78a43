import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { forgetCachedRates } from "~/modules/earnings/index.server";
import type { CheckoutDetails } from "~/modules/orders/checkout-schema";
import { createOrganisation } from "./helpers";

/** Catalogue, money and shipping rows for order tests. Each test file has its own database. */

const short = () => randomUUID().slice(0, 8);

export const RATES = { USD: 84_500_000n, EUR: 92_300_000n, JPY: 565_000n } as const;

/** Exchange rates in force since 2020 (INR per unit × 10^6). */
export async function ensureRates() {
  const validFrom = new Date("2020-01-01T00:00:00Z");
  for (const [currency, inrPerUnitMicros] of Object.entries(RATES)) {
    await db.exchangeRate.upsert({ where: { currency_validFrom: { currency, validFrom } }, create: { currency, inrPerUnitMicros, validFrom }, update: {} });
  }
  forgetCachedRates();
}

/** Zones without a default: Brazil, for one, cannot be served. Bands in grams and paise. */
export const ZONES = [
  { code: "india", countries: ["IN"], bands: [[500, 8_000], [2_000, 18_000]] },
  { code: "europe", countries: ["DE", "FR", "GB", "NL", "IE"], bands: [[500, 140_000], [2_000, 320_000]] },
  { code: "north_america", countries: ["US", "CA"], bands: [[500, 150_000], [2_000, 350_000]] },
  { code: "rest_of_asia", countries: ["JP"], bands: [[500, 90_000], [2_000, 220_000]] },
] as const;

export async function ensureShipping() {
  for (const [position, zone] of ZONES.entries()) {
    const existing = await db.shippingZone.findUnique({ where: { code: zone.code } });
    if (existing) continue;
    await db.shippingZone.create({
      data: {
        code: zone.code,
        nameEn: zone.code,
        countries: [...zone.countries],
        position,
        rates: { create: zone.bands.map(([maxWeightGrams, priceInr]) => ({ maxWeightGrams, priceInr })) },
      },
    });
  }
}

export async function ensureShop() {
  await ensureRates();
  await ensureShipping();
}

export interface CatalogOptions {
  stock?: number;
  priceInr?: number;
  weightGrams?: number;
  /** Fees in basis points; none when both are 0. */
  cooperativePercentBp?: number;
  platformPercentBp?: number;
  makerPublic?: boolean;
}

/** An organisation with a fee rule, a maker, a category and an active product with one variant. */
export async function createCatalog(options: CatalogOptions = {}) {
  const organisation = await createOrganisation();
  await db.feeRule.create({
    data: {
      organisationId: organisation.id,
      validFrom: new Date("2020-01-01T00:00:00Z"),
      cooperativePercentBp: options.cooperativePercentBp ?? 1_000,
      cooperativeFlatInr: 0,
      platformPercentBp: options.platformPercentBp ?? 500,
      platformFlatInr: 0,
    },
  });
  const maker = await db.maker.create({
    data: { slug: `maker-${short()}`, organisationId: organisation.id, displayName: `Maker ${short()}`, publicProfile: options.makerPublic ?? true },
  });
  const category = await db.category.create({ data: { slug: `category-${short()}`, nameEn: "Honey" } });
  const product = await db.product.create({
    data: {
      slug: `product-${short()}`,
      categoryId: category.id,
      organisationId: organisation.id,
      makerId: maker.id,
      titleEn: "Wild forest honey",
      titleHi: "जंगली शहद",
      descriptionEn: "Honey from the hills.",
      originRegion: "Meghalaya",
      status: "active",
      publishedAt: new Date(),
    },
  });
  const variant = await createVariant(product.id, options);
  return { organisation, maker, category, product, variant };
}

export async function createVariant(productId: string, options: CatalogOptions = {}) {
  return db.productVariant.create({
    data: {
      productId,
      sku: `SKU-${short()}`,
      optionEn: "500 g",
      optionHi: "500 ग्राम",
      priceInr: options.priceInr ?? 50_000,
      stock: options.stock ?? 10,
      weightGrams: options.weightGrams ?? 400,
    },
  });
}

export function address(country = "DE", postalCode = "10115") {
  return { line1: "Unter den Linden 1", city: "Berlin", postalCode, country };
}

/** Checkout details as the schema outputs them. */
export function buyer(overrides: Partial<CheckoutDetails> = {}): CheckoutDetails {
  const shipping = overrides.shipping ?? address();
  return { email: `buyer-${short()}@example.org`, name: "Ada Buyer", shipping, billing: shipping, ...overrides };
}

/** The checkout form as a browser posts it. */
export function checkoutForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    email: `buyer-${short()}@example.org`,
    name: "Ada Buyer",
    "shipping.line1": "Unter den Linden 1",
    "shipping.city": "Berlin",
    "shipping.postalCode": "10115",
    "shipping.country": "DE",
    billingSameAsShipping: "on",
    ...overrides,
  };
}

export async function stockOf(variantId: string) {
  return (await db.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } })).stock;
}
