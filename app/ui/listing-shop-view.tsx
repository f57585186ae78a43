import { useTranslation } from "react-i18next";
import type { ShownImage } from "~/modules/catalog/views.server";
import { MakerStory, type MakerStoryView } from "./maker-story";
import { ProductGallery } from "./product-gallery";
import { ProductPurchase, type PurchasableVariant } from "./product-purchase";
import { TextBlock } from "./text-block";

export interface ListingShopViewProps {
  product: {
    title: string;
    description: string;
    materials: string | null;
    care: string | null;
    originRegion: string;
    organisationName: string;
    hasIndividualMaker: boolean;
    categoryName: string;
  };
  maker: MakerStoryView | null;
  images: ShownImage[];
  variants: PurchasableVariant[];
}

/**
 * A listing drawn with the shop's own product components, for the studio's preview. Buying is
 * switched off: the controls are there to be seen, not used.
 */
export function ListingShopView({ product, maker, images, variants }: ListingShopViewProps) {
  const { t } = useTranslation("shop");
  const first = variants.find((variant) => variant.stock !== "sold_out") ?? variants[0];
  return (
    <div className="rounded-md border border-stone-300 bg-stone-50 p-4">
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <ProductGallery images={images} />
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{product.title}</h1>
          {first ? (
            <fieldset disabled className="contents">
              <ProductPurchase variants={variants} initialVariantId={first.id} madeBy={product.hasIndividualMaker ? null : product.organisationName} />
            </fieldset>
          ) : null}
          <section aria-labelledby="about-title" className="mt-8">
            <h2 id="about-title" className="text-lg font-semibold">
              {t("product.about")}
            </h2>
            <TextBlock text={product.description} className="mt-2 space-y-3 text-stone-800" />
            <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
              {product.materials ? <Detail term={t("product.materials")} value={product.materials} /> : null}
              {product.care ? <Detail term={t("product.care")} value={product.care} /> : null}
              <Detail term={t("product.origin")} value={product.originRegion} />
              <Detail term={t("product.category")} value={product.categoryName} />
            </dl>
          </section>
        </div>
      </div>
      <MakerStory maker={maker} organisationName={product.organisationName} />
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
