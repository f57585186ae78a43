import { inrPriceRange, type BuyerRate } from "./buyer-prices";
import { cachedRead } from "./cache.server";
import { listCategories } from "./categories.server";
import { catalogSearchQuery, PAGE_SIZE, parseCatalogSearch, type CatalogSearch } from "./search-params";
import { searchUncached, type RegionFacet } from "./search.server";
import type { Category } from "./types";
import { cardViews, type CardView } from "./views.server";

export interface CatalogListing {
  /** The listing's state as the address gave it, cleaned: what the filter form shows and links keep. */
  state: CatalogSearch;
  categories: Category[];
  /** The category of a category page, or the one chosen in the filter. */
  category: Category | null;
  items: CardView[];
  total: number;
  page: number;
  pageCount: number;
  approximate: boolean;
  regions: RegionFacet[];
}

/**
 * A page of the catalog as the address asks for it (see search-params.ts), priced in the buyer's
 * currency. On a category page the category comes from the path; null when it does not exist.
 */
export function catalogListing(params: URLSearchParams, options: { language: string; rate: BuyerRate; categorySlug?: string }): Promise<CatalogListing | null> {
  const parsed = parseCatalogSearch(params);
  const { language, rate, categorySlug } = options;
  const key = JSON.stringify(["listing", catalogSearchQuery(parsed), categorySlug, language, rate.currency, rate.inrPerUnitMicros.toString()]);
  return cachedRead(key, () => buildListing(parsed, options));
}

async function buildListing(parsed: CatalogSearch, options: { language: string; rate: BuyerRate; categorySlug?: string }): Promise<CatalogListing | null> {
  const categories = await listCategories(options.language);
  const wanted = options.categorySlug ?? parsed.category;
  const category = categories.find((candidate) => candidate.slug === wanted) ?? null;
  if (options.categorySlug && !category) return null;
  const state: CatalogSearch = { ...parsed, category: options.categorySlug ? undefined : category?.slug };

  const result = await searchUncached({
    query: state.q,
    categorySlug: category?.slug,
    ...inrPriceRange(state.minPrice, state.maxPrice, options.rate),
    region: state.region,
    inStock: state.inStock,
    sort: state.sort,
    page: state.page,
    pageSize: PAGE_SIZE,
    language: options.language,
  });
  return {
    state,
    categories,
    category,
    items: cardViews(result.items, options.rate, options.language),
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    approximate: result.approximate,
    regions: result.facets.regions,
  };
}
