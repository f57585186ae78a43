import type { LoaderFunctionArgs } from "@remix-run/node";
import { findImageVariant } from "~/modules/media/index.server";

const IMMUTABLE = "public, max-age=31536000, immutable";

/** A resized copy of a locally stored image: /media/<assetId>/640.webp. Anything else is a plain 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const variant = await findImageVariant(params.assetId ?? "", params.file ?? "");
  if (!variant) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
  const headers = {
    "Content-Type": variant.contentType,
    "Cache-Control": IMMUTABLE,
    ETag: variant.etag,
    "Last-Modified": variant.modified.toUTCString(),
  };
  if (alreadyHas(request.headers.get("If-None-Match"), variant.etag)) return new Response(null, { status: 304, headers });
  return new Response(await variant.read(), { headers: { ...headers, "Content-Length": String(variant.bytes) } });
}

function alreadyHas(ifNoneMatch: string | null, etag: string) {
  return ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*") ?? false;
}
