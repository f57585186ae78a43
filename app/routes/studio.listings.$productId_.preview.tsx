import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { BASE_CURRENCY, INR_RATE_MICROS } from "~/lib/money";
import { displayPrice, GALLERY_WIDTHS, LOW_STOCK, PORTRAIT_WIDTHS, shownImage, stockState } from "~/modules/catalog/index.server";
import { feeTermsFor, splitLine } from "~/modules/earnings/index.server";
import { listingPreview, requireStudioActor } from "~/modules/studio/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { StateBadge } from "~/ui/listing-status";
import { ListingShopView } from "~/ui/listing-shop-view";

/** The shop's strings, for the product components this page shares with the shop. */
export const handle = { i18n: ["shop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const language = await getLanguage(request);
  const preview = await listingPreview(actor, params.productId ?? "", language);
  if (!preview) throw notFound();
  const [t, feeTerms] = await Promise.all([getTranslator(language), feeTermsFor(preview.product.organisationId)]);
  return { title: t("studio:preview.title", { title: preview.product.title }), state: preview.state, ...shopView(preview.product, feeTerms, language) };
}

/** The listing as the shop's product page draws it, in rupees. */
function shopView(product: NonNullable<Awaited<ReturnType<typeof listingPreview>>>["product"], feeTerms: Parameters<typeof splitLine>[1], language: string) {
  const rate = { currency: BASE_CURRENCY, inrPerUnitMicros: INR_RATE_MICROS };
  return {
    product: {
      id: product.id,
      title: product.title,
      description: product.description,
      materials: product.materials,
      care: product.care,
      originRegion: product.originRegion,
      organisationName: product.organisationName,
      hasIndividualMaker: product.hasIndividualMaker,
      categoryName: product.category.name,
    },
    maker: product.maker ? { ...product.maker, photo: shownImage(product.maker.photo, PORTRAIT_WIDTHS) } : null,
    images: product.images.map((image) => shownImage(image, GALLERY_WIDTHS)!),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      option: variant.option,
      sku: variant.sku,
      weightGrams: variant.weightGrams,
      hsCode: variant.hsCode,
      price: displayPrice(variant.priceInr, rate, language),
      stock: stockState(variant.stock),
      left: variant.stock <= LOW_STOCK ? variant.stock : null,
      makerShare: displayPrice(splitLine(variant.priceInr, feeTerms).maker, rate, language),
    })),
  };
}

export default function ListingPreview() {
  const { t } = useTranslation("studio");
  const view = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <p>
        <Link to={`/studio/listings/${view.product.id}`} reloadDocument>
          {t("preview.back")}
        </Link>
      </p>
      <div role="note" className="space-y-2 rounded-md border border-sky-800 bg-sky-50 p-3 text-sky-950">
        <p className="font-semibold">{t("preview.banner")}</p>
        <p className="flex flex-wrap items-center gap-2">
          <StateBadge state={view.state} /> {t(`status.explain.${view.state}`)}
        </p>
      </div>
      <ListingShopView {...view} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
