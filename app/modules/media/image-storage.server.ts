import type { MediaProvider } from "~/generated/prisma/client";
import type { ImageFormat } from "./widths";

/** An image as a storage holds it: `key` finds it again (a file name on disk, a Cloudinary public id). */
export interface StoredImage {
  key: string;
  width: number;
  height: number;
  bytes: number;
  format: string;
}

/**
 * Where images live. `put` receives bytes that were already checked and cleaned (assets.server.ts);
 * `url` names a resized copy no wider than `width`, in `format` or, left out, the best the browser takes.
 */
export interface ImageStorage {
  readonly provider: MediaProvider;
  /** `name` becomes part of the key: the asset id, so that keys never collide and name nothing personal. */
  put(image: Buffer, options: { name: string }): Promise<StoredImage>;
  url(key: string, options: { width: number; format?: ImageFormat }): string;
  /** Deletes the image and every resized copy; a key that is already gone is not an error. */
  remove(key: string): Promise<void>;
}
