import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import type { ImageStorage, StoredImage } from "./image-storage.server";
import { STANDARD_WIDTHS, variantFileName, type ImageFormat, type StandardWidth } from "./widths";

/** A resized copy on disk, ready to send. */
export interface LocalVariant {
  path: string;
  bytes: number;
  modified: Date;
}

const EXTENSIONS: Record<string, string> = { jpeg: "jpg", png: "png", webp: "webp" };
// Keys come from the database, but a key is joined into a path: never let one climb out of the folder.
const KEY_PATTERN = /^([A-Za-z0-9_-]{1,100})\.(jpg|png|webp)$/;

const ENCODE: Record<ImageFormat, (image: Sharp) => Sharp> = {
  webp: (image) => image.webp({ quality: 80 }),
  jpeg: (image) => image.jpeg({ quality: 80, mozjpeg: true }),
  avif: (image) => image.avif({ quality: 55, effort: 2 }),
};

/**
 * Images on local disk: originals in ROOT/originals/<key>, resized copies made on first request and
 * kept in ROOT/variants/<name>/<width>.<ext>. Served by the route /media/<name>/<width>.<ext>.
 */
export class LocalImageStorage implements ImageStorage {
  readonly provider = "local" as const;
  private readonly inFlight = new Map<string, Promise<LocalVariant | null>>();

  constructor(readonly root: string) {}

  async put(image: Buffer, options: { name: string }): Promise<StoredImage> {
    const { format, width, height } = await sharp(image).metadata();
    const key = `${options.name}.${EXTENSIONS[format] ?? "unknown"}`;
    const file = this.originalPath(key);
    if (!file) throw new Error(`LocalImageStorage cannot store a ${format} image named ${JSON.stringify(options.name)}`);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, image, { flag: "wx" });
    return { key, width, height, bytes: image.length, format };
  }

  url(key: string, options: { width: number; format?: ImageFormat }): string {
    const width = STANDARD_WIDTHS.find((standard) => standard >= options.width) ?? STANDARD_WIDTHS.at(-1)!;
    return `/media/${encodeURIComponent(nameOf(key))}/${variantFileName(width, options.format ?? "webp")}`;
  }

  async remove(key: string): Promise<void> {
    const file = this.originalPath(key);
    if (!file) return;
    await fs.rm(file, { force: true });
    await fs.rm(this.variantDir(key), { recursive: true, force: true });
  }

  /** The copy of `key` at `width` (never wider than the original) in `format`; null when the original is missing. */
  async variant(key: string, width: StandardWidth, format: ImageFormat): Promise<LocalVariant | null> {
    const original = this.originalPath(key);
    if (!original) return null;
    const target = path.join(this.variantDir(key), variantFileName(width, format));
    const existing = await statOf(target);
    if (existing) return existing;
    // Two first requests for one copy share the work instead of both resizing.
    let making = this.inFlight.get(target);
    if (!making) {
      making = makeVariant(original, target, width, format).finally(() => this.inFlight.delete(target));
      this.inFlight.set(target, making);
    }
    return making;
  }

  private originalPath(key: string): string | null {
    return KEY_PATTERN.test(key) ? path.join(this.root, "originals", key) : null;
  }

  private variantDir(key: string): string {
    return path.join(this.root, "variants", nameOf(key));
  }
}

function nameOf(key: string) {
  return key.replace(/\.[a-z]+$/, "");
}

async function statOf(file: string): Promise<LocalVariant | null> {
  try {
    const stats = await fs.stat(file);
    return { path: file, bytes: stats.size, modified: stats.mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function makeVariant(original: string, target: string, width: number, format: ImageFormat): Promise<LocalVariant | null> {
  if (!(await statOf(original))) return null;
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written aside and renamed, so that a reader never sees half a file.
  const partial = `${target}.${randomUUID()}.part`;
  try {
    await ENCODE[format](sharp(original).resize({ width, withoutEnlargement: true })).toFile(partial);
    await fs.rename(partial, target);
  } finally {
    await fs.rm(partial, { force: true });
  }
  return statOf(target);
}
