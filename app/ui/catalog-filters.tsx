import { Form, Link, useNavigate } from "@remix-run/react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { MINOR_UNITS, type Currency } from "~/lib/money";
import { catalogSearchQuery, parseCatalogSearch, SORTS, type CatalogSearch } from "~/modules/catalog/search-params";
import type { RegionFacet } from "~/modules/catalog/search.server";
import type { Category } from "~/modules/catalog/types";
import { buttonClass } from "./button";
import { CheckboxField, Field, SelectField } from "./forms";

/**
 * The search, filter and sort form of a listing: a GET form, so that it works without JavaScript and
 * its state lands in the address. Submitting starts again from the first page.
 */
export function CatalogFilters({
  action,
  state,
  categories,
  regions,
  currency,
}: {
  action: string;
  state: CatalogSearch;
  /** Offered as a filter on /products; left out on a category's own page. */
  categories?: Category[];
  regions: RegionFacet[];
  currency: Currency;
}) {
  const { t } = useTranslation("shop");
  const navigate = useNavigate();
  // With JavaScript, the address carries only what was chosen (a plain GET form also sends every empty field).
  const submitClean = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") params.append(name, value);
    navigate(`${action}${catalogSearchQuery(parseCatalogSearch(params))}`);
  };
  const step = MINOR_UNITS[currency] === 0 ? "1" : "0.01";
  return (
    <section aria-labelledby="filters-title" className="rounded-md border border-stone-300 bg-white p-4">
      <h2 id="filters-title" className="text-lg font-semibold">
        {t("listing.filters")}
      </h2>
      <Form method="get" action={action} onSubmit={submitClean} role="search" aria-labelledby="filters-title" className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
        <Field className="sm:col-span-2 lg:col-span-1" label={t("listing.query")} inputProps={{ name: "q", type: "search", defaultValue: state.q ?? "", maxLength: 100 }} />
        {categories ? (
          <SelectField label={t("listing.category")} selectProps={{ name: "category", defaultValue: state.category ?? "" }}>
            <option value="">{t("listing.allCategories")}</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label={t("listing.region")} selectProps={{ name: "region", defaultValue: state.region ?? "" }}>
          <option value="">{t("listing.allRegions")}</option>
          {regions.map((facet) => (
            <option key={facet.region} value={facet.region}>
              {t("listing.regionOption", { region: facet.region, count: facet.products })}
            </option>
          ))}
        </SelectField>
        <Field label={t("listing.minPrice", { currency })} inputProps={{ name: "minPrice", type: "number", min: 0, step, inputMode: "decimal", defaultValue: state.minPrice ?? "" }} />
        <Field label={t("listing.maxPrice", { currency })} inputProps={{ name: "maxPrice", type: "number", min: 0, step, inputMode: "decimal", defaultValue: state.maxPrice ?? "" }} />
        <SelectField label={t("listing.sort")} selectProps={{ name: "sort", defaultValue: state.sort }}>
          {SORTS.filter((sort) => sort !== "relevance" || state.q).map((sort) => (
            <option key={sort} value={sort}>
              {t(`listing.sorts.${sort}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField label={t("listing.inStock")} inputProps={{ name: "inStock", value: "1", defaultChecked: state.inStock }} />
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-1">
          <button type="submit" className={buttonClass.primary}>
            {t("listing.apply")}
          </button>
          <Link to={action} className="min-h-11 content-center">
            {t("listing.clear")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
