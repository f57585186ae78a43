import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Currency } from "~/lib/money";
import type { CatalogListing } from "~/modules/catalog/listing.server";
import { catalogSearchQuery } from "~/modules/catalog/search-params";
import { CatalogFilters } from "./catalog-filters";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-card";

/** A catalog page: title, filters, the page of products and links to the other pages. Shared by /products and /categories/:slug. */
export function ProductListing({
  listing,
  basePath,
  currency,
  title,
  intro,
  categoryFilter,
}: {
  listing: CatalogListing;
  basePath: string;
  currency: Currency;
  title: string;
  intro?: string | null;
  categoryFilter: boolean;
}) {
  const { t } = useTranslation("shop");
  const { state } = listing;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {intro ? <p className="mt-2 max-w-3xl text-stone-700">{intro}</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <CatalogFilters
          key={catalogSearchQuery(state)}
          action={basePath}
          state={state}
          categories={categoryFilter ? listing.categories : undefined}
          regions={listing.regions}
          currency={currency}
        />
        <section aria-labelledby="results-title" className="space-y-6">
          <h2 id="results-title" className="text-lg font-semibold">
            {t("listing.count", { count: listing.total })}
          </h2>
          {listing.approximate ? (
            <p role="status" className="rounded-md border border-brand-700 bg-brand-50 p-3 text-brand-900">
              {t("listing.approximate", { query: state.q })}
            </p>
          ) : null}
          {listing.items.length > 0 ? (
            <ProductGrid items={listing.items} />
          ) : (
            <p className="text-stone-800">
              {listing.total > 0 ? t("listing.pastEnd") : t("listing.empty")}{" "}
              <Link className="underline" to={listing.total > 0 ? `${basePath}${catalogSearchQuery({ ...state, page: 1 })}` : basePath}>
                {listing.total > 0 ? t("listing.firstPage") : t("listing.clear")}
              </Link>
            </p>
          )}
          <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(page) => `${basePath}${catalogSearchQuery({ ...state, page })}`} />
        </section>
      </div>
    </div>
  );
}
