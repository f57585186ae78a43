import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { getEnv } from "~/lib/env.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { formatMoney } from "~/lib/money";
import { seoMeta } from "~/lib/seo";
import { cardViews, featuredProducts, listCategories, publishableImpact } from "~/modules/catalog/index.server";
import { currentRates, makerEarningsSince } from "~/modules/earnings/index.server";
import { buttonClass } from "~/ui/button";
import { ProductGrid } from "~/ui/product-card";

export const handle = { i18n: ["common", "areas", "shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

const IMPACT_PERIOD_MONTHS = 12;

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, rates] = await Promise.all([getLanguage(request), currentRates()]);
  const rate = rates.get(await displayCurrency(request, [...rates.keys()]))!;
  const since = new Date();
  since.setUTCMonth(since.getUTCMonth() - IMPACT_PERIOD_MONTHS);
  const [categories, featured, earnings, t] = await Promise.all([listCategories(language), featuredProducts(language), makerEarningsSince(since), getTranslator(language)]);
  const impact = publishableImpact(earnings);
  return {
    categories,
    featured: cardViews(featured, rate, language),
    impact: impact ? { makers: new Intl.NumberFormat(language === "hi" ? "hi-IN" : "en-IN").format(impact.makers), total: formatMoney(impact.totalInr, "INR", language) } : null,
    seo: { title: t("shop:home.metaTitle"), description: t("areas:shop.intro"), canonical: `${getEnv().APP_URL}/` },
  };
}

export default function ShopHome() {
  const { categories, featured, impact } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["shop", "areas"]);
  return (
    <div className="mx-auto max-w-6xl space-y-12 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("areas:shop.title")}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("areas:shop.intro")}</p>
        <Form method="get" action="/products" role="search" className="mt-6 flex max-w-xl flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="home-search" className="block text-sm font-semibold text-stone-800">
              {t("shop:home.searchLabel")}
            </label>
            <input id="home-search" name="q" type="search" maxLength={100} className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base" />
          </div>
          <button type="submit" className={buttonClass.primary}>
            {t("shop:home.searchSubmit")}
          </button>
        </Form>
      </div>

      {impact ? (
        <section aria-labelledby="impact-title" className="rounded-md border border-brand-700 bg-brand-50 p-6">
          <h2 id="impact-title" className="text-xl font-semibold text-brand-900">
            {t("shop:home.impactTitle")}
          </h2>
          <dl className="mt-4 grid gap-6 sm:grid-cols-2">
            <div>
              <dt className="text-stone-800">{t("shop:home.impactMakers")}</dt>
              <dd className="text-3xl font-bold text-brand-900">{impact.makers}</dd>
            </div>
            <div>
              <dt className="text-stone-800">{t("shop:home.impactPaid")}</dt>
              <dd className="text-3xl font-bold text-brand-900">{impact.total}</dd>
            </div>
          </dl>
          <p className="mt-4 text-sm text-stone-800">{t("shop:home.impactNote")}</p>
        </section>
      ) : null}

      {categories.length > 0 ? (
        <section aria-labelledby="categories-title">
          <h2 id="categories-title" className="text-xl font-semibold">
            {t("shop:home.categoriesTitle")}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link
                  to={`/categories/${encodeURIComponent(category.slug)}`}
                  className="block h-full rounded-md border border-stone-300 bg-white p-4 no-underline hover:border-brand-800 hover:bg-brand-50"
                >
                  <span className="block text-lg font-semibold text-brand-900">{category.name}</span>
                  {category.description ? <span className="mt-1 block text-sm text-stone-700">{category.description}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {featured.length > 0 ? (
        <section aria-labelledby="featured-title">
          <h2 id="featured-title" className="text-xl font-semibold">
            {t("shop:home.featuredTitle")}
          </h2>
          <div className="mt-4">
            <ProductGrid items={featured} />
          </div>
          <p className="mt-6">
            <Link to="/products" className={buttonClass.secondary}>
              {t("shop:home.browseAll")}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
