import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { getEnv } from "~/lib/env.server";
import { notFound } from "~/lib/http.server";
import { getLanguage } from "~/lib/i18n.server";
import { absoluteUrl, metaDescription, seoMeta } from "~/lib/seo";
import {
  cardViews,
  displayPrice,
  GALLERY_WIDTHS,
  LOW_STOCK,
  PORTRAIT_WIDTHS,
  productBySlug,
  productStructuredData,
  relatedProducts,
  shownImage,
  stockState,
} from "~/modules/catalog/index.server";
import { currentRates, feeTermsFor, splitLine } from "~/modules/earnings/index.server";
import { JsonLd } from "~/ui/json-ld";
import { MakerStory } from "~/ui/maker-story";
import { ProductGrid } from "~/ui/product-card";
import { ProductGallery } from "~/ui/product-gallery";
import { ProductPurchase } from "~/ui/product-purchase";
import { TextBlock } from "~/ui/text-block";

export const handle = { i18n: ["common", "shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [language, rates] = await Promise.all([getLanguage(request), currentRates()]);
  const rate = rates.get(await displayCurrency(request, [...rates.keys()]))!;
  const product = await productBySlug(params.slug ?? "", language);
  if (!product) throw notFound();
  // The fee rule in force now decides the impact line: what the maker (or her organisation) receives of each price.
  const [related, feeTerms] = await Promise.all([relatedProducts(product.id, language), feeTermsFor(product.organisationId)]);

  const variants = product.variants.map((variant) => ({
    id: variant.id,
    option: variant.option,
    sku: variant.sku,
    weightGrams: variant.weightGrams,
    hsCode: variant.hsCode,
    price: displayPrice(variant.priceInr, rate, language),
    stock: stockState(variant.stock),
    left: variant.stock <= LOW_STOCK ? variant.stock : null,
    makerShare: displayPrice(splitLine(variant.priceInr, feeTerms).maker, rate, language),
  }));
  const wanted = new URL(request.url).searchParams.get("variant");
  const selected = variants.find((variant) => variant.id === wanted) ?? variants.find((variant) => variant.stock !== "sold_out") ?? variants[0]!;
  const images = product.images.map((image) => shownImage(image, GALLERY_WIDTHS)!);

  const { APP_URL } = getEnv();
  const url = `${APP_URL}/products/${encodeURIComponent(product.slug)}`;
  const imageUrls = images.map((image) => absoluteUrl(image.sources.src, APP_URL));
  const description = metaDescription(product.description);
  return {
    product: {
      slug: product.slug,
      title: product.title,
      description: product.description,
      materials: product.materials,
      care: product.care,
      originRegion: product.originRegion,
      organisationName: product.organisationName,
      hasIndividualMaker: product.hasIndividualMaker,
      category: { slug: product.category.slug, name: product.category.name },
    },
    maker: product.maker ? { ...product.maker, photo: shownImage(product.maker.photo, PORTRAIT_WIDTHS) } : null,
    images,
    variants,
    selectedVariantId: selected.id,
    related: cardViews(related, rate, language),
    structuredData: productStructuredData({
      url,
      name: product.title,
      description,
      images: imageUrls,
      category: product.category.name,
      organisation: product.organisationName,
      offers: variants.map((variant) => ({ sku: variant.sku, name: variant.option, amountMinor: variant.price.amountMinor, currency: variant.price.currency, inStock: variant.stock !== "sold_out" })),
    }),
    seo: { title: product.title, description, canonical: url, image: imageUrls[0] ?? null, type: "product" as const },
  };
}

export default function ProductPage() {
  const { product, maker, images, variants, selectedVariantId, related, structuredData } = useLoaderData<typeof loader>();
  const { t } = useTranslation("shop");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label={t("product.breadcrumb")}>
        <ol className="flex flex-wrap gap-2 text-sm text-stone-700">
          <li>
            <Link to="/products">{t("product.allProducts")}</Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li>
            <Link to={`/categories/${encodeURIComponent(product.category.slug)}`}>{product.category.name}</Link>
          </li>
        </ol>
      </nav>
      <div className="mt-4 grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery key={product.slug} images={images} />
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{product.title}</h1>
          <ProductPurchase
            key={product.slug}
            variants={variants}
            initialVariantId={selectedVariantId}
            madeBy={product.hasIndividualMaker ? null : product.organisationName}
          />
          <section aria-labelledby="about-title" className="mt-8">
            <h2 id="about-title" className="text-lg font-semibold">
              {t("product.about")}
            </h2>
            <TextBlock text={product.description} className="mt-2 space-y-3 text-stone-800" />
            <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
              {product.materials ? <Detail term={t("product.materials")} value={product.materials} /> : null}
              {product.care ? <Detail term={t("product.care")} value={product.care} /> : null}
              <Detail term={t("product.origin")} value={product.originRegion} />
              <Detail term={t("product.category")} value={product.category.name} />
            </dl>
          </section>
        </div>
      </div>
      <MakerStory maker={maker} organisationName={product.organisationName} />
      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="mt-12">
          <h2 id="related-title" className="text-xl font-semibold">
            {t("product.related")}
          </h2>
          <div className="mt-4">
            <ProductGrid items={related} />
          </div>
        </section>
      ) : null}
      <JsonLd data={structuredData} />
    </div>
  );
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="text-stone-800">{value}</dd>
    </>
  );
}
