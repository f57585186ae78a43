import fs from "node:fs/promises";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { getLocalImageStorage } from "./storage.server";
import { CONTENT_TYPES, parseVariantFileName } from "./widths";

export interface ImageVariant {
  contentType: string;
  bytes: number;
  modified: Date;
  /** Changes whenever the file does (made again after a clean-up, say). */
  etag: string;
  read(): Promise<Buffer<ArrayBuffer>>;
}

/**
 * The resized copy that /media/<assetId>/<file> names (file: "640.webp"), made on first request;
 * null for an unknown asset, a width or format the site does not serve, or an image not on local disk.
 */
export async function findImageVariant(assetId: string, file: string): Promise<ImageVariant | null> {
  const wanted = parseVariantFileName(file);
  if (!wanted || !isUuid(assetId)) return null;
  const asset = await db.mediaAsset.findUnique({ where: { id: assetId }, select: { provider: true, storageKey: true } });
  if (asset?.provider !== "local") return null;
  const variant = await getLocalImageStorage().variant(asset.storageKey, wanted.width, wanted.format);
  if (!variant) return null;
  return {
    contentType: CONTENT_TYPES[wanted.format],
    bytes: variant.bytes,
    modified: variant.modified,
    etag: `"${variant.bytes.toString(16)}-${variant.modified.getTime().toString(16)}"`,
    read: () => fs.readFile(variant.path),
  };
}
