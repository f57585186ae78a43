import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { getEnv } from "~/lib/env.server";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { metaDescription, seoMeta } from "~/lib/seo";
import { catalogListing, catalogSearchQuery } from "~/modules/catalog/index.server";
import { currentRates } from "~/modules/earnings/index.server";
import { ProductListing } from "~/ui/product-listing";

export const handle = { i18n: ["common", "shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [language, rates] = await Promise.all([getLanguage(request), currentRates()]);
  const rate = rates.get(await displayCurrency(request, [...rates.keys()]))!;
  const listing = await catalogListing(new URL(request.url).searchParams, { language, rate, categorySlug: params.slug ?? "" });
  if (!listing?.category) throw notFound();
  const { category } = listing;
  const t = await getTranslator(language);
  const basePath = `/categories/${encodeURIComponent(category.slug)}`;
  return {
    listing,
    category,
    basePath,
    currency: rate.currency,
    seo: {
      title: category.name,
      description: metaDescription(category.description ?? t("shop:listing.categoryDescription", { category: category.name })),
      canonical: `${getEnv().APP_URL}${basePath}${catalogSearchQuery(listing.state)}`,
    },
  };
}

export default function CategoryPage() {
  const { listing, category, basePath, currency } = useLoaderData<typeof loader>();
  return <ProductListing listing={listing} basePath={basePath} currency={currency} title={category.name} intro={category.description} categoryFilter={false} />;
}
