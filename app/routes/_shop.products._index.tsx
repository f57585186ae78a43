import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { getEnv } from "~/lib/env.server";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { seoMeta } from "~/lib/seo";
import { catalogListing, catalogSearchQuery } from "~/modules/catalog/index.server";
import { currentRates } from "~/modules/earnings/index.server";
import { ProductListing } from "~/ui/product-listing";

export const handle = { i18n: ["common", "shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, rates] = await Promise.all([getLanguage(request), currentRates()]);
  const rate = rates.get(await displayCurrency(request, [...rates.keys()]))!;
  const listing = await catalogListing(new URL(request.url).searchParams, { language, rate });
  if (!listing) throw notFound();
  const t = await getTranslator(language);
  const title = listing.state.q ? t("shop:listing.searchTitle", { query: listing.state.q }) : listing.category ? listing.category.name : t("shop:listing.productsTitle");
  return {
    listing,
    currency: rate.currency,
    title,
    seo: { title, description: t("shop:listing.productsDescription"), canonical: `${getEnv().APP_URL}/products${catalogSearchQuery(listing.state)}` },
  };
}

export default function ProductsPage() {
  const { listing, currency, title } = useLoaderData<typeof loader>();
  return <ProductListing listing={listing} basePath="/products" currency={currency} title={title} categoryFilter />;
}
