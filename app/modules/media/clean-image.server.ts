import sharp from "sharp";

export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;
/** About a 50-megapixel phone photo, with room; a larger image is a decompression bomb or a poster scan. */
export const MAX_IMAGE_PIXELS = 70_000_000;
/** Originals are kept at most this wide or tall: the largest copy served is 1280 px, twice that covers sharp screens. */
export const MAX_STORED_EDGE = 2560;

export type ImageProblem = "empty" | "tooLarge" | "notAnImage" | "unsupportedFormat" | "damaged" | "tooManyPixels";

const EXPLANATIONS: Record<ImageProblem, string> = {
  empty: "The file is empty",
  tooLarge: `The file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  notAnImage: "The file is not an image",
  unsupportedFormat: "The image is not JPEG, PNG, WebP or AVIF",
  damaged: "The image is damaged or incomplete",
  tooManyPixels: `The image has more than ${MAX_IMAGE_PIXELS / 1_000_000} million pixels`,
};

/** An upload that cannot become an image of the site; `messageKey` is its explanation in the common namespace. */
export class ImageRejectedError extends Error {
  override name = "ImageRejectedError";
  readonly messageKey: string;

  constructor(
    readonly problem: ImageProblem,
    detail?: string,
  ) {
    super(detail ? `${EXPLANATIONS[problem]} (${detail})` : EXPLANATIONS[problem]);
    this.messageKey = `media.rejected.${problem}`;
  }
}

export interface CleanImage {
  data: Buffer;
  width: number;
  height: number;
  format: "jpeg" | "webp";
}

/**
 * Checks that `bytes` are a photo the site can show, and re-encodes it: turned upright, at most
 * MAX_STORED_EDGE, in sRGB, with every piece of metadata (EXIF with GPS position, camera, owner) gone.
 * Transparent images become WebP, the rest JPEG.
 */
export async function cleanImage(bytes: Buffer): Promise<CleanImage> {
  if (bytes.length === 0) throw new ImageRejectedError("empty");
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageRejectedError("tooLarge", `${bytes.length} bytes`);
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw new ImageRejectedError("notAnImage");
    });
  const { format, width, height } = metadata;
  const av1 = format === "heif" && metadata.compression === "av1";
  if (!(format === "jpeg" || format === "png" || format === "webp" || av1)) throw new ImageRejectedError("unsupportedFormat", metadata.compression === "hevc" ? "HEIC" : format);
  if (width * height > MAX_IMAGE_PIXELS) throw new ImageRejectedError("tooManyPixels", `${width}×${height}`);

  const upright = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "warning" })
    .autoOrient()
    .resize({ width: MAX_STORED_EDGE, height: MAX_STORED_EDGE, fit: "inside", withoutEnlargement: true });
  const encoded = metadata.hasAlpha ? upright.webp({ quality: 90 }) : upright.jpeg({ quality: 90 });
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, format: metadata.hasAlpha ? "webp" : "jpeg" };
  } catch {
    throw new ImageRejectedError("damaged");
  }
}
