import { randomUUID } from "node:crypto";
import type { MediaAsset } from "~/generated/prisma/client";
import { db, type Tx } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { isUuid } from "~/lib/validation";
import { cleanImage } from "./clean-image.server";
import { getImageStorage, storageFor } from "./storage.server";
import { srcSetWidths, STANDARD_WIDTHS, type ImageSources } from "./widths";

/** The fields of a MediaAsset that showing it needs (what catalog queries should select). */
export type ShownAsset = Pick<MediaAsset, "provider" | "storageKey" | "width" | "height">;

/** The `src` for browsers that ignore srcset: a copy this wide, or the largest below it. */
const FALLBACK_WIDTH = 640;

/**
 * Checks, cleans (see cleanImage) and stores an uploaded image and records it as a MediaAsset.
 * Refuses anything that is not a usable image with an ImageRejectedError, storing nothing.
 * Pass `tx` to record the asset inside a transaction; the stored file outlives a rollback.
 */
export async function storeImage(bytes: Buffer, tx: Tx = db): Promise<MediaAsset> {
  const image = await cleanImage(bytes);
  const storage = getImageStorage();
  const id = randomUUID();
  const stored = await storage.put(image.data, { name: id });
  try {
    return await tx.mediaAsset.create({
      data: { id, provider: storage.provider, storageKey: stored.key, width: stored.width, height: stored.height, bytes: stored.bytes, format: stored.format },
    });
  } catch (error) {
    await storage.remove(stored.key).catch((removal: unknown) => logger.warn({ err: removal, key: stored.key }, "could not remove an image whose record failed"));
    throw error;
  }
}

/** `src`, `srcSet` and intrinsic size for a responsive <img> of `asset` (see ResponsiveImage). */
export function imageSources(asset: ShownAsset, widths: readonly number[] = STANDARD_WIDTHS): ImageSources {
  const storage = storageFor(asset.provider);
  const offered = srcSetWidths(asset.width, widths);
  const fallback = offered.filter(({ width }) => width <= FALLBACK_WIDTH).at(-1) ?? offered[0];
  const url = (width: number) => storage.url(asset.storageKey, { width });
  return {
    src: url(fallback?.width ?? FALLBACK_WIDTH),
    srcSet: offered.map(({ width, served }) => `${url(width)} ${served}w`).join(", "),
    width: asset.width,
    height: asset.height,
  };
}

/**
 * Deletes an asset and its stored image; false when there was no such asset. Throws Prisma's
 * foreign-key error (P2003) while a product image still uses it; a maker's photo is simply unset.
 */
export async function deleteImage(assetId: string): Promise<boolean> {
  if (!isUuid(assetId)) return false;
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId } });
  if (!asset) return false;
  const { count } = await db.mediaAsset.deleteMany({ where: { id: assetId } });
  if (count === 0) return false;
  // The record is gone, so the image can no longer be shown: a file left behind is only wasted space.
  await storageFor(asset.provider)
    .remove(asset.storageKey)
    .catch((error: unknown) => logger.warn({ err: error, key: asset.storageKey }, "could not remove a deleted asset's image"));
  return true;
}
