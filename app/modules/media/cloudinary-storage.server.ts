import { timingSafeEqual } from "node:crypto";
import { v2 as cloudinary, type UploadApiErrorResponse, type UploadApiResponse } from "cloudinary";
import type { ImageStorage, StoredImage } from "./image-storage.server";
import type { ImageFormat } from "./widths";

/**
 * Images at Cloudinary. Every call names the account itself rather than relying on the SDK's global
 * configuration. One thing the SDK decides on its own, when it loads: http or https for uploads, from
 * the `upload_prefix` in the CLOUDINARY_URL of the environment (only tests point it at http).
 */

export interface CloudinaryConfig {
  cloudName: string;
  apiKey: string;
  apiSecret: string;
  /** Where uploads go instead of https://api.cloudinary.com (tests only). */
  uploadPrefix?: string;
}

/** What a browser sends to Cloudinary, with the file, to upload directly: no secret, only a signature. */
export interface SignedUpload {
  url: string;
  fields: Record<string, string>;
  publicId: string;
}

export const CLOUDINARY_FOLDER = "reweave";
const DIRECT_UPLOAD_FORMATS = "jpg,png,webp,avif,heic";

/** Reads cloudinary://KEY:SECRET@CLOUD?upload_prefix=URL. */
export function parseCloudinaryUrl(value: string): CloudinaryConfig {
  const url = new URL(value);
  if (url.protocol !== "cloudinary:" || !url.hostname || !url.username || !url.password) {
    throw new Error("CLOUDINARY_URL must look like cloudinary://KEY:SECRET@CLOUD");
  }
  return {
    cloudName: url.hostname,
    apiKey: decodeURIComponent(url.username),
    apiSecret: decodeURIComponent(url.password),
    uploadPrefix: url.searchParams.get("upload_prefix") ?? undefined,
  };
}

export class CloudinaryImageStorage implements ImageStorage {
  readonly provider = "cloudinary" as const;

  constructor(private readonly config: CloudinaryConfig) {}

  private get account() {
    const { cloudName, apiKey, apiSecret, uploadPrefix } = this.config;
    return { cloud_name: cloudName, api_key: apiKey, api_secret: apiSecret, ...(uploadPrefix ? { upload_prefix: uploadPrefix } : {}) };
  }

  async put(image: Buffer, options: { name: string }): Promise<StoredImage> {
    const result = await new Promise<UploadApiResponse>((resolve, reject) => {
      const upload = cloudinary.uploader.upload_stream(
        { ...this.account, resource_type: "image", public_id: `${CLOUDINARY_FOLDER}/${options.name}`, overwrite: false, filename: options.name },
        (error, response) => (response && !error ? resolve(response) : reject(uploadFailure(error))),
      );
      upload.end(image);
    });
    // Cloudinary says "jpg" where sharp (and the local storage) say "jpeg".
    return { key: result.public_id, width: result.width, height: result.height, bytes: result.bytes, format: result.format === "jpg" ? "jpeg" : result.format };
  }

  /** A copy no wider than `width` (never enlarged), in the best format and quality for the browser unless `format` is given. */
  url(key: string, options: { width: number; format?: ImageFormat }): string {
    return cloudinary.url(key, {
      cloud_name: this.config.cloudName,
      secure: true,
      // No SDK-usage tag appended to every URL (?_a=…): plain URLs cache better and tell Cloudinary nothing extra.
      urlAnalytics: false,
      transformation: [{ width: options.width, crop: "limit", fetch_format: options.format === "jpeg" ? "jpg" : (options.format ?? "auto"), quality: "auto" }],
    });
  }

  async remove(key: string): Promise<void> {
    const result = (await cloudinary.uploader.destroy(key, { ...this.account, resource_type: "image", invalidate: true })) as { result?: string };
    if (result.result !== "ok" && result.result !== "not found") throw new Error(`Cloudinary could not delete ${key}: ${result.result ?? "no answer"}`);
  }

  /**
   * Signs a direct upload from the browser into a new public id: the secret stays here. The browser
   * posts `fields` and the file to `url`; Cloudinary refuses the upload if any signed field changed.
   */
  signUpload(options: { name: string; timestamp?: number }): SignedUpload {
    const publicId = `${CLOUDINARY_FOLDER}/${options.name}`;
    const signed = {
      timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
      public_id: publicId,
      allowed_formats: DIRECT_UPLOAD_FORMATS,
    };
    const signature = cloudinary.utils.api_sign_request(signed, this.config.apiSecret);
    return {
      url: cloudinary.utils.api_url("upload", { cloud_name: this.config.cloudName, upload_prefix: this.config.uploadPrefix, resource_type: "image" }),
      fields: { ...signed, api_key: this.config.apiKey, signature },
      publicId,
    };
  }

  /** Whether an upload result the browser passes on really came from Cloudinary (its signature covers public_id and version). */
  verifyUploadResponse(response: { public_id: string; version: number | string; signature: string }): boolean {
    const expected = cloudinary.utils.api_sign_request({ public_id: response.public_id, version: String(response.version) }, this.config.apiSecret);
    const given = Buffer.from(String(response.signature));
    return given.length === expected.length && timingSafeEqual(given, Buffer.from(expected));
  }
}

function uploadFailure(error: UploadApiErrorResponse | undefined): Error {
  return new Error(`Cloudinary upload failed: ${error?.message ?? "no response"}${error?.http_code ? ` (HTTP ${error.http_code})` : ""}`);
}
