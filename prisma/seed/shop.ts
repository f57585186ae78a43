import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db, Tx } from "~/lib/db.server";
import { fromInr, type Currency } from "~/lib/money";
import { postOrderPaid } from "~/modules/earnings/index.server";
import { DEMO_CATEGORIES, DEMO_MAKERS, DEMO_PRODUCTS } from "./catalog-data";
import { seedImages } from "./images";

/** Rates in force from the start of the demo's month, INR per unit × 10^6. */
const DEMO_RATES: Record<Exclude<Currency, "INR">, bigint> = {
  USD: 84_500_000n,
  EUR: 92_300_000n,
  GBP: 108_200_000n,
  AUD: 55_600_000n,
  CAD: 61_400_000n,
  JPY: 565_000n,
};

const EUROPE = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "CH", "NO", "IS"];
const REST_OF_ASIA = ["CN", "JP", "KR", "TW", "HK", "SG", "MY", "TH", "VN", "ID", "PH", "KH", "LA", "MM", "MN", "AE", "SA", "QA", "OM", "KW", "BH", "IL", "JO", "TR"];

/** Zones and weight bands (grams, INR paise). */
const DEMO_ZONES = [
  { code: "india", nameEn: "India", nameHi: "भारत", countries: ["IN"], bands: [[500, 8_000], [1_000, 12_000], [2_000, 18_000], [5_000, 35_000], [10_000, 60_000]] },
  { code: "south_asia", nameEn: "South Asia", nameHi: "दक्षिण एशिया", countries: ["BD", "BT", "NP", "LK", "MV", "PK", "AF"], bands: [[500, 60_000], [1_000, 90_000], [2_000, 140_000], [5_000, 280_000]] },
  { code: "rest_of_asia", nameEn: "Rest of Asia", nameHi: "शेष एशिया", countries: REST_OF_ASIA, bands: [[500, 90_000], [1_000, 140_000], [2_000, 220_000], [5_000, 420_000]] },
  { code: "europe", nameEn: "Europe", nameHi: "यूरोप", countries: EUROPE, bands: [[500, 140_000], [1_000, 210_000], [2_000, 320_000], [5_000, 640_000]] },
  { code: "north_america", nameEn: "North America", nameHi: "उत्तरी अमेरिका", countries: ["US", "CA", "MX"], bands: [[500, 150_000], [1_000, 230_000], [2_000, 350_000], [5_000, 700_000]] },
  { code: "rest_of_world", nameEn: "Rest of the world", nameHi: "शेष विश्व", countries: [] as string[], bands: [[500, 170_000], [1_000, 260_000], [2_000, 390_000], [5_000, 780_000]], isDefault: true },
] as const;

export interface ShopSeedContext {
  organisationIds: { ngo: string; cooperative: string };
  /** User ids by email, to link makers who have accounts. */
  userIdsByEmail: Map<string, string>;
  /** Emails of the extra seeded artisans, linked in order to makers with public profiles but no named account. */
  extraArtisanEmails: string[];
  now: Date;
}

async function seedMoney(tx: Tx, context: ShopSeedContext) {
  const validFrom = new Date(Date.UTC(context.now.getUTCFullYear() - 2, 0, 1));
  await tx.exchangeRate.createMany({
    data: Object.entries(DEMO_RATES).map(([currency, inrPerUnitMicros]) => ({ currency, inrPerUnitMicros, validFrom })),
  });
  for (const [position, zone] of DEMO_ZONES.entries()) {
    await tx.shippingZone.create({
      data: {
        code: zone.code,
        nameEn: zone.nameEn,
        nameHi: zone.nameHi,
        countries: [...zone.countries],
        isDefault: "isDefault" in zone ? zone.isDefault : false,
        position,
        rates: { create: zone.bands.map(([maxWeightGrams, priceInr]) => ({ maxWeightGrams, priceInr })) },
      },
    });
  }
  // The cooperative keeps 10 % for its running costs, the platform 5 %; the maker keeps 85 %.
  for (const organisationId of Object.values(context.organisationIds)) {
    await tx.feeRule.create({
      data: { organisationId, validFrom, cooperativePercentBp: 1_000, cooperativeFlatInr: 0, platformPercentBp: 500, platformFlatInr: 0, holdDays: 14 },
    });
  }
}

