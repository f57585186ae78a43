import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { MAX_IMAGE_BYTES } from "~/modules/media/index.server";
import { MAX_UPLOAD_BYTES } from "~/modules/studio/upload-schemas";
import { action as uploadAction } from "~/routes/studio.uploads";
import { action as newAction } from "~/routes/studio.listings.new";
import { jpegPhoto } from "../fixtures/images";
import { args, refused, settle } from "./admin-helpers";
import { makeRequest } from "./helpers";
import { jpegBlob, multipartRequest, newListingForm, signedInAs, studioWorld } from "./studio-helpers";

async function upload(cookie: string, file: Blob) {
  const response = await settle(uploadAction(args(multipartRequest("/studio/uploads", cookie, { file }))));
  if (!(response instanceof Response)) throw new Error("the upload route answers with a Response");
  return response;
}

describe("studio: photo uploads to this server", () => {
  it("stores a photo and answers its asset id and a preview address", async () => {
    const { artisan } = await studioWorld();
    const response = await upload(artisan, await jpegBlob(1600, 1200));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { assetId: string; preview: string };
    expect(body.preview).toBe(`/media/${body.assetId}/320.webp`);
    expect(await db.mediaAsset.findUnique({ where: { id: body.assetId } })).toMatchObject({ provider: "local", width: 1600, height: 1200 });
  });

  it("refuses a file that is not an image, an empty one and an oversized one with a clear message, storing nothing", async () => {
    const { artisan } = await studioWorld();
    const before = await db.mediaAsset.count();
    const photo = await jpegPhoto(400, 300);
    for (const [file, message] of [
      [new Blob(["name,price\nStole,2400\n"], { type: "image/jpeg" }), "media.rejected.notAnImage"],
      [new Blob([], { type: "image/jpeg" }), "media.rejected.empty"],
      [new Blob([new Uint8Array(photo), new Uint8Array(MAX_IMAGE_BYTES)], { type: "image/jpeg" }), "media.rejected.tooLarge"],
    ] as const) {
      const response = await upload(artisan, file);
      expect(response.status, message).toBe(400);
      expect(await response.json()).toEqual({ error: message });
    }
    expect(await db.mediaAsset.count()).toBe(before);
    // The browser refuses what it can before sending: its limit is the server's.
    expect(MAX_UPLOAD_BYTES).toBe(MAX_IMAGE_BYTES);
  });

  it("refuses an oversized or non-image photo posted with a listing (no JavaScript) on its field, creating nothing", async () => {
    const world = await studioWorld();
    const before = { products: await db.product.count(), assets: await db.mediaAsset.count() };
    const big = new Blob([new Uint8Array(MAX_IMAGE_BYTES + 1)], { type: "image/jpeg" });
    const text = new Blob(["not a photo"], { type: "text/plain" });
    for (const [file, message] of [
      [big, "media.rejected.tooLarge"],
      [text, "media.rejected.notAnImage"],
    ] as const) {
      const result = refused(await newAction(args(multipartRequest("/studio/listings/new", world.artisan, { ...newListingForm(world.category.id), photo: file, photoAltEn: "A stole" }))));
      expect(result.errors.photo).toEqual([message]);
    }
    expect({ products: await db.product.count(), assets: await db.mediaAsset.count() }).toEqual(before);
  });

  it("is only for signed-in studio users, and asks Cloudinary for nothing when it is not configured", async () => {
    const anonymous = await settle(uploadAction(args(multipartRequest("/studio/uploads", "", { file: await jpegBlob() }))));
    expect((anonymous as Response).status).toBe(302);
    const caseworker = await signedInAs(["caseworker"]);
    expect(((await upload(caseworker.cookie, await jpegBlob())) as Response).status).toBe(403);

    const { artisan } = await studioWorld();
    const sign = (await uploadAction(args(makeRequest("/studio/uploads", { method: "POST", cookie: artisan, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ intent: "sign" }) })))) as Response;
    expect(sign.status).toBe(400);
    expect(await sign.json()).toEqual({ error: "studio:photos.failed" });
  });
});
