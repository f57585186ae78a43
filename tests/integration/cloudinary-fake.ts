import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";

/**
 * A local stand-in for Cloudinary's upload API (POST /v1_1/<cloud>/image/upload and …/destroy): it
 * checks the request signature the way Cloudinary documents it (SHA-1 of the sorted parameters,
 * joined as k=v with &, followed by the API secret) and answers like the real service.
 */

export interface FakeUpload {
  params: Record<string, string>;
  file: Buffer;
  response: Record<string, unknown>;
}

/** Parameters that Cloudinary leaves out of the signature. */
const UNSIGNED = new Set(["file", "api_key", "signature", "resource_type", "cloud_name"]);

export function cloudinarySignature(params: Record<string, string>, secret: string) {
  const signed = Object.entries(params)
    .filter(([key, value]) => !UNSIGNED.has(key) && value !== "")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  return createHash("sha1").update(signed + secret).digest("hex");
}

function multipartParts(body: Buffer, contentType: string) {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`not multipart: ${contentType}`);
  const params: Record<string, string> = {};
  let file = Buffer.alloc(0);
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (name === "file" && /filename=/.test(headers)) file = Buffer.from(content);
    else if (name) params[name] = content.toString("utf8");
    start = next;
  }
  return { params, file };
}

export async function startCloudinaryFake(options: { cloudName: string; apiKey: string; apiSecret: string }) {
  const uploads: FakeUpload[] = [];
  const stored = new Set<string>();
  const destroyed: string[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void answer(req, Buffer.concat(chunks)).then(([status, body]) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
  });

  async function answer(req: http.IncomingMessage, body: Buffer): Promise<[number, Record<string, unknown>]> {
    const match = /^\/v1_1\/([^/]+)\/image\/(upload|destroy)$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match || match[1] !== options.cloudName) return [404, { error: { message: `Unknown route ${req.method} ${req.url}` } }];
    const { params, file } = multipartParts(body, req.headers["content-type"] ?? "");
    if (params.api_key !== options.apiKey) return [401, { error: { message: `Unknown API key ${params.api_key}` } }];
    if (params.signature !== cloudinarySignature(params, options.apiSecret)) return [401, { error: { message: "Invalid Signature. String to sign - …" } }];
    if (Math.abs(Date.now() / 1000 - Number(params.timestamp)) > 3600) return [400, { error: { message: "Stale request" } }];

    if (match[2] === "destroy") {
      const found = stored.delete(params.public_id ?? "");
      if (found) destroyed.push(params.public_id!);
      return [200, { result: found ? "ok" : "not found" }];
    }

    const metadata = await sharp(file).metadata().catch(() => null);
    if (!metadata) return [400, { error: { message: "Invalid image file" } }];
    const publicId = params.public_id ?? randomUUID().replaceAll("-", "");
    if (["0", "false"].includes(params.overwrite ?? "") && stored.has(publicId)) return [200, { existing: true, public_id: publicId }];
    if (params.allowed_formats && !params.allowed_formats.split(",").includes(metadata.format === "jpeg" ? "jpg" : metadata.format)) {
      return [400, { error: { message: `Image format ${metadata.format} not allowed` } }];
    }
    stored.add(publicId);
    const version = Math.floor(Date.now() / 1000);
    const format = metadata.format === "jpeg" ? "jpg" : metadata.format;
    const path = `v${version}/${publicId}.${format}`;
    const response = {
      asset_id: randomUUID().replaceAll("-", ""),
      public_id: publicId,
      version,
      version_id: randomUUID().replaceAll("-", ""),
      signature: createHash("sha1").update(`public_id=${publicId}&version=${version}${options.apiSecret}`).digest("hex"),
      width: metadata.width,
      height: metadata.height,
      format,
      resource_type: "image",
      created_at: new Date().toISOString(),
      tags: [],
      bytes: file.length,
      type: "upload",
      etag: createHash("md5").update(file).digest("hex"),
      placeholder: false,
      url: `http://res.cloudinary.com/${options.cloudName}/image/upload/${path}`,
      secure_url: `https://res.cloudinary.com/${options.cloudName}/image/upload/${path}`,
      asset_folder: "",
      original_filename: "file",
      api_key: options.apiKey,
    };
    uploads.push({ params, file, response });
    return [200, response];
  }

  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    uploads,
    destroyed,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
