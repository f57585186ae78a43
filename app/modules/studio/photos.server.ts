import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { refuseField, type Refusal } from "~/modules/identity/outcome";
import { deleteImage, ImageRejectedError, storeImage } from "~/modules/media/index.server";
import { applyPhotoAction, type PhotoInput } from "./listing-schemas";

/** A file posted with a form (the page without JavaScript): its bytes, "tooLarge" when it was dropped unread, or null. */
export type PostedPhoto = Buffer | "tooLarge" | null;

interface PhotoFormValues {
  images: PhotoInput[];
  photo?: File;
  photoAltEn: string | null;
  photoAltHi: string | null;
  photoAction?: string;
}

/** Where the photos may come from: what the listing (or maker) already shows, or fresh uploads that nothing uses. */
export type PhotoOwner = { productId: string } | { makerId: string } | null;

/**
 * The photos a form asks for, in order: the uploaded ones, moved or removed as a no-script button
 * asked, then the posted file (stored now). Refused on the field when an asset cannot be used here or
 * the file is not a usable image; then nothing is stored.
 */
export async function photosFromForm(values: PhotoFormValues, posted: PostedPhoto, owner: PhotoOwner, max: number): Promise<{ ok: true; photos: PhotoInput[]; storedAssetId: string | null } | Refusal> {
  const seen = new Set<string>();
  const photos = applyPhotoAction(
    values.images.filter((photo) => !seen.has(photo.assetId) && seen.add(photo.assetId)),
    values.photoAction,
  );
  if (!(await assetsUsable(photos.map((photo) => photo.assetId), owner))) return refuseField("images", "studio:errors.photoUnavailable");
  if (posted === null) return { ok: true, photos, storedAssetId: null };
  if (posted === "tooLarge") return refuseField("photo", "media.rejected.tooLarge");
  if (photos.length >= max) return refuseField("photo", "studio:errors.tooManyPhotos");
  try {
    const asset = await storeImage(posted);
    return { ok: true, photos: [...photos, { assetId: asset.id, altEn: values.photoAltEn ?? "", altHi: values.photoAltHi }], storedAssetId: asset.id };
  } catch (error) {
    if (error instanceof ImageRejectedError) return refuseField("photo", error.messageKey);
    throw error;
  }
}

async function assetsUsable(assetIds: string[], owner: PhotoOwner): Promise<boolean> {
  if (assetIds.length === 0) return true;
  const assets = await db.mediaAsset.findMany({
    where: { id: { in: assetIds } },
    select: { id: true, productImages: { select: { productId: true } }, makers: { select: { id: true } } },
  });
  if (assets.length !== assetIds.length) return false;
  return assets.every(
    (asset) =>
      asset.productImages.every((image) => owner !== null && "productId" in owner && image.productId === owner.productId) &&
      asset.makers.every((maker) => owner !== null && "makerId" in owner && maker.id === owner.makerId),
  );
}

/** Replaces a product's photos with `photos`, in order; returns the assets it no longer shows. */
export async function replaceProductPhotos(tx: Tx, productId: string, photos: PhotoInput[]): Promise<string[]> {
  const before = await tx.productImage.findMany({ where: { productId }, select: { assetId: true } });
  await tx.productImage.deleteMany({ where: { productId } });
  if (photos.length > 0) {
    await tx.productImage.createMany({
      data: photos.map((photo, position) => ({ productId, assetId: photo.assetId, altEn: photo.altEn, altHi: photo.altHi, position })),
    });
  }
  const kept = new Set(photos.map((photo) => photo.assetId));
  return before.map((image) => image.assetId).filter((assetId) => !kept.has(assetId));
}

/** Whether two lists of photos show the same pictures in the same order with the same words. */
export function samePhotos(a: PhotoInput[], b: PhotoInput[]) {
  return a.length === b.length && a.every((photo, index) => photo.assetId === b[index]!.assetId && photo.altEn === b[index]!.altEn && (photo.altHi ?? null) === (b[index]!.altHi ?? null));
}

/** Deletes images that nothing shows any more (after a removal, or when a save failed after storing one). */
export async function forgetUnusedImages(assetIds: (string | null)[]) {
  for (const assetId of assetIds) {
    if (!assetId) continue;
    const used = await db.mediaAsset.count({ where: { id: assetId, OR: [{ productImages: { some: {} } }, { makers: { some: {} } }] } });
    if (used > 0) continue;
    await deleteImage(assetId).catch((error: unknown) => logger.warn({ err: error, assetId }, "could not delete an image no longer shown"));
  }
}