async function seedCatalog(tx: Tx, context: ShopSeedContext) {
  const categoryIds = new Map<string, string>();
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    const created = await tx.category.create({ data: { ...category, position } });
    categoryIds.set(category.slug, created.id);
  }

  const makerIds = new Map<string, { id: string; organisationId: string }>();
  const spareAccounts = [...context.extraArtisanEmails];
  for (const maker of DEMO_MAKERS) {
    const email = maker.accountEmail ?? (maker.publicProfile ? spareAccounts.shift() : undefined);
    const organisationId = maker.craft === "Painting" ? context.organisationIds.ngo : context.organisationIds.cooperative;
    const { accountEmail: _email, ...fields } = maker;
    const created = await tx.maker.create({ data: { ...fields, organisationId, userId: email ? context.userIdsByEmail.get(email) : undefined } });
    makerIds.set(maker.slug, { id: created.id, organisationId });
  }

  faker.seed(2027);
  const publishedBase = context.now.getTime() - 400 * 86_400_000;
  for (const [index, product] of DEMO_PRODUCTS.entries()) {
    const maker = product.maker ? makerIds.get(product.maker)! : null;
    const status = product.status ?? "active";
    const { variants, category, maker: _maker, status: _status, hsCode, ...fields } = product;
    await tx.product.create({
      data: {
        ...fields,
        categoryId: categoryIds.get(category)!,
        organisationId: maker?.organisationId ?? context.organisationIds.cooperative,
        makerId: maker?.id ?? null,
        status,
        featured: product.featured ?? false,
        publishedAt: status === "active" ? new Date(publishedBase + index * 9 * 86_400_000) : null,
        variants: {
          create: variants.map((variant, position) => ({
            ...variant,
            sku: `${product.slug.toUpperCase().replace(/[^A-Z0-9]+/g, "-").slice(0, 24)}-${position + 1}`,
            // Mostly in stock, a few nearly gone, one in twelve sold out.
            stock: faker.helpers.weightedArrayElement([
              { weight: 8, value: faker.number.int({ min: 6, max: 40 }) },
              { weight: 3, value: faker.number.int({ min: 1, max: 3 }) },
              { weight: 1, value: 0 },
            ]),
            hsCode,
            position,
          })),
        },
      },
    });
  }
}

const BUYERS: ReadonlyArray<{ currency: Currency; country: string; postalCode: string; city: string; language: "en" | "hi" }> = [
  { currency: "USD", country: "US", postalCode: "94110", city: "San Francisco", language: "en" },
  { currency: "EUR", country: "DE", postalCode: "10115", city: "Berlin", language: "en" },
  { currency: "GBP", country: "GB", postalCode: "SW1A 1AA", city: "London", language: "en" },
  { currency: "JPY", country: "JP", postalCode: "150-0001", city: "Tokyo", language: "en" },
  { currency: "INR", country: "IN", postalCode: "793001", city: "Shillong", language: "hi" },
  { currency: "AUD", country: "AU", postalCode: "2000", city: "Sydney", language: "en" },
  { currency: "CAD", country: "CA", postalCode: "M5V 2T6", city: "Toronto", language: "en" },
];

/**
 * Past orders in several currencies over the last year, paid and posted to the ledger, so that the
 * shop's impact figures and the makers' earnings rest on real entries. Every maker sells at least once.
 */
