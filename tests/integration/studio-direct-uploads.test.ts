import { afterAll, describe, expect, it } from "vitest";
import { jpegPhoto } from "../fixtures/images";
import { startCloudinaryFake } from "./cloudinary-fake";

/**
 * Photos uploaded from the browser straight to Cloudinary with a request the server signed, against
 * the local fake. CLOUDINARY_URL is set before the media module (and the Cloudinary SDK) loads.
 */
const account = { cloudName: "reweave-studio", apiKey: "714335564976464", apiSecret: "b676b67565c6767a6767d6767f676fe2" };
const fake = await startCloudinaryFake(account);
process.env.CLOUDINARY_URL = `cloudinary://${account.apiKey}:${account.apiSecret}@${account.cloudName}?upload_prefix=${fake.url}`;
const { db } = await import("~/lib/db.server");
const { action: uploadAction } = await import("~/routes/studio.uploads");
const { loader: newLoader } = await import("~/routes/studio.listings.new");
const { args } = await import("./admin-helpers");
const { makeRequest } = await import("./helpers");
const { studioWorld } = await import("./studio-helpers");

afterAll(() => fake.close());

const ask = async (cookie: string, body: unknown) => {
  const response = (await uploadAction(args(makeRequest("/studio/uploads", { method: "POST", cookie, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })))) as Response;
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

async function uploadToCloudinary(signed: { url: string; fields: Record<string, string> }, bytes: Buffer) {
  const form = new FormData();
  for (const [key, value] of Object.entries(signed.fields)) form.append(key, value);
  form.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), "photo.jpg");
  const response = await fetch(signed.url, { method: "POST", body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("studio: direct uploads to Cloudinary", () => {
  it("tells the page to upload straight to Cloudinary, signs the upload without the secret, and records the verified result", async () => {
    const { artisan } = await studioWorld();
    const page = (await newLoader(args(makeRequest("/studio/listings/new", { cookie: artisan })))) as { uploadTarget: string };
    expect(page.uploadTarget).toBe("cloudinary");

    const signed = await ask(artisan, { intent: "sign" });
    expect(signed.status).toBe(200);
    expect(JSON.stringify(signed.body)).not.toContain(account.apiSecret);
    const { url, fields } = signed.body as { url: string; fields: Record<string, string> };
    expect(url).toBe(`${fake.url}/v1_1/${account.cloudName}/image/upload`);
    expect(fields.public_id).toMatch(/^reweave\/[0-9a-f-]{36}$/);

    const uploaded = await uploadToCloudinary({ url, fields }, await jpegPhoto(1200, 900));
    expect(uploaded.status).toBe(200);
    const { public_id, version, signature, width, height, bytes, format } = uploaded.body;
    const result = { public_id, version, signature, width, height, bytes, format };
    const recorded = await ask(artisan, { intent: "record", result });
    expect(recorded.status).toBe(200);
    const assetId = fields.public_id!.slice("reweave/".length);
    expect(recorded.body.assetId).toBe(assetId);
    expect(String(recorded.body.preview)).toContain(`res.cloudinary.com/${account.cloudName}/image/upload/c_limit,f_auto,q_auto,w_320/v1/reweave/${assetId}`);
    expect(await db.mediaAsset.findUnique({ where: { id: assetId } })).toMatchObject({ provider: "cloudinary", storageKey: fields.public_id, width: 1200, height: 900, format: "jpeg" });

    // Recording the same upload again is harmless.
    expect((await ask(artisan, { intent: "record", result })).body.assetId).toBe(assetId);
  });

  it("records nothing for a forged or altered result, or one outside the folder it signs for", async () => {
    const { artisan } = await studioWorld();
    const signed = (await ask(artisan, { intent: "sign" })).body as { url: string; fields: Record<string, string> };
    const uploaded = (await uploadToCloudinary(signed, await jpegPhoto(400, 300))).body;
    const result = { public_id: uploaded.public_id, version: uploaded.version, signature: uploaded.signature, width: uploaded.width, height: uploaded.height, bytes: uploaded.bytes, format: uploaded.format };
    const before = await db.mediaAsset.count();
    for (const forged of [{ ...result, signature: "0".repeat(40) }, { ...result, version: Number(result.version) + 1 }, { ...result, width: -5 }, { ...result, public_id: "elsewhere/x" }]) {
      const answer = await ask(artisan, { intent: "record", result: forged });
      expect(answer.status, JSON.stringify(forged)).toBe(400);
      expect(answer.body.error).toMatch(/^studio:photos\.(notVerified|failed)$/);
    }
    expect(await db.mediaAsset.count()).toBe(before);
  });
});
