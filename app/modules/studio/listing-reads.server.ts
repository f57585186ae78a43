import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { localize } from "~/modules/catalog/index.server";
import { imageSources, type ShownAsset } from "~/modules/media/index.server";
import { approvesIn, productsInReach, type StudioActor } from "./actor.server";
import { rupeesText } from "./listing-schemas";
import { listingState, type ListingState } from "./listing-state";
import { mayPublishWithoutReview } from "./listing-status.server";

const THUMBNAIL_WIDTHS = [160, 320] as const;
const PREVIEW_WIDTH = 320;

export function thumbnail(asset: ShownAsset | undefined, alt: string) {
  return asset ? { sources: imageSources(asset, THUMBNAIL_WIDTHS), alt } : null;
}

/** The first listing of the actor's reach with this id, or null (also for ids that are not ids). */
export function findListing<Include extends Prisma.ProductInclude>(actor: StudioActor, productId: string, include: Include) {
  if (!isUuid(productId)) return Promise.resolve(null);
  return db.product.findFirst({ where: { AND: [{ id: productId }, productsInReach(actor)] }, include });
}

const STATE_FILTERS: Record<ListingState, Prisma.ProductWhereInput> = {
  draft: { status: "draft", reviewComment: null },
  returned: { status: "draft", reviewComment: { not: null } },
  pending: { status: "pending_approval" },
  active: { status: "active" },
  archived: { status: "archived" },
};

export interface ListingRow {
  id: string;
  title: string;
  state: ListingState;
  makerName: string | null;
  image: ReturnType<typeof thumbnail>;
  variants: number;
  stock: number;
  lowestPriceInr: number | null;
  updatedAt: Date;
}

/** The actor's listings, newest change first, optionally of one state and one maker. */
export async function listListings(actor: StudioActor, filter: { state?: ListingState; makerId?: string }, language: string): Promise<ListingRow[]> {
  const products = await db.product.findMany({
    where: {
      AND: [productsInReach(actor), filter.state ? STATE_FILTERS[filter.state] : {}, filter.makerId && isUuid(filter.makerId) ? { makerId: filter.makerId } : {}],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      titleEn: true,
      titleHi: true,
      status: true,
      reviewComment: true,
      updatedAt: true,
      maker: { select: { displayName: true } },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 1, select: { altEn: true, altHi: true, asset: true } },
      variants: { where: { active: true }, select: { priceInr: true, stock: true } },
    },
  });
  return products.map((product) => {
    const image = product.images[0];
    return {
      id: product.id,
      title: localize(language, product.titleEn, product.titleHi),
      state: listingState(product.status, product.reviewComment),
      makerName: product.maker?.displayName ?? null,
      image: image ? thumbnail(image.asset, localize(language, image.altEn, image.altHi)) : null,
      variants: product.variants.length,
      stock: product.variants.reduce((total, variant) => total + variant.stock, 0),
      lowestPriceInr: product.variants.length > 0 ? Math.min(...product.variants.map((variant) => variant.priceInr)) : null,
      updatedAt: product.updatedAt,
    };
  });
}

/** A listing as the edit page shows it: the raw English and Hindi fields for the forms, photos, variants, state. */
export async function listingForEdit(actor: StudioActor, productId: string) {
  const product = await findListing(actor, productId, {
    maker: { select: { id: true, displayName: true, approvedAt: true } },
    organisation: { select: { name: true, trustApprovedArtisans: true } },
    images: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { asset: true } },
    variants: { where: { active: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
  });
  if (!product) return null;
  return {
    id: product.id,
    slug: product.slug,
    state: listingState(product.status, product.reviewComment),
    reviewComment: product.reviewComment,
    submittedAt: product.submittedAt,
    publishedAt: product.publishedAt,
    maker: product.maker ? { id: product.maker.id, displayName: product.maker.displayName } : null,
    organisationName: product.organisation.name,
    /** Her changes reach the shop without a coordinator's review. */
    trusted: mayPublishWithoutReview(actor, product),
    canApprove: approvesIn(actor, product.organisationId),
    values: {
      categoryId: product.categoryId,
      titleEn: product.titleEn,
      titleHi: product.titleHi,
      descriptionEn: product.descriptionEn || null,
      descriptionHi: product.descriptionHi,
      materialsEn: product.materialsEn,
      materialsHi: product.materialsHi,
      careEn: product.careEn,
      careHi: product.careHi,
      originRegion: product.originRegion,
    },
    photos: product.images.map((image) => ({ assetId: image.assetId, altEn: image.altEn, altHi: image.altHi, preview: imageSources(image.asset, [PREVIEW_WIDTH]).src })),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      optionEn: variant.optionEn,
      optionHi: variant.optionHi,
      price: rupeesText(variant.priceInr),
      priceInr: variant.priceInr,
      stock: variant.stock,
      weightGrams: variant.weightGrams,
      hsCode: variant.hsCode,
    })),
  };
}

export type ListingForEdit = NonNullable<Awaited<ReturnType<typeof listingForEdit>>>;