async function seedPastOrders(db: Db, context: ShopSeedContext) {
  faker.seed(2028);
  const variants = await db.productVariant.findMany({
    where: { product: { status: "active" } },
    include: { product: { select: { titleEn: true, organisationId: true, makerId: true, id: true } } },
    orderBy: { sku: "asc" },
  });
  const byMaker = new Map<string, typeof variants>();
  for (const variant of variants) {
    const key = variant.product.makerId ?? "cooperative";
    byMaker.set(key, [...(byMaker.get(key) ?? []), variant]);
  }
  const firstPicks = [...byMaker.values()].map((list) => list[0]!);
  const zones = await db.shippingZone.findMany({ include: { rates: { orderBy: { maxWeightGrams: "asc" } } } });
  const rates = await db.exchangeRate.findMany();

  for (let index = 0; index < 30; index++) {
    const buyer = BUYERS[index % BUYERS.length]!;
    const picks = index < firstPicks.length ? [firstPicks[index]!] : faker.helpers.arrayElements(variants, { min: 1, max: 3 });
    const rate = buyer.currency === "INR" ? null : rates.find((row) => row.currency === buyer.currency)!;
    const micros = rate?.inrPerUnitMicros ?? 1_000_000n;
    const lines = picks.map((variant) => {
      const quantity = faker.number.int({ min: 1, max: 2 });
      const unitPriceMinor = fromInr(variant.priceInr, buyer.currency, micros);
      return {
        variantId: variant.id,
        productId: variant.product.id,
        organisationId: variant.product.organisationId,
        makerId: variant.product.makerId,
        title: variant.product.titleEn,
        option: variant.optionEn,
        sku: variant.sku,
        quantity,
        unitPriceInr: variant.priceInr,
        unitPriceMinor,
        totalInr: variant.priceInr * quantity,
        totalMinor: unitPriceMinor * quantity,
        weight: variant.weightGrams * quantity,
      };
    });
    const weightGrams = lines.reduce((sum, line) => sum + line.weight, 0);
    const zone = zones.find((candidate) => candidate.countries.includes(buyer.country)) ?? zones.find((candidate) => candidate.isDefault)!;
    const shippingInr = (zone.rates.find((band) => weightGrams <= band.maxWeightGrams) ?? zone.rates[zone.rates.length - 1]!).priceInr;
    const subtotalInr = lines.reduce((sum, line) => sum + line.totalInr, 0);
    const subtotalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
    const shippingMinor = fromInr(shippingInr, buyer.currency, micros);
    const paidAt = new Date(context.now.getTime() - (330 - index * 10) * 86_400_000);
    const delivered = index < 22;
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const address = { line1: faker.location.streetAddress(), city: buyer.city, postalCode: buyer.postalCode, country: buyer.country };

    await db.$transaction(async (tx) => {
      const order = await tx.order.create({
        data: {
          status: delivered ? "delivered" : "paid",
          email: faker.internet.email({ firstName, lastName, provider: "example.org" }).toLowerCase(),
          name: `${firstName} ${lastName}`,
          billingAddress: address,
          shippingAddress: address,
          shippingCountry: buyer.country,
          language: buyer.language,
          currency: buyer.currency,
          exchangeRateId: rate?.id,
          inrPerUnitMicros: micros,
          subtotalInr,
          shippingInr,
          totalInr: subtotalInr + shippingInr,
          subtotalMinor,
          shippingMinor,
          totalMinor: subtotalMinor + shippingMinor,
          weightGrams,
          paymentProvider: "manual",
          paidAt,
          createdAt: new Date(paidAt.getTime() - 20 * 60_000),
          lines: { create: lines.map(({ weight: _weight, ...line }) => ({ ...line, status: delivered ? "delivered" : "paid" })) },
        },
      });
      if (delivered) {
        const shipment = await tx.shipment.create({
          data: {
            orderId: order.id,
            carrier: buyer.country === "IN" ? "India Post" : "India Post EMS",
            trackingNumber: `EE${faker.string.numeric(9)}IN`,
            shippedAt: new Date(paidAt.getTime() + 2 * 86_400_000),
            deliveredAt: new Date(paidAt.getTime() + 12 * 86_400_000),
          },
        });
        await tx.orderLine.updateMany({ where: { orderId: order.id }, data: { shipmentId: shipment.id } });
      }
      await postOrderPaid(order.id, tx);
    });
  }
}

export async function seedShop(db: Db, context: ShopSeedContext) {
  await db.$transaction(async (tx) => {
    await seedMoney(tx, context);
    await seedCatalog(tx, context);
  });
  await seedImages(db);
  await seedPastOrders(db, context);
}
