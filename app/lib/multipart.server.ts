import { unstable_parseMultipartFormData as parseMultipartFormData, type UploadHandler } from "@remix-run/node";

export interface ReadForm {
  formData: FormData;
  /** Names of file fields that were larger than allowed: they were read to the end and dropped. */
  oversized: string[];
}

const MAX_TEXT_BYTES = 64 * 1024;

/**
 * A submitted form, urlencoded or multipart. Files are kept in memory up to `maxFileBytes` each; a
 * larger one is dropped (and named in `oversized`) instead of being buffered whole, and an empty file
 * input (nothing chosen) is left out. A body that is not a well-formed form is answered with a 400.
 */
export async function readForm(request: Request, options: { maxFileBytes: number }): Promise<ReadForm> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    try {
      return { formData: await request.formData(), oversized: [] };
    } catch {
      throw badRequest();
    }
  }
  const oversized: string[] = [];
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    const limit = filename === undefined ? MAX_TEXT_BYTES : options.maxFileBytes;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    }
    if (size > limit) {
      oversized.push(name);
      return undefined;
    }
    const bytes = Buffer.concat(chunks);
    if (filename === undefined) return bytes.toString("utf8");
    if (filename === "" && bytes.length === 0) return undefined;
    return new File([bytes], filename, { type: contentType });
  };
  try {
    return { formData: await parseMultipartFormData(request, handler), oversized };
  } catch {
    throw badRequest();
  }
}

function badRequest() {
  return new Response(JSON.stringify({ reason: "bad-request" }), { status: 400, statusText: "Bad Request", headers: { "Content-Type": "application/json" } });
}

/** The bytes of the file posted as `name`: "tooLarge" when it was dropped for its size, null when none was sent. */
export async function postedFile(form: ReadForm, name: string): Promise<Buffer | "tooLarge" | null> {
  if (form.oversized.includes(name)) return "tooLarge";
  const value = form.formData.get(name);
  if (!value || typeof value === "string") return null;
  return Buffer.from(await value.arrayBuffer());
}
