import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { jpegPhoto, jpegWithGpsExif } from "../fixtures/images";
import { cloudinarySignature, startCloudinaryFake } from "./cloudinary-fake";

/**
 * The Cloudinary adapter with the real SDK against a local fake of the upload API. The SDK chooses
 * http or https once, when it loads, from CLOUDINARY_URL: so the variable is set here, before the
 * media module (and with it the SDK) is imported.
 */
const account = { cloudName: "reweave-test", apiKey: "614335564976464", apiSecret: "a676b67565c6767a6767d6767f676fe1" };
const fake = await startCloudinaryFake(account);
process.env.CLOUDINARY_URL = `cloudinary://${account.apiKey}:${account.apiSecret}@${account.cloudName}?upload_prefix=${fake.url}`;
const media = await import("~/modules/media/index.server");
const { CloudinaryImageStorage, parseCloudinaryUrl } = await import("~/modules/media/cloudinary-storage.server");

afterAll(() => fake.close());

describe("Cloudinary storage", () => {
  it("is chosen when CLOUDINARY_URL is set", () => {
    expect(getEnv().CLOUDINARY_URL).toBe(process.env.CLOUDINARY_URL);
    expect(media.getImageStorage().provider).toBe("cloudinary");
  });

  it("uploads the cleaned image with a valid signature and records the asset", async () => {
    const asset = await media.storeImage(await jpegWithGpsExif(1200, 800));
    expect(asset).toMatchObject({ provider: "cloudinary", storageKey: `reweave/${asset.id}`, width: 800, height: 1200, format: "jpeg" });
    const upload = fake.uploads.at(-1)!;
    expect(upload.params).toMatchObject({ api_key: account.apiKey, public_id: `reweave/${asset.id}`, overwrite: "0" });
    expect(upload.params.signature).toBe(cloudinarySignature(upload.params, account.apiSecret));
    expect(Object.values(upload.params).join(" ")).not.toContain(account.apiSecret);
    // What left the server had no EXIF: the GPS position never reaches Cloudinary.
    expect((await sharp(upload.file).metadata()).exif).toBeUndefined();
    expect(asset.bytes).toBe(upload.file.length);
    expect(await db.mediaAsset.count({ where: { id: asset.id } })).toBe(1);
  });

  it("refuses with a clear error when Cloudinary rejects the upload, and records nothing", async () => {
    const wrongSecret = new CloudinaryImageStorage({ ...parseCloudinaryUrl(process.env.CLOUDINARY_URL!), apiSecret: "not-the-secret" });
    const uploads = fake.uploads.length;
    await expect(wrongSecret.put(await jpegPhoto(400, 300), { name: "refused" })).rejects.toThrow(/Cloudinary upload failed: Invalid Signature.*HTTP 401/);
    expect(fake.uploads).toHaveLength(uploads);
  });

  it("builds delivery URLs that limit the width and let Cloudinary pick format and quality", async () => {
    const asset = await media.storeImage(await jpegPhoto(1000, 750));
    const sources = media.imageSources(asset, [320, 640, 1280]);
    const base = `https://res.cloudinary.com/${account.cloudName}/image/upload`;
    expect(sources.src).toBe(`${base}/c_limit,f_auto,q_auto,w_640/v1/reweave/${asset.id}`);
    expect(sources.srcSet).toBe(
      [`${base}/c_limit,f_auto,q_auto,w_320/v1/reweave/${asset.id} 320w`, `${base}/c_limit,f_auto,q_auto,w_640/v1/reweave/${asset.id} 640w`, `${base}/c_limit,f_auto,q_auto,w_1280/v1/reweave/${asset.id} 1000w`].join(", "),
    );
    expect(media.getImageStorage().url(asset.storageKey, { width: 480, format: "jpeg" })).toBe(`${base}/c_limit,f_jpg,q_auto,w_480/v1/reweave/${asset.id}`);
  });

  it("still serves images stored on local disk before Cloudinary was set up", () => {
    const sources = media.imageSources({ provider: "local", storageKey: "4c9a1c1e-7f0c-4e57-9a43-1b1f3f0e2a11.jpg", width: 800, height: 600 }, [320]);
    expect(sources.srcSet).toBe("/media/4c9a1c1e-7f0c-4e57-9a43-1b1f3f0e2a11/320.webp 320w");
  });

  it("deletes the asset and its image at Cloudinary", async () => {
    const asset = await media.storeImage(await jpegPhoto(400, 300));
    expect(await media.deleteImage(asset.id)).toBe(true);
    expect(fake.destroyed).toContain(asset.storageKey);
    expect(await db.mediaAsset.count({ where: { id: asset.id } })).toBe(0);
  });
});

describe("direct browser uploads", () => {
  const storage = () => media.getCloudinaryImageStorage()!;

  it("are signed on the server without handing out the secret", () => {
    const signed = storage().signUpload({ name: "7d1e0a6e-5b7c-4a55-8f43-5b2c0b0e9a10", timestamp: 1_700_000_000 });
    expect(signed.url).toBe(`${fake.url}/v1_1/${account.cloudName}/image/upload`);
    expect(signed.publicId).toBe("reweave/7d1e0a6e-5b7c-4a55-8f43-5b2c0b0e9a10");
    expect(signed.fields).toEqual({
      api_key: account.apiKey,
      timestamp: "1700000000",
      public_id: signed.publicId,
      allowed_formats: "jpg,png,webp,avif,heic",
      signature: cloudinarySignature(signed.fields, account.apiSecret),
    });
    expect(JSON.stringify(signed)).not.toContain(account.apiSecret);
  });

  it("are accepted by Cloudinary as signed, refused when a signed field is changed, and their results verified", async () => {
    const signed = storage().signUpload({ name: crypto.randomUUID() });
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return jpegPhoto(300, 200).then((photo) => form.append("file", new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), "photo.jpg")).then(() => fetch(signed.url, { method: "POST", body: form }));
    };

    const tampered = await post({ ...signed.fields, public_id: "reweave/someone-elses-image" });
    expect(tampered.status).toBe(401);

    const accepted = await post(signed.fields);
    expect(accepted.status).toBe(200);
    const result = (await accepted.json()) as { public_id: string; version: number; signature: string };
    expect(result.public_id).toBe(signed.publicId);
    expect(storage().verifyUploadResponse(result)).toBe(true);
    expect(storage().verifyUploadResponse({ ...result, version: result.version + 1 })).toBe(false);
    expect(storage().verifyUploadResponse({ ...result, signature: "0".repeat(40) })).toBe(false);
    expect(storage().verifyUploadResponse({ ...result, signature: "short" })).toBe(false);
  });
});
