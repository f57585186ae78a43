import type { ProductStatus } from "~/generated/prisma/client";
import { db, isUniqueViolation } from "~/lib/db.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import { refuseField, type Outcome } from "~/modules/identity/outcome";
import { chosenMaker, type StudioActor } from "./actor.server";
import { findListing } from "./listing-reads.server";
import { MAX_PHOTOS, type ListingInput, type NewListingInput } from "./listing-schemas";
import { afterVisibleChange } from "./listing-status.server";
import { productSlug, variantSku } from "./names.server";
import { forgetUnusedImages, photosFromForm, replaceProductPhotos, samePhotos, type PostedPhoto } from "./photos.server";

function detailsOf(input: ListingInput) {
  return {
    categoryId: input.categoryId,
    titleEn: input.titleEn,
    titleHi: input.titleHi,
    // The column is required; a listing described only in Hindi has no English description yet.
    descriptionEn: input.descriptionEn ?? "",
    descriptionHi: input.descriptionHi,
    materialsEn: input.materialsEn,
    materialsHi: input.materialsHi,
    careEn: input.careEn,
    careHi: input.careHi,
    originRegion: input.originRegion,
  };
}

async function categoryExists(categoryId: string) {
  return (await db.category.count({ where: { id: categoryId } })) === 1;
}

/**
 * A new listing, as a draft, with its first kind or size and its photos. Artisans list their own
 * work; coordinators choose the maker (`makerId`) among their organisations' makers.
 */
export async function createListing(actor: StudioActor, input: NewListingInput, posted: PostedPhoto = null): Promise<Outcome<{ id: string }>> {
  const maker = await chosenMaker(actor, input.makerId);
  if (!maker) return refuseField("makerId", "studio:errors.maker");
  if (!(await categoryExists(input.categoryId))) return refuseField("categoryId", "studio:errors.category");
  const photos = await photosFromForm(input, posted, null, MAX_PHOTOS);
  if (!photos.ok) return photos;
  try {
    for (let attempt = 0; ; attempt++) {
      const slug = productSlug(input.titleEn);
      try {
        const product = await db.product.create({
          data: {
            ...detailsOf(input),
            slug,
            organisationId: maker.organisationId,
            makerId: maker.id,
            status: "draft",
            variants: {
              create: {
                sku: variantSku(slug),
                optionEn: input.optionEn,
                optionHi: input.optionHi,
                priceInr: input.price,
                stock: input.stock,
                weightGrams: input.weightGrams,
                hsCode: input.hsCode,
                position: 0,
              },
            },
            images: { create: photos.photos.map((photo, position) => ({ assetId: photo.assetId, altEn: photo.altEn, altHi: photo.altHi, position })) },
          },
          select: { id: true },
        });
        forgetCatalogCache();
        return { ok: true, id: product.id };
      } catch (error) {
        // A random slug or SKU that someone already has: draw again.
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  } catch (error) {
    await forgetUnusedImages([photos.storedAssetId]);
    throw error;
  }
}

/**
 * Saves a listing's words, category and photos. A change buyers would see sends a listing that is in
 * the shop back to review unless the actor is trusted (see afterVisibleChange). Null when the listing
 * is not the actor's.
 */
export async function updateListing(actor: StudioActor, productId: string, input: ListingInput, posted: PostedPhoto = null): Promise<Outcome<{ status: ProductStatus }> | null> {
  const product = await findListing(actor, productId, {
    maker: { select: { approvedAt: true } },
    organisation: { select: { trustApprovedArtisans: true } },
    images: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  });
  if (!product) return null;
  if (!(await categoryExists(input.categoryId))) return refuseField("categoryId", "studio:errors.category");
  const photos = await photosFromForm(input, posted, { productId: product.id }, MAX_PHOTOS);
  if (!photos.ok) return photos;

  const details = detailsOf(input);
  const before = product as unknown as Record<string, unknown>;
  const detailsChanged = Object.entries(details).some(([field, value]) => before[field] !== value);
  const photosChanged = !samePhotos(
    product.images.map((image) => ({ assetId: image.assetId, altEn: image.altEn, altHi: image.altHi })),
    photos.photos,
  );
  if (!detailsChanged && !photosChanged) return { ok: true, status: product.status };

  try {
    const { status, removed } = await db.$transaction(async (tx) => {
      await tx.product.update({ where: { id: product.id }, data: details });
      const removed = photosChanged ? await replaceProductPhotos(tx, product.id, photos.photos) : [];
      return { status: await afterVisibleChange(tx, actor, product), removed };
    });
    forgetCatalogCache();
    await forgetUnusedImages(removed);
    return { ok: true, status };
  } catch (error) {
    await forgetUnusedImages([photos.storedAssetId]);
    throw error;
  }
}
