import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { localize, type ProductDetail } from "~/modules/catalog/index.server";
import { productsInReach, type StudioActor } from "./actor.server";
import { listingState, type ListingState } from "./listing-state";

export interface ListingPreview {
  /** The listing as the shop's product page would show it (the maker only while her profile is public). */
  product: ProductDetail;
  state: ListingState;
  reviewComment: string | null;
  submittedAt: Date | null;
  makerName: string | null;
  /** Both languages as written, for a coordinator checking the words. */
  written: { titleEn: string; titleHi: string | null; descriptionEn: string; descriptionHi: string | null };
}

/**
 * A listing in any state, shaped like the shop's product detail. `scope` is "edit" for the studio's
 * own listings and "review" for a coordinator's queue (organisations where she approves).
 */
export async function listingPreview(actor: StudioActor, productId: string, language: string, scope: "edit" | "review" = "edit"): Promise<ListingPreview | null> {
  if (!isUuid(productId)) return null;
  const approval = actor.approvalOrganisations;
  const where = scope === "edit" ? productsInReach(actor) : approval === "any" ? {} : { organisationId: { in: approval } };
  const product = await db.product.findFirst({
    where: { AND: [{ id: productId }, where] },
    include: {
      category: true,
      organisation: { select: { name: true } },
      maker: { include: { photo: true } },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { asset: true } },
      variants: { where: { active: true }, orderBy: [{ position: "asc" }, { priceInr: "asc" }, { sku: "asc" }] },
    },
  });
  if (!product) return null;
  const maker = product.maker?.publicProfile ? product.maker : null;
  return {
    state: listingState(product.status, product.reviewComment),
    reviewComment: product.reviewComment,
    submittedAt: product.submittedAt,
    makerName: product.maker?.displayName ?? null,
    written: { titleEn: product.titleEn, titleHi: product.titleHi, descriptionEn: product.descriptionEn, descriptionHi: product.descriptionHi },
    product: {
      id: product.id,
      slug: product.slug,
      title: localize(language, product.titleEn, product.titleHi),
      description: localize(language, product.descriptionEn || null, product.descriptionHi) ?? "",
      materials: localize(language, product.materialsEn, product.materialsHi),
      care: localize(language, product.careEn, product.careHi),
      originRegion: product.originRegion,
      organisationId: product.organisationId,
      organisationName: product.organisation.name,
      hasIndividualMaker: product.makerId !== null,
      maker: maker
        ? {
            slug: maker.slug,
            displayName: maker.displayName,
            craft: maker.craft,
            region: maker.region,
            story: localize(language, maker.storyEn, maker.storyHi),
            photo: maker.photo ? { asset: maker.photo, alt: localize(language, maker.photoAltEn ?? maker.displayName, maker.photoAltHi) } : null,
          }
        : null,
      category: { id: product.category.id, slug: product.category.slug, name: localize(language, product.category.nameEn, product.category.nameHi) },
      variants: product.variants.map((variant) => ({
        id: variant.id,
        sku: variant.sku,
        option: localize(language, variant.optionEn, variant.optionHi),
        priceInr: variant.priceInr,
        stock: variant.stock,
        weightGrams: variant.weightGrams,
        hsCode: variant.hsCode,
      })),
      images: product.images.map((image) => ({ asset: image.asset, alt: localize(language, image.altEn, image.altHi) })),
      updatedAt: product.updatedAt,
    },
  };
}
