import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { postedFile, readForm } from "~/lib/multipart.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { MAX_IMAGE_BYTES } from "~/modules/media/index.server";
import { acceptDirectUpload, acceptUpload, signDirectUpload } from "~/modules/studio/index.server";
import { DirectUploadSchema, type UploadAnswer } from "~/modules/studio/upload-schemas";

/**
 * Photos from the studio's pages. multipart/form-data with a `file`: stored through the media module
 * (local disk, or Cloudinary via the server). JSON `{ intent: "sign" }`: a signed request for a direct
 * upload to Cloudinary; `{ intent: "record", result }`: records such an upload once verified.
 */
const DirectRequestSchema = z.discriminatedUnion("intent", [z.object({ intent: z.literal("sign") }), z.object({ intent: z.literal("record"), result: DirectUploadSchema })]);

function answer(body: UploadAnswer, status = "error" in body ? 400 : 200) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUserWithPermission(request, "access:studio:own");
  if ((request.headers.get("Content-Type") ?? "").startsWith("application/json")) {
    const parsed = DirectRequestSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return answer({ error: "studio:photos.failed" });
    if (parsed.data.intent === "record") return answer(await acceptDirectUpload(parsed.data.result));
    const signed = signDirectUpload();
    return signed ? Response.json(signed, { headers: { "Cache-Control": "no-store" } }) : answer({ error: "studio:photos.failed" });
  }
  const form = await readForm(request, { maxFileBytes: MAX_IMAGE_BYTES });
  return answer(await acceptUpload(await postedFile(form, "file")));
}
