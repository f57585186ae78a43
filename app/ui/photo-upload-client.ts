import { MAX_UPLOAD_BYTES, type UploadAnswer } from "~/modules/studio/upload-schemas";

/**
 * Uploading a photo from the browser. A 12-megapixel phone photo is 4–8 MB: it is drawn again at
 * most MAX_EDGE pixels on its long side as a JPEG (upright, and without the EXIF block that holds the
 * GPS position) before it crosses a slow connection.
 */
const MAX_EDGE = 2048;
const QUALITY = 0.85;
export const UPLOAD_ROUTE = "/studio/uploads";

export async function downscale(file: File): Promise<Blob> {
  if (typeof createImageBitmap !== "function") return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    // Not something this browser can decode (not an image, or HEIC): the server says what is wrong with it.
    return file;
  }
  try {
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext("2d");
    if (!context) return file;
    // JPEG has no transparency: what was see-through becomes white, not black.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", QUALITY));
    return blob ?? file;
  } finally {
    bitmap.close();
  }
}

/** POSTs a form with XMLHttpRequest, whose upload events (unlike fetch's) give a real progress bar. */
function post(url: string, body: FormData, onProgress: (percent: number) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    });
    request.addEventListener("load", () => resolve({ status: request.status, body: request.response as unknown }));
    request.addEventListener("error", () => reject(new Error("network")));
    request.addEventListener("abort", () => reject(new Error("aborted")));
    request.send(body);
  });
}

function isAnswer(value: unknown): value is UploadAnswer {
  return typeof value === "object" && value !== null && ("assetId" in value || "error" in value);
}

const FAILED: UploadAnswer = { error: "studio:photos.failed" };

async function askServer(body: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(UPLOAD_ROUTE, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return response.json() as Promise<unknown>;
}

/**
 * Makes the photo smaller, uploads it (to this server, or straight to Cloudinary with a request the
 * server signed) and answers with the stored asset or the reason it was refused.
 */
export async function uploadPhoto(file: File, target: "cloudinary" | "local", onProgress: (percent: number) => void): Promise<UploadAnswer> {
  try {
    const photo = await downscale(file);
    const name = photo === file ? file.name : "photo.jpg";
    // Refusals the browser can tell by itself, before a byte crosses the connection.
    if (photo === file && !file.type.startsWith("image/")) return { error: "media.rejected.notAnImage" };
    if (photo === file && file.size > MAX_UPLOAD_BYTES) return { error: "media.rejected.tooLarge" };
    if (target === "local") {
      const form = new FormData();
      form.append("file", photo, name);
      const answer = await post(UPLOAD_ROUTE, form, onProgress);
      return isAnswer(answer.body) ? answer.body : FAILED;
    }
    const signed = (await askServer({ intent: "sign" })) as { url?: string; fields?: Record<string, string> };
    if (!signed.url || !signed.fields) return FAILED;
    const form = new FormData();
    for (const [key, value] of Object.entries(signed.fields)) form.append(key, value);
    form.append("file", photo, name);
    const uploaded = await post(signed.url, form, onProgress);
    // Cloudinary answers 400 to a file that is not an image of the formats the signature allows.
    if (uploaded.status === 400) return { error: "media.rejected.unsupportedFormat" };
    if (uploaded.status !== 200 || typeof uploaded.body !== "object" || uploaded.body === null) return FAILED;
    const { public_id, version, signature, width, height, bytes, format } = uploaded.body as Record<string, unknown>;
    const recorded = await askServer({ intent: "record", result: { public_id, version, signature, width, height, bytes, format } });
    return isAnswer(recorded) ? recorded : FAILED;
  } catch {
    return FAILED;
  }
}
