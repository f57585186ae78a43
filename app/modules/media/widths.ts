/**
 * The image widths and formats the site serves. Only these are ever resized, so that a stranger
 * cannot make the server render (and cache) an image at every width from 1 to 10,000.
 */
export const STANDARD_WIDTHS = [160, 320, 480, 640, 960, 1280] as const;
export type StandardWidth = (typeof STANDARD_WIDTHS)[number];

export const IMAGE_FORMATS = ["webp", "jpeg", "avif"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** What an <img> needs to be responsive: see ResponsiveImage in app/ui. */
export interface ImageSources {
  src: string;
  srcSet: string;
  width: number;
  height: number;
}

export function isStandardWidth(value: number): value is StandardWidth {
  return (STANDARD_WIDTHS as readonly number[]).includes(value);
}

/**
 * The widths worth offering for an image `originalWidth` pixels wide: every wanted width it can fill,
 * then the next one up once (served at the original's own width), so the full resolution is offered too.
 */
export function srcSetWidths(originalWidth: number, wanted: readonly number[] = STANDARD_WIDTHS): { width: number; served: number }[] {
  const sorted = [...new Set(wanted.filter(isStandardWidth))].sort((a, b) => a - b);
  const fitting = sorted.filter((width) => width <= originalWidth).map((width) => ({ width, served: width }));
  const larger = sorted.find((width) => width > originalWidth);
  return larger === undefined ? fitting : [...fitting, { width: larger, served: originalWidth }];
}

const EXTENSIONS: Record<ImageFormat, string> = { webp: "webp", jpeg: "jpg", avif: "avif" };
const FORMAT_OF_EXTENSION = new Map(Object.entries(EXTENSIONS).map(([format, extension]) => [extension, format as ImageFormat]));

/** "640.webp" for a local variant's file name. */
export function variantFileName(width: StandardWidth, format: ImageFormat) {
  return `${width}.${EXTENSIONS[format]}`;
}

/** The width and format a variant's file name asks for, or null when it is not one the site serves. */
export function parseVariantFileName(file: string): { width: StandardWidth; format: ImageFormat } | null {
  const match = /^([1-9]\d{1,4})\.([a-z]{3,4})$/.exec(file);
  if (!match) return null;
  const width = Number(match[1]);
  const format = FORMAT_OF_EXTENSION.get(match[2]!);
  return format && isStandardWidth(width) ? { width, format } : null;
}

export const CONTENT_TYPES: Record<ImageFormat, string> = { webp: "image/webp", jpeg: "image/jpeg", avif: "image/avif" };
