import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { localize } from "./localize";
import type { CatalogImage, ImageAsset, ProductCard } from "./types";

/**
 * The one query behind every product list: one page of cards with their total, the price range and
 * stock of their active variants, and each card's first image — a single round trip, no N+1.
 * Only active products with at least one active variant are ever listed (the inner join on their summary).
 */

export interface ImageJson extends ImageAsset {
  altEn: string;
  altHi: string | null;
}

interface CardRow {
  id: string;
  slug: string;
  title_en: string;
  title_hi: string | null;
  price_inr: number;
  max_price_inr: number;
  in_stock: boolean;
  image: ImageJson | null;
  total: bigint;
}

export const LISTED = Prisma.sql`p.status = 'active'`;

/** A lookup per product: best when few products qualify (a search, related products, a maker's). */
const VARIANTS_PER_PRODUCT = Prisma.sql`
  JOIN LATERAL (
    SELECT min(v.price_inr) AS price_inr, max(v.price_inr) AS max_price_inr, bool_or(v.stock > 0) AS in_stock
    FROM product_variant v
    WHERE v.product_id = p.id AND v.active
  ) s ON s.price_inr IS NOT NULL`;

/** One pass over every active variant: best for a whole category or the whole catalog. */
const VARIANTS_GROUPED = Prisma.sql`
  JOIN (
    SELECT v.product_id, min(v.price_inr) AS price_inr, max(v.price_inr) AS max_price_inr, bool_or(v.stock > 0) AS in_stock
    FROM product_variant v
    WHERE v.active
    GROUP BY v.product_id
  ) s ON s.product_id = p.id`;

/** A product image `i` with its media asset `a`, as JSON (ImageJson). */
export const IMAGE_JSON = Prisma.sql`json_build_object('provider', a.provider, 'storageKey', a.storage_key, 'width', a.width, 'height', a.height, 'altEn', i.alt_en, 'altHi', i.alt_hi)`;

const FIRST_IMAGE = Prisma.sql`(
  SELECT ${IMAGE_JSON}
  FROM product_image i JOIN media_asset a ON a.id = i.asset_id
  WHERE i.product_id = page.id
  ORDER BY i.position, i.id
  LIMIT 1)`;

/** Orderings by the columns a card query selects (names valid both inside and outside its CTE). */
export const CARD_ORDER = {
  rank: Prisma.sql`rank DESC, published_at DESC NULLS LAST, created_at DESC, id`,
  newest: Prisma.sql`published_at DESC NULLS LAST, created_at DESC, id`,
  priceAscending: Prisma.sql`price_inr ASC, published_at DESC NULLS LAST, id`,
  priceDescending: Prisma.sql`price_inr DESC, published_at DESC NULLS LAST, id`,
} as const;

export function localizedImage(image: ImageJson | null, language: string): CatalogImage | null {
  if (!image) return null;
  const { altEn, altHi, ...asset } = image;
  return { asset, alt: localize(language, altEn, altHi) };
}

export interface CardQuery {
  /** Conditions on `p` (product) and `s` (its variants' price_inr, max_price_inr, in_stock); LISTED is added. */
  where?: Prisma.Sql[];
  /** Most of the catalog may qualify (no search words): summarise all variants in one pass. */
  manyProducts?: boolean;
  /** A relevance score, available to the ordering as `rank`. */
  rank?: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
  offset?: number;
}

function conditions(where: Prisma.Sql[] = []) {
  return Prisma.join([LISTED, ...where], " AND ");
}

export async function queryCards(query: CardQuery, language: string, client: Pick<typeof db, "$queryRaw"> = db): Promise<{ cards: ProductCard[]; total: number }> {
  const rows = await client.$queryRaw<CardRow[]>`
    WITH page AS (
      SELECT p.id, p.slug, p.title_en, p.title_hi, p.published_at, p.created_at,
             s.price_inr, s.max_price_inr, s.in_stock, ${query.rank ?? Prisma.sql`0::real`} AS rank,
             count(*) OVER () AS total
      FROM product p ${query.manyProducts ? VARIANTS_GROUPED : VARIANTS_PER_PRODUCT}
      WHERE ${conditions(query.where)}
      ORDER BY ${query.orderBy}
      LIMIT ${query.limit} OFFSET ${query.offset ?? 0}
    )
    SELECT page.*, ${FIRST_IMAGE} AS image FROM page ORDER BY ${query.orderBy}`;
  const total = rows[0] ? Number(rows[0].total) : query.offset ? await countCards(query, client) : 0;
  return {
    total,
    cards: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: localize(language, row.title_en, row.title_hi),
      priceInr: row.price_inr,
      maxPriceInr: row.max_price_inr,
      inStock: row.in_stock,
      image: localizedImage(row.image, language),
    })),
  };
}

/** How many products match: only asked when a page past the end came back empty. */
async function countCards(query: CardQuery, client: Pick<typeof db, "$queryRaw">): Promise<number> {
  const rows = await client.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM product p ${query.manyProducts ? VARIANTS_GROUPED : VARIANTS_PER_PRODUCT} WHERE ${conditions(query.where)}`;
  return Number(rows[0]?.total ?? 0n);
}
