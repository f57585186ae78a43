import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { cachedRead } from "./cache.server";
import { CARD_ORDER, LISTED, queryCards } from "./cards.server";
import type { Sort } from "./search-params";
import { hasTypoTolerance } from "./trigram.server";
import type { ProductCard } from "./types";

export interface ProductSearch {
  query?: string;
  categorySlug?: string;
  minPriceInr?: number;
  maxPriceInr?: number;
  region?: string;
  inStock?: boolean;
  sort: Sort;
  page: number;
  pageSize: number;
  language: string;
}

export interface RegionFacet {
  region: string;
  products: number;
}

export interface ProductSearchResult {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
  /** True when nothing matched the words exactly and these are near matches of the title ("hony" → honey). */
  approximate: boolean;
  facets: { regions: RegionFacet[] };
}

/** How alike a query and a word of a title must be for a near match (pg_trgm's word_similarity). */
const NEAR_MATCH_THRESHOLD = "0.5";

/** Both configurations, as the search_vector trigger indexes: English stems ("jars" → jar), 'simple' keeps Hindi and names whole. */
const textQuery = (query: string) => Prisma.sql`(websearch_to_tsquery('english', ${query}) || websearch_to_tsquery('simple', ${query}))`;

function filters(search: ProductSearch): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (search.categorySlug) where.push(Prisma.sql`p.category_id = (SELECT c.id FROM category c WHERE c.slug = ${search.categorySlug})`);
  if (search.region) where.push(Prisma.sql`p.origin_region = ${search.region}`);
  if (search.minPriceInr !== undefined) where.push(Prisma.sql`s.price_inr >= ${search.minPriceInr}`);
  if (search.maxPriceInr !== undefined) where.push(Prisma.sql`s.price_inr <= ${search.maxPriceInr}`);
  if (search.inStock) where.push(Prisma.sql`s.in_stock`);
  return where;
}

function orderFor(sort: Sort, ranked: boolean): Prisma.Sql {
  switch (sort) {
    case "price_asc":
      return CARD_ORDER.priceAscending;
    case "price_desc":
      return CARD_ORDER.priceDescending;
    case "relevance":
      return ranked ? CARD_ORDER.rank : CARD_ORDER.newest;
    case "newest":
      return CARD_ORDER.newest;
  }
}

/**
 * One page of the catalog: full-text search over the titles, descriptions, materials and region in
 * English and Hindi, then the filters; when the words match nothing and the database has pg_trgm,
 * near matches of the English title instead. Prices are INR paise (the route converts the buyer's range).
 */
export function searchProducts(search: ProductSearch): Promise<ProductSearchResult> {
  const { query, categorySlug, minPriceInr, maxPriceInr, region, inStock, sort, page, pageSize, language } = search;
  const key = JSON.stringify(["search", query, categorySlug, minPriceInr, maxPriceInr, region, Boolean(inStock), sort, page, pageSize, language]);
  return cachedRead(key, () => searchUncached(search));
}

/** searchProducts without the cache, for callers that cache what they build from it. */
export async function searchUncached(search: ProductSearch): Promise<ProductSearchResult> {
  const pageSize = Math.max(1, Math.min(search.pageSize, 100));
  const page = Math.max(1, search.page);
  const offset = (page - 1) * pageSize;
  const query = search.query?.trim() || undefined;
  const where = filters(search);

  const [found, regions] = await Promise.all([
    queryCards(
      {
        where: query ? [...where, Prisma.sql`p.search_vector @@ ${textQuery(query)}`] : where,
        manyProducts: !query,
        rank: query ? Prisma.sql`ts_rank(p.search_vector, ${textQuery(query)})` : undefined,
        orderBy: orderFor(search.sort, Boolean(query)),
        limit: pageSize,
        offset,
      },
      search.language,
    ),
    regionFacet(search.categorySlug),
  ]);

  let result = found;
  let approximate = false;
  if (query && found.total === 0 && (await hasTypoTolerance())) {
    result = await nearMatches(query, where, search, pageSize, offset);
    approximate = result.total > 0;
  }
  return {
    items: result.cards,
    total: result.total,
    page,
    pageCount: Math.ceil(result.total / pageSize),
    approximate,
    facets: { regions },
  };
}

/** Titles with a word like the query; `<%` uses the trigram index on lower(title_en) at the threshold set for this transaction. */
function nearMatches(query: string, where: Prisma.Sql[], search: ProductSearch, limit: number, offset: number) {
  const words = query.toLowerCase();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${NEAR_MATCH_THRESHOLD}, true)`;
    return queryCards(
      {
        where: [...where, Prisma.sql`${words} <% lower(p.title_en)`],
        rank: Prisma.sql`word_similarity(${words}, lower(p.title_en))`,
        orderBy: orderFor(search.sort, true),
        limit,
        offset,
      },
      search.language,
      tx,
    );
  });
}

/** The regions that listed products (of the category, when one is chosen) come from, for the region filter. */
export async function regionFacet(categorySlug?: string): Promise<RegionFacet[]> {
  const category = categorySlug ? Prisma.sql`AND p.category_id = (SELECT c.id FROM category c WHERE c.slug = ${categorySlug})` : Prisma.empty;
  const rows = await db.$queryRaw<{ region: string; products: bigint }[]>`
    SELECT p.origin_region AS region, count(*) AS products
    FROM product p
    WHERE ${LISTED} ${category}
      AND EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id AND v.active)
    GROUP BY p.origin_region
    ORDER BY p.origin_region`;
  return rows.map((row) => ({ region: row.region, products: Number(row.products) }));
}
