import { z } from "zod";

/** What the browser sends back after uploading a photo straight to Cloudinary (the parts the server checks and keeps). */
export const DirectUploadSchema = z.object({
  public_id: z.string().min(1).max(200),
  version: z.union([z.number().int().positive(), z.string().regex(/^\d{1,15}$/)]),
  signature: z.string().min(1).max(100),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  bytes: z.number().int().min(1).max(2_000_000_000),
  format: z.string().min(1).max(10),
});

/** The media module's MAX_IMAGE_BYTES, for the browser to refuse a larger file without sending it (a test keeps them equal). */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

/** What the upload route answers: the stored photo, or the reason it was refused (an i18n key). */
export type UploadAnswer = { assetId: string; preview: string } | { error: string };
