import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { deleteImage, ImageRejectedError, imageSources, MAX_IMAGE_BYTES, storeImage } from "~/modules/media/index.server";
import { loader } from "~/routes/media.$assetId.$file";
import { jpegPhoto, jpegWithGpsExif, transparentPng } from "../fixtures/images";
import { args, settle } from "./admin-helpers";
import { makeRequest } from "./helpers";

const uploads = () => path.join(process.env.DATA_DIR!, "uploads");
const originals = () => (fs.existsSync(path.join(uploads(), "originals")) ? fs.readdirSync(path.join(uploads(), "originals")) : []);

async function get(url: string, headers: Record<string, string> = {}) {
  const [, , assetId = "", file = ""] = url.split("/");
  const response = await settle(loader(args(makeRequest(url, { headers }), { assetId, file })));
  if (!(response instanceof Response)) throw new Error("the media route must answer with a Response");
  return response;
}

describe("storeImage", () => {
  it("stores a cleaned JPEG on local disk and records it", async () => {
    const asset = await storeImage(await jpegPhoto(1600, 1200));
    expect(asset).toMatchObject({ provider: "local", width: 1600, height: 1200, format: "jpeg", storageKey: `${asset.id}.jpg` });
    const file = path.join(uploads(), "originals", asset.storageKey);
    expect(fs.statSync(file).size).toBe(asset.bytes);
    expect(await db.mediaAsset.findUnique({ where: { id: asset.id } })).toMatchObject({ storageKey: asset.storageKey });
  });

  it("keeps a transparent PNG as WebP", async () => {
    const asset = await storeImage(await transparentPng(800, 600));
    expect(asset).toMatchObject({ format: "webp", width: 800, height: 600, storageKey: `${asset.id}.webp` });
  });

  it("stores no EXIF: the GPS position of a phone photo is gone from the original on disk", async () => {
    const asset = await storeImage(await jpegWithGpsExif(1200, 800));
    const stored = fs.readFileSync(path.join(uploads(), "originals", asset.storageKey));
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(stored.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect([asset.width, asset.height]).toEqual([800, 1200]);
  });

  it("refuses a text file named .jpg, an empty, truncated or oversized upload, and stores nothing", async () => {
    const photo = await jpegPhoto();
    const rowsBefore = await db.mediaAsset.count();
    const filesBefore = originals().length;
    const cases: [Buffer, string][] = [
      [Buffer.from("name,price\nStole,2400\n"), "notAnImage"],
      [Buffer.alloc(0), "empty"],
      [photo.subarray(0, photo.length - 2000), "damaged"],
      [Buffer.concat([photo, Buffer.alloc(MAX_IMAGE_BYTES - photo.length + 1)]), "tooLarge"],
    ];
    for (const [bytes, problem] of cases) {
      const error = await storeImage(bytes).catch((thrown: unknown) => thrown);
      expect(error, problem).toBeInstanceOf(ImageRejectedError);
      expect((error as ImageRejectedError).problem).toBe(problem);
      expect((error as ImageRejectedError).messageKey).toBe(`media.rejected.${problem}`);
    }
    expect(await db.mediaAsset.count()).toBe(rowsBefore);
    expect(originals()).toHaveLength(filesBefore);
  });

  it("records the asset inside a caller's transaction", async () => {
    const bytes = await jpegPhoto(400, 300);
    const asset = await db.$transaction((tx) => storeImage(bytes, tx));
    expect(await db.mediaAsset.count({ where: { id: asset.id } })).toBe(1);
  });
});

describe("imageSources", () => {
  it("offers each standard width the image fills, and its full width", async () => {
    const asset = await storeImage(await jpegPhoto(1000, 750));
    const sources = imageSources(asset);
    expect(sources).toMatchObject({ width: 1000, height: 750, src: `/media/${asset.id}/640.webp` });
    expect(sources.srcSet).toBe([160, 320, 480, 640, 960].map((width) => `/media/${asset.id}/${width}.webp ${width}w`).concat(`/media/${asset.id}/1280.webp 1000w`).join(", "));
    expect(imageSources(asset, [320, 640]).srcSet).toBe(`/media/${asset.id}/320.webp 320w, /media/${asset.id}/640.webp 640w`);
  });
});

describe("the media route", () => {
  it("serves a resized copy with long cache headers, and answers 304 to a browser that has it", async () => {
    const asset = await storeImage(await jpegPhoto(1600, 1200));
    const response = await get(`/media/${asset.id}/640.webp`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = response.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(await sharp(body).metadata()).toMatchObject({ format: "webp", width: 640, height: 480 });
    expect(fs.existsSync(path.join(uploads(), "variants", asset.id, "640.webp"))).toBe(true);

    const again = await get(`/media/${asset.id}/640.webp`, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);

    const jpeg = await get(`/media/${asset.id}/1280.jpg`);
    expect(jpeg.headers.get("content-type")).toBe("image/jpeg");
    expect(await sharp(Buffer.from(await jpeg.arrayBuffer())).metadata()).toMatchObject({ format: "jpeg", width: 1280, height: 960 });

    const avif = await get(`/media/${asset.id}/160.avif`);
    expect(avif.headers.get("content-type")).toBe("image/avif");
    expect((await sharp(Buffer.from(await avif.arrayBuffer())).metadata()).width).toBe(160);
  });

  it("never enlarges: a width beyond the original serves the original's width", async () => {
    const asset = await storeImage(await jpegPhoto(500, 500));
    const response = await get(`/media/${asset.id}/1280.webp`);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(500);
  });

  it("makes a copy once when two first requests arrive together", async () => {
    const asset = await storeImage(await jpegPhoto(1200, 900));
    const [first, second] = await Promise.all([get(`/media/${asset.id}/960.webp`), get(`/media/${asset.id}/960.webp`)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers.get("etag")).toBe(second.headers.get("etag"));
    expect(fs.readdirSync(path.join(uploads(), "variants", asset.id))).toEqual(["960.webp"]);
  });

  it("answers 404, not 500, to widths, formats and ids it does not serve", async () => {
    const asset = await storeImage(await jpegPhoto(800, 600));
    const missing = [
      `/media/${asset.id}/641.webp`,
      `/media/${asset.id}/640.gif`,
      `/media/${asset.id}/640.png`,
      `/media/${asset.id}/640.jpeg`,
      `/media/${asset.id}/10000.webp`,
      `/media/${asset.id}/original.jpg`,
      `/media/${asset.id}/..%2F..%2Fdata-key`,
      `/media/00000000-0000-4000-8000-000000000000/640.webp`,
      `/media/not-a-uuid/640.webp`,
      `/media/'%20OR%201=1/640.webp`,
    ];
    for (const url of missing) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get("cache-control"), url).toBe("no-store");
    }
  });

  it("answers 404 once the original is gone from disk", async () => {
    const asset = await storeImage(await jpegPhoto(800, 600));
    fs.rmSync(path.join(uploads(), "originals", asset.storageKey));
    expect((await get(`/media/${asset.id}/320.webp`)).status).toBe(404);
  });
});

describe("deleteImage", () => {
  it("removes the record, the original and its copies", async () => {
    const asset = await storeImage(await jpegPhoto(800, 600));
    await get(`/media/${asset.id}/320.webp`);
    expect(await deleteImage(asset.id)).toBe(true);
    expect(await db.mediaAsset.findUnique({ where: { id: asset.id } })).toBeNull();
    expect(fs.existsSync(path.join(uploads(), "originals", asset.storageKey))).toBe(false);
    expect(fs.existsSync(path.join(uploads(), "variants", asset.id))).toBe(false);
    expect((await get(`/media/${asset.id}/320.webp`)).status).toBe(404);
    expect(await deleteImage(asset.id)).toBe(false);
    expect(await deleteImage("not-an-id")).toBe(false);
  });
});
