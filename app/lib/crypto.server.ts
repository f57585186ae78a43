import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv } from "./env.server";
import { logger } from "./logger.server";

/**
 * Field-level encryption for survivor data: AES-256-GCM with a fresh 96-bit IV per value.
 * A stored value reads `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url), so keys can rotate:
 * DATA_KEY lists `id:base64key` pairs separated by commas; the first encrypts, all decrypt.
 */

export interface Keyring {
  current: string;
  keys: Map<string, Buffer>;
}

export class DecryptionError extends Error {
  override name = "DecryptionError";
}

const PREFIX = "enc:v1:";
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export function parseKeyring(value: string): Keyring {
  const keys = new Map<string, Buffer>();
  const pairs = value.split(",").map((pair) => pair.trim()).filter(Boolean);
  for (const pair of pairs) {
    const [id, material, ...rest] = pair.split(":");
    if (!id || !material || rest.length || !KEY_ID.test(id)) {
      throw new Error("DATA_KEY must be a comma-separated list of id:base64key pairs (generate one with npm run keygen)");
    }
    const key = Buffer.from(material, "base64");
    if (key.length !== 32) throw new Error(`DATA_KEY entry "${id}" must be 32 bytes of base64`);
    if (keys.has(id)) throw new Error(`DATA_KEY lists key "${id}" twice`);
    keys.set(id, key);
  }
  const current = pairs[0]?.split(":")[0];
  if (!current) throw new Error("DATA_KEY is empty");
  return { current, keys };
}

export function generateKeyEntry(id = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`) {
  return `${id}:${randomBytes(32).toString("base64")}`;
}

export function encryptWith(keyring: Keyring, plaintext: string, context = ""): string {
  const key = keyring.keys.get(keyring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // The context (e.g. "beneficiary.legalName:<id>") is authenticated, so a value copied to another record fails.
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"));
  return `${PREFIX}${keyring.current}:${parts.join(":")}`;
}

export function decryptWith(keyring: Keyring, stored: string, context = ""): string {
  if (!stored.startsWith(PREFIX)) throw new DecryptionError("Value is not in the encrypted format");
  const [keyId, iv, tag, ciphertext, ...rest] = stored.slice(PREFIX.length).split(":");
  if (!keyId || iv === undefined || tag === undefined || ciphertext === undefined || rest.length) {
    throw new DecryptionError("Encrypted value is malformed");
  }
  const key = keyring.keys.get(keyId);
  if (!key) throw new DecryptionError(`Encrypted with unknown key id "${keyId}"`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError("Encrypted value failed authentication (tampered or wrong key)");
  }
}

/** A keyed hash for matching without revealing (e.g. duplicate detection). Its key is derived, never stored. */
export function keyedHashWith(keyring: Keyring, purpose: string, value: string): string {
  const key = Buffer.from(hkdfSync("sha256", keyring.keys.get(keyring.current)!, Buffer.alloc(0), `reweave:${purpose}`, 32));
  return createHmac("sha256", key).update(value, "utf8").digest("base64url");
}

let keyring: Keyring | undefined;

/** The keyring from DATA_KEY; outside production a key is generated into DATA_DIR/data-key on first use. */
export function getKeyring(): Keyring {
  if (keyring) return keyring;
  const env = getEnv();
  if (env.DATA_KEY) {
    keyring = parseKeyring(env.DATA_KEY);
    return keyring;
  }
  // env validation already refuses production without DATA_KEY.
  const file = path.resolve(env.DATA_DIR, "data-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${generateKeyEntry("local1")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    logger.warn(
      { file },
      "No DATA_KEY set: generated a data encryption key for this embedded installation. Back it up with the database; without it encrypted fields cannot be read.",
    );
  }
  keyring = parseKeyring(fs.readFileSync(file, "utf8").trim());
  return keyring;
}

export const encrypt = (plaintext: string, context?: string) => encryptWith(getKeyring(), plaintext, context);
export const decrypt = (stored: string, context?: string) => decryptWith(getKeyring(), stored, context);
export const keyedHash = (purpose: string, value: string) => keyedHashWith(getKeyring(), purpose, value);
