import { randomUUID } from "node:crypto";
import { getCloudinaryImageStorage, ImageRejectedError, imageSources, recordDirectUpload, storeImage, type DirectUploadResult, type SignedUpload } from "~/modules/media/index.server";
import type { PostedPhoto } from "./photos.server";
import type { UploadAnswer } from "./upload-schemas";

const PREVIEW_WIDTH = 320;

/** Where the browser sends photos: straight to Cloudinary when it is configured, otherwise to this server. */
export function uploadTarget(): "cloudinary" | "local" {
  return getCloudinaryImageStorage() ? "cloudinary" : "local";
}

/** Stores a photo posted to the server (the local path, or any browser when Cloudinary is not set up). */
export async function acceptUpload(posted: PostedPhoto): Promise<UploadAnswer> {
  if (posted === null) return { error: "media.rejected.empty" };
  if (posted === "tooLarge") return { error: "media.rejected.tooLarge" };
  try {
    const asset = await storeImage(posted);
    return { assetId: asset.id, preview: imageSources(asset, [PREVIEW_WIDTH]).src };
  } catch (error) {
    if (error instanceof ImageRejectedError) return { error: error.messageKey };
    throw error;
  }
}

/** A signed request for one direct upload to Cloudinary, into a new asset id; null when Cloudinary is not configured. */
export function signDirectUpload(): SignedUpload | null {
  return getCloudinaryImageStorage()?.signUpload({ name: randomUUID() }) ?? null;
}

/** Records a direct upload whose result the browser passed back, once verified. */
export async function acceptDirectUpload(result: DirectUploadResult): Promise<UploadAnswer> {
  try {
    const asset = await recordDirectUpload(result);
    if (!asset) return { error: "studio:photos.notVerified" };
    return { assetId: asset.id, preview: imageSources(asset, [PREVIEW_WIDTH]).src };
  } catch (error) {
    if (error instanceof ImageRejectedError) return { error: error.messageKey };
    throw error;
  }
}
