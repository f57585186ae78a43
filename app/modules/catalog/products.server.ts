import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { cachedRead } from "./cache.server";
import { CARD_ORDER, IMAGE_JSON, localizedImage, queryCards, type ImageJson } from "./cards.server";
import { localize } from "./localize";
import type { ProductCard, ProductDetail, PublicMaker } from "./types";

interface MakerJson {
  slug: string;
  displayName: string;
  craft: string | null;
  region: string | null;
  storyEn: string | null;
  storyHi: string | null;
  photo: ImageJson | null;
}

interface DetailRow {
  id: string;
  slug: string;
  title_en: string;
  title_hi: string | null;
  description_en: string;
  description_hi: string | null;
  materials_en: string | null;
  materials_hi: string | null;
  care_en: string | null;
  care_hi: string | null;
  origin_region: string;
  organisation_id: string;
  organisation_name: string;
  has_maker: boolean;
  updated_at: Date;
  category_id: string;
  category_slug: string;
  category_name_en: string;
  category_name_hi: string | null;
  maker: MakerJson | null;
  variants: { id: string; sku: string; optionEn: string; optionHi: string | null; priceInr: number; stock: number; weightGrams: number; hsCode: string | null }[];
  images: ImageJson[];
}

/**
 * The SQL for a maker `m` (joined only when public) with the photo asset `ma`: the shop reads these
 * public fields and nothing else about a person.
 */
export const PUBLIC_MAKER_JSON = Prisma.sql`CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object(
  'slug', m.slug, 'displayName', m.display_name, 'craft', m.craft, 'region', m.region, 'storyEn', m.story_en, 'storyHi', m.story_hi,
  'photo', CASE WHEN ma.id IS NULL THEN NULL ELSE json_build_object(
    'provider', ma.provider, 'storageKey', ma.storage_key, 'width', ma.width, 'height', ma.height, 'altEn', coalesce(m.photo_alt_en, m.display_name), 'altHi', m.photo_alt_hi) END
) END`;

export function localizedMaker(maker: MakerJson | null, language: string): PublicMaker | null {
  if (!maker) return null;
  return {
    slug: maker.slug,
    displayName: maker.displayName,
    craft: maker.craft,
    region: maker.region,
    story: localize(language, maker.storyEn, maker.storyHi),
    photo: localizedImage(maker.photo, language),
  };
}

/**
 * An active product with its active variants and images in order, its category, and its maker's
 * public profile (null unless she has one: then it is shown as made by its organisation). One query.
 * Null when there is no such product on sale.
 */
export function productBySlug(slug: string, language: string): Promise<ProductDetail | null> {
  return cachedRead(JSON.stringify(["product", slug, language]), () => productBySlugUncached(slug, language));
}

async function productBySlugUncached(slug: string, language: string): Promise<ProductDetail | null> {
  const rows = await db.$queryRaw<DetailRow[]>`
    SELECT p.id, p.slug, p.title_en, p.title_hi, p.description_en, p.description_hi, p.materials_en, p.materials_hi,
           p.care_en, p.care_hi, p.origin_region, p.organisation_id, o.name AS organisation_name,
           p.maker_id IS NOT NULL AS has_maker, p.updated_at,
           c.id AS category_id, c.slug AS category_slug, c.name_en AS category_name_en, c.name_hi AS category_name_hi,
           ${PUBLIC_MAKER_JSON} AS maker,
           variants.list AS variants,
           (SELECT coalesce(json_agg(${IMAGE_JSON} ORDER BY i.position, i.id), '[]'::json)
              FROM product_image i JOIN media_asset a ON a.id = i.asset_id WHERE i.product_id = p.id) AS images
    FROM product p
    JOIN category c ON c.id = p.category_id
    JOIN organisation o ON o.id = p.organisation_id
    LEFT JOIN maker m ON m.id = p.maker_id AND m.public_profile
    LEFT JOIN media_asset ma ON ma.id = m.photo_asset_id
    JOIN LATERAL (
      SELECT json_agg(json_build_object('id', v.id, 'sku', v.sku, 'optionEn', v.option_en, 'optionHi', v.option_hi, 'priceInr', v.price_inr,
                                        'stock', v.stock, 'weightGrams', v.weight_grams, 'hsCode', v.hs_code) ORDER BY v.position, v.price_inr, v.sku) AS list
      FROM product_variant v WHERE v.product_id = p.id AND v.active
    ) variants ON variants.list IS NOT NULL
    WHERE p.slug = ${slug} AND p.status = 'active'`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    title: localize(language, row.title_en, row.title_hi),
    description: localize(language, row.description_en, row.description_hi),
    materials: localize(language, row.materials_en, row.materials_hi),
    care: localize(language, row.care_en, row.care_hi),
    originRegion: row.origin_region,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    hasIndividualMaker: row.has_maker,
    maker: localizedMaker(row.maker, language),
    category: { id: row.category_id, slug: row.category_slug, name: localize(language, row.category_name_en, row.category_name_hi) },
    variants: row.variants.map(({ optionEn, optionHi, ...variant }) => ({ ...variant, option: localize(language, optionEn, optionHi) })),
    images: row.images.map((image) => localizedImage(image, language)!),
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * Other products like this one: of the same category (the same maker's first), then the same maker's
 * in other categories. A few candidates are picked by index first, so that the cards query
 * summarises their variants only.
 */
export function relatedProducts(productId: string, language: string, limit = 4): Promise<ProductCard[]> {
  return cachedRead(JSON.stringify(["related", productId, language, limit]), () => relatedUncached(productId, language, limit));
}

async function relatedUncached(productId: string, language: string, limit: number): Promise<ProductCard[]> {
  const candidates = limit * 3;
  const { cards } = await queryCards(
    {
      where: [
        Prisma.sql`p.id IN (
          (SELECT o.id FROM product o, product me
            WHERE me.id = ${productId}::uuid AND o.status = 'active' AND o.category_id = me.category_id AND o.id <> me.id
            ORDER BY (o.maker_id = me.maker_id) DESC NULLS LAST, o.published_at DESC NULLS LAST LIMIT ${candidates})
          UNION
          (SELECT o.id FROM product o, product me
            WHERE me.id = ${productId}::uuid AND o.status = 'active' AND o.maker_id = me.maker_id AND o.id <> me.id
            ORDER BY o.published_at DESC NULLS LAST LIMIT ${candidates}))`,
      ],
      rank: Prisma.sql`(SELECT (CASE WHEN p.category_id = me.category_id THEN 2 ELSE 0 END + CASE WHEN p.maker_id = me.maker_id THEN 1 ELSE 0 END)::real
                        FROM product me WHERE me.id = ${productId}::uuid)`,
      orderBy: CARD_ORDER.rank,
      limit,
    },
    language,
  );
  return cards;
}

/** The products admins feature on the home page, or the newest when none are. */
export function featuredProducts(language: string, limit = 8): Promise<ProductCard[]> {
  return cachedRead(JSON.stringify(["featured", language, limit]), async () => {
    const featured = await queryCards({ where: [Prisma.sql`p.featured`], orderBy: CARD_ORDER.newest, limit }, language);
    if (featured.cards.length > 0) return featured.cards;
    return (await queryCards({ orderBy: CARD_ORDER.newest, limit }, language)).cards;
  });
}
