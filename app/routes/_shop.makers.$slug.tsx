import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { getEnv } from "~/lib/env.server";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { absoluteUrl, metaDescription, seoMeta } from "~/lib/seo";
import { cardViews, PORTRAIT_WIDTHS, publicMakerBySlug, shownImage } from "~/modules/catalog/index.server";
import { currentRates } from "~/modules/earnings/index.server";
import { ProductGrid } from "~/ui/product-card";
import { ProductImage } from "~/ui/product-image";
import { TextBlock } from "~/ui/text-block";

export const handle = { i18n: ["common", "shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

/** A maker's public page: only while her profile is public; otherwise the same 404 as for no one. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const [language, rates] = await Promise.all([getLanguage(request), currentRates()]);
  const rate = rates.get(await displayCurrency(request, [...rates.keys()]))!;
  const page = await publicMakerBySlug(params.slug ?? "", language);
  if (!page) throw notFound();
  const t = await getTranslator(language);
  const { maker } = page;
  const photo = shownImage(maker.photo, PORTRAIT_WIDTHS);
  const { APP_URL } = getEnv();
  return {
    maker: { ...maker, photo },
    organisationName: page.organisationName,
    products: cardViews(page.products, rate, language),
    seo: {
      title: maker.displayName,
      description: metaDescription(maker.story ?? t("shop:maker.description", { name: maker.displayName, organisation: page.organisationName })),
      canonical: `${APP_URL}/makers/${encodeURIComponent(maker.slug)}`,
      image: photo ? absoluteUrl(photo.sources.src, APP_URL) : null,
      type: "profile" as const,
    },
  };
}

export default function MakerPage() {
  const { maker, organisationName, products } = useLoaderData<typeof loader>();
  const { t } = useTranslation("shop");
  const about = [maker.craft, maker.region].filter(Boolean).join(" · ");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="grid gap-6 sm:grid-cols-[12rem_1fr]">
        {maker.photo ? <ProductImage image={maker.photo} sizes="12rem" loading="eager" className="w-48" /> : null}
        <div className={maker.photo ? "" : "sm:col-span-2"}>
          <h1 className="text-2xl font-bold sm:text-3xl">{maker.displayName}</h1>
          {about ? <p className="mt-1 text-stone-700">{about}</p> : null}
          <p className="mt-1 text-stone-700">{t("maker.memberOf", { organisation: organisationName })}</p>
          {maker.story ? <TextBlock text={maker.story} className="mt-4 max-w-3xl space-y-3 text-stone-800" /> : null}
        </div>
      </div>
      <section aria-labelledby="maker-products" className="mt-12">
        <h2 id="maker-products" className="text-xl font-semibold">
          {t("maker.productsTitle", { name: maker.displayName })}
        </h2>
        <div className="mt-4">{products.length > 0 ? <ProductGrid items={products} /> : <p className="text-stone-800">{t("maker.noProducts", { name: maker.displayName })}</p>}</div>
      </section>
    </div>
  );
}
