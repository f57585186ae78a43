import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { decrypt, encrypt } from "~/lib/crypto.server";
import { getEnv } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import { MAX_PHOTO_BYTES } from "./beneficiary-schema";
import { MAX_EVIDENCE_BYTES } from "./consent-schema";

/**
 * A person's photo and consent evidence (a signed form): encrypted files under DATA_DIR/care-photos and
 * DATA_DIR/care-evidence, never under the public media folders. Each file is encrypted with the data key
 * and bound to its person and its own name, so a file copied to another record fails to decrypt. Images
 * are re-encoded first: turned upright, made smaller, with every piece of metadata (EXIF GPS position,
 * camera, owner) gone.
 */

export type CareFileKind = "photo" | "evidence";
export type FileProblem = "empty" | "tooLarge" | "notAllowed" | "damaged";

const FOLDERS: Record<CareFileKind, string> = { photo: "care-photos", evidence: "care-evidence" };
const NAME = /^[0-9a-f-]{36}\.(jpg|png|pdf)$/;
const CONTENT_TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png", pdf: "application/pdf" };
/** A record photo needs to identify a face, not to be printed. */
const PHOTO_EDGE = 1024;
const EVIDENCE_EDGE = 2560;
const MAX_PIXELS = 70_000_000;

export interface PreparedFile {
  data: Buffer;
  extension: "jpg" | "png" | "pdf";
}

export type Prepared = { ok: true; file: PreparedFile } | { ok: false; problem: FileProblem };

/** The i18n key that explains a refused file. */
export function fileProblemMessage(kind: CareFileKind, problem: FileProblem) {
  return `careBeneficiaries:errors.${kind}.${problem}`;
}

async function reencode(bytes: Buffer, edge: number, keepPng: boolean): Promise<PreparedFile | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "warning" })
      .autoOrient()
      .resize({ width: edge, height: edge, fit: "inside", withoutEnlargement: true });
    // sharp writes no metadata unless asked (withMetadata): the output carries pixels only.
    if (keepPng) return { data: await image.png().toBuffer(), extension: "png" };
    return { data: await image.flatten({ background: "#ffffff" }).jpeg({ quality: 85 }).toBuffer(), extension: "jpg" };
  } catch {
    return null;
  }
}

async function imageFormat(bytes: Buffer) {
  try {
    return (await sharp(bytes, { limitInputPixels: false }).metadata()).format;
  } catch {
    return null;
  }
}

/** A photo of the person: JPEG, PNG or WebP up to 8 MB, stored as a metadata-free JPEG. */
export async function preparePhoto(bytes: Buffer | "tooLarge"): Promise<Prepared> {
  if (bytes === "tooLarge" || bytes.length > MAX_PHOTO_BYTES) return { ok: false, problem: "tooLarge" };
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  const format = await imageFormat(bytes);
  if (format !== "jpeg" && format !== "png" && format !== "webp") return { ok: false, problem: "notAllowed" };
  const file = await reencode(bytes, PHOTO_EDGE, false);
  return file ? { ok: true, file } : { ok: false, problem: "damaged" };
}

/** Evidence of consent: a PDF, JPEG or PNG up to 5 MB. Images lose their metadata; a PDF is kept as it is. */
export async function prepareEvidence(bytes: Buffer | "tooLarge"): Promise<Prepared> {
  if (bytes === "tooLarge" || bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, problem: "tooLarge" };
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return { ok: true, file: { data: bytes, extension: "pdf" } };
  const format = await imageFormat(bytes);
  if (format !== "jpeg" && format !== "png") return { ok: false, problem: "notAllowed" };
  const file = await reencode(bytes, EVIDENCE_EDGE, format === "png");
  return file ? { ok: true, file } : { ok: false, problem: "damaged" };
}

function folder(kind: CareFileKind) {
  return path.resolve(getEnv().DATA_DIR, FOLDERS[kind]);
}

function context(kind: CareFileKind, beneficiaryId: string, name: string) {
  return `care-file.${kind}:${beneficiaryId}:${name}`;
}

/** Encrypts and writes the file; answers its name (for photoFile / evidenceFile). */
export async function storeCareFile(kind: CareFileKind, beneficiaryId: string, file: PreparedFile): Promise<string> {
  const name = `${randomUUID()}.${file.extension}`;
  await fs.mkdir(folder(kind), { recursive: true, mode: 0o700 });
  await fs.writeFile(path.join(folder(kind), name), encrypt(file.data.toString("base64"), context(kind, beneficiaryId, name)), { flag: "wx", mode: 0o600 });
  return name;
}

/** The decrypted file and its content type, or null when the name is not one of ours or the file is gone. */
export async function readCareFile(kind: CareFileKind, beneficiaryId: string, name: string | null) {
  if (!name || !NAME.test(name)) return null;
  let stored: string;
  try {
    stored = await fs.readFile(path.join(folder(kind), name), "utf8");
  } catch {
    return null;
  }
  const data = Buffer.from(decrypt(stored, context(kind, beneficiaryId, name)), "base64");
  return { data, contentType: CONTENT_TYPES[name.split(".").pop()!]! };
}

/** Removes files (after the change that dropped them was committed); a missing file is fine. */
export async function removeCareFiles(kind: CareFileKind, names: readonly (string | null | undefined)[]) {
  for (const name of new Set(names)) {
    if (!name || !NAME.test(name)) continue;
    await fs.rm(path.join(folder(kind), name), { force: true }).catch((error: unknown) => logger.error({ err: error, kind }, "could not remove a care file"));
  }
}
