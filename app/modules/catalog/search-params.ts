import { z } from "zod";
import { urlFilter } from "~/lib/validation";

/**
 * The state of a catalog listing, carried in its address so that it can be shared and bookmarked:
 * /products?q=honey&category=honey&minPrice=5&maxPrice=20&region=Meghalaya&inStock=1&sort=price_asc&page=2
 * Anything missing, malformed or out of range is ignored or clamped, never an error.
 */

export const SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const;
export type Sort = (typeof SORTS)[number];

export const PAGE_SIZE = 24;
/** Far past the last page of a large catalog; keeps OFFSET bounded. */
export const MAX_PAGE = 1_000;

/** A price as a buyer types it in their currency: "12" or "12.50". */
const amount = z.string().trim().regex(/^\d{1,9}(\.\d{1,2})?$/);
const slug = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const page = z.coerce
  .number()
  .int()
  .transform((value) => Math.min(Math.max(value, 1), MAX_PAGE));

export interface CatalogSearch {
  q?: string;
  category?: string;
  region?: string;
  minPrice?: string;
  maxPrice?: string;
  inStock: boolean;
  sort: Sort;
  page: number;
}

/** Relevance needs words to be relevant to; without a query the newest come first. */
export function defaultSort(q: string | undefined): Sort {
  return q ? "relevance" : "newest";
}

export const CatalogSearchSchema = z
  .object({
    q: urlFilter(z.string().trim().max(100)),
    category: urlFilter(slug),
    region: urlFilter(z.string().trim().max(100)),
    minPrice: urlFilter(amount),
    maxPrice: urlFilter(amount),
    inStock: urlFilter(z.enum(["1", "true", "on"])),
    sort: urlFilter(z.enum(SORTS)),
    page: urlFilter(page),
  })
  .transform(
    (raw): CatalogSearch => ({
      q: raw.q,
      category: raw.category,
      region: raw.region,
      minPrice: raw.minPrice,
      maxPrice: raw.maxPrice,
      inStock: raw.inStock !== undefined,
      sort: raw.sort && (raw.sort !== "relevance" || raw.q) ? raw.sort : defaultSort(raw.q),
      page: raw.page ?? 1,
    }),
  );

export function parseCatalogSearch(params: URLSearchParams): CatalogSearch {
  return CatalogSearchSchema.parse(Object.fromEntries(params));
}

/** The query string ("?…", or "" when everything is default) of a listing in `state`. */
export function catalogSearchQuery(state: Partial<CatalogSearch>): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.category) params.set("category", state.category);
  if (state.region) params.set("region", state.region);
  if (state.minPrice) params.set("minPrice", state.minPrice);
  if (state.maxPrice) params.set("maxPrice", state.maxPrice);
  if (state.inStock) params.set("inStock", "1");
  if (state.sort && state.sort !== defaultSort(state.q)) params.set("sort", state.sort);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
