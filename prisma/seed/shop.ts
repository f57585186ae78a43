import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db, Tx } from "~/lib/db.server";
import type { Currency } from "~/lib/money";
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

export async function seedShop(db: Db, context: ShopSeedContext) {
  await db.$transaction(async (tx) => {
    await seedMoney(tx, context);
    await seedCatalog(tx, context);
  });
  await seedImages(db);
}
