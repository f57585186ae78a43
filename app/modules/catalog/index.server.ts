/**
 * The catalog module's public surface: categories, products and their variants and images, search,
 * public maker profiles. It never reads orders, payments, earnings or the care side; routes compose.
 */
export { listCategories, categoryBySlug } from "./categories.server";
export { searchProducts, regionFacet, type ProductSearch, type ProductSearchResult, type RegionFacet } from "./search.server";
export { productBySlug, relatedProducts, featuredProducts } from "./products.server";
export { publicMakerBySlug, setMakerPublicProfile, type PublicMakerPage } from "./makers.server";
export { sitemapEntries, sitemapXml, type SitemapEntry } from "./sitemap.server";
export { catalogListing, type CatalogListing } from "./listing.server";
export { cardViews, shownImage, CARD_WIDTHS, GALLERY_WIDTHS, PORTRAIT_WIDTHS, type CardView, type ShownImage } from "./views.server";
export { hasTypoTolerance } from "./trigram.server";
export { forgetCatalogCache, CATALOG_CACHE_TTL_MS } from "./cache.server";
export { localize } from "./localize";
export { displayPrice, decimalAmount, inrPriceRange, type BuyerRate, type DisplayPrice } from "./buyer-prices";
export { stockState, LOW_STOCK, type StockState } from "./stock";
export { publishableImpact, MIN_MAKERS_BEHIND_A_FIGURE, type ImpactFigures } from "./impact";
export { productStructuredData } from "./structured-data";
export { CatalogSearchSchema, parseCatalogSearch, catalogSearchQuery, defaultSort, SORTS, PAGE_SIZE, type CatalogSearch, type Sort } from "./search-params";
export type { Category, CatalogImage, ImageAsset, ProductCard, ProductDetail, ProductVariantView, PublicMaker } from "./types";
export { variantForSale, isSellable, variantNames, madeBy, type VariantForSale } from "./purchasable.server";
