import type { MediaAsset } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { isUuid } from "~/lib/validation";
import { ImageRejectedError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from "./clean-image.server";
import { CLOUDINARY_FOLDER } from "./cloudinary-storage.server";
import { getCloudinaryImageStorage } from "./storage.server";

/** The part of Cloudinary's upload result that a browser passes back after a signed direct upload. */
export interface DirectUploadResult {
  public_id: string;
  version: number | string;
  signature: string;
  width: number;
  height: number;
  bytes: number;
  format: string;
}

const FORMATS: Record<string, string> = { jpg: "jpeg", jpeg: "jpeg", png: "png", webp: "webp", avif: "avif", heic: "heic" };

/**
 * Records an image that a browser uploaded straight to Cloudinary with a request from signUpload,
 * once Cloudinary's signature on the result checks out and its public id is one signUpload names
 * (reweave/<uuid>, which becomes the asset id). Null when the result is not genuine or Cloudinary is
 * not configured; an ImageRejectedError (and the upload deleted) when the image is not one the site takes.
 */
export async function recordDirectUpload(result: DirectUploadResult): Promise<MediaAsset | null> {
  const storage = getCloudinaryImageStorage();
  if (!storage || !storage.verifyUploadResponse(result)) return null;
  const id = result.public_id.startsWith(`${CLOUDINARY_FOLDER}/`) ? result.public_id.slice(CLOUDINARY_FOLDER.length + 1) : "";
  if (!isUuid(id)) return null;
  const existing = await db.mediaAsset.findUnique({ where: { id } });
  if (existing) return existing.storageKey === result.public_id ? existing : null;

  const format = FORMATS[result.format];
  const problem = !format ? "unsupportedFormat" : result.bytes > MAX_IMAGE_BYTES ? "tooLarge" : result.width * result.height > MAX_IMAGE_PIXELS ? "tooManyPixels" : null;
  if (problem || !format) {
    await storage.remove(result.public_id).catch((error: unknown) => logger.warn({ err: error, key: result.public_id }, "could not remove a refused direct upload"));
    throw new ImageRejectedError(problem ?? "unsupportedFormat");
  }
  return db.mediaAsset.create({ data: { id, provider: "cloudinary", storageKey: result.public_id, width: result.width, height: result.height, bytes: result.bytes, format } });
}
