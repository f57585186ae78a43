import { z } from "zod";
import { parseAmount } from "~/lib/money";

/**
 * The studio's listing forms, shared by the forms (Conform, in the browser) and the actions.
 * Messages are i18n keys ("studio:…" or the common namespace's validation keys).
 */

export const MAX_PHOTOS = 8;
/** ₹10,00,000 in paise: a price above it is a typing mistake. */
export const MAX_PRICE_INR = 100_000_000;
export const MAX_STOCK = 100_000;
/** 30 kg: heavier than any parcel the shipping rates carry. */
export const MAX_WEIGHT_GRAMS = 30_000;

export const requiredText = (max: number, message = "validation.required") => z.string({ error: message }).trim().min(1, message).max(max, "validation.tooLong");

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => value || null);

/** A price typed in rupees ("450", "1,200", "₹ 99.50") as INR paise. */
export const PriceSchema = z.string({ error: "studio:errors.priceRequired" }).transform((text, context) => {
  const paise = parseAmount(text.replace(/[₹,\s]/g, ""), "INR");
  const problem = paise === null ? "studio:errors.price" : paise <= 0 ? "studio:errors.pricePositive" : paise > MAX_PRICE_INR ? "studio:errors.priceTooHigh" : null;
  if (problem) {
    context.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return paise!;
});

export const StockSchema = z.number({ error: "studio:errors.stock" }).int("studio:errors.stock").min(0, "studio:errors.stockNegative").max(MAX_STOCK, "studio:errors.stockTooHigh");

const WeightSchema = z
  .number({ error: "studio:errors.weight" })
  .int("studio:errors.weight")
  .min(1, "studio:errors.weightPositive")
  .max(MAX_WEIGHT_GRAMS, "studio:errors.weightTooHigh");

const HsCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(\.?\d{2}){0,3}$/, "studio:errors.hsCode")
  .optional()
  .transform((value) => value || null);

const variantFields = {
  optionEn: requiredText(80, "studio:errors.optionRequired"),
  optionHi: optionalText(80),
  price: PriceSchema,
  stock: StockSchema,
  weightGrams: WeightSchema,
  hsCode: HsCodeSchema,
};

/** One kind or size of a product, with its own price and stock. */
export const VariantSchema = z.object(variantFields);
export type VariantInput = z.output<typeof VariantSchema>;

/** The one-tap stock form. */
export const StockUpdateSchema = z.object({ variantId: z.uuid("validation.invalid"), stock: StockSchema });

/** What a page's action answers to the one-tap stock form. */
export interface StockAnswer {
  intent: "stock";
  variantId: string;
  ok: boolean;
  errors?: string[];
}

/** A photo of a listing (or the maker's portrait): an uploaded asset and what it shows, for people who cannot see it. */
export const PhotoFieldSchema = z.object({
  assetId: z.uuid("validation.invalid"),
  altEn: requiredText(250, "studio:errors.altRequired"),
  altHi: optionalText(250),
});
export type PhotoInput = z.output<typeof PhotoFieldSchema>;

/**
 * Photos as the form sends them: `images` (uploaded already, in order) and, from a browser without
 * JavaScript, one `photo` file with its alt text; `photoAction` ("up:2", "remove:0") moves or removes
 * a photo when there is no script to do it in the page.
 */
export function photoFields(max: number) {
  return {
    images: z.array(PhotoFieldSchema).max(max, "studio:errors.tooManyPhotos").default([]),
    photo: z.instanceof(File).optional(),
    photoAltEn: optionalText(250),
    photoAltHi: optionalText(250),
    photoAction: z
      .string()
      .regex(/^(up|down|remove):\d{1,2}$/)
      .optional(),
  };
}

export function checkNewPhoto(value: { photo?: File; photoAltEn: string | null }, context: z.RefinementCtx) {
  if (value.photo && !value.photoAltEn) context.addIssue({ code: "custom", path: ["photoAltEn"], message: "studio:errors.altRequired" });
}

const listingFields = {
  /** Coordinators choose whose work it is; an artisan's listings are always her own. */
  makerId: z.uuid("studio:errors.maker").optional(),
  categoryId: z.uuid("studio:errors.category"),
  titleEn: requiredText(120, "studio:errors.titleRequired"),
  titleHi: optionalText(120),
  descriptionEn: optionalText(4000),
  descriptionHi: optionalText(4000),
  materialsEn: optionalText(300),
  materialsHi: optionalText(300),
  careEn: optionalText(300),
  careHi: optionalText(300),
  originRegion: requiredText(80),
  ...photoFields(MAX_PHOTOS),
};

function checkListing(value: { descriptionEn: string | null; descriptionHi: string | null; photo?: File; photoAltEn: string | null }, context: z.RefinementCtx) {
  if (!value.descriptionEn && !value.descriptionHi) context.addIssue({ code: "custom", path: ["descriptionEn"], message: "studio:errors.descriptionRequired" });
  checkNewPhoto(value, context);
}

/** A listing's words, category and photos (the edit page's main form). */
export const ListingSchema = z.object(listingFields).superRefine(checkListing);
export type ListingInput = z.output<typeof ListingSchema>;

/** A new listing: its details and its first kind or size, so that one form puts it on the way to the shop. */
export const NewListingSchema = z.object({ ...listingFields, ...variantFields }).superRefine(checkListing);
export type NewListingInput = z.output<typeof NewListingSchema>;

/** A coordinator sends a listing back with what to change. */
export const ReturnListingSchema = z.object({ comment: requiredText(1000, "studio:errors.commentRequired") });

/** "450" for 45000 paise, "450.50" for 45050: how a price appears in the form again. */
export function rupeesText(paise: number): string {
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, "0")}`;
}

/** The photos after a move or removal asked for by a button in a page without JavaScript. */
export function applyPhotoAction<T>(photos: T[], action: string | undefined): T[] {
  const match = action ? /^(up|down|remove):(\d+)$/.exec(action) : null;
  if (!match) return photos;
  const index = Number(match[2]);
  if (index >= photos.length) return photos;
  const next = [...photos];
  if (match[1] === "remove") {
    next.splice(index, 1);
    return next;
  }
  const other = match[1] === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= next.length) return photos;
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}
