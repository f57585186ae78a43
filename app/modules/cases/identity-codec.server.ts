import { decrypt, encrypt, keyedHash } from "~/lib/crypto.server";
import { IDENTITY_FIELDS, type IdentityField } from "./vocabulary";

/** A person's identity in plain text, only in memory and only for as long as a request needs it. */
export type Identity = Partial<Record<IdentityField, string>>;
export type EncryptedIdentity = Record<IdentityField, string | null>;

export function identityContext(field: IdentityField, beneficiaryId: string) {
  return `beneficiary.${field}:${beneficiaryId}`;
}

/** Each field encrypted on its own, bound to the record (a value copied to another row fails to decrypt). */
export function encryptIdentity(beneficiaryId: string, identity: Identity): EncryptedIdentity {
  const row = {} as EncryptedIdentity;
  for (const field of IDENTITY_FIELDS) {
    const value = identity[field]?.trim();
    row[field] = value ? encrypt(value, identityContext(field, beneficiaryId)) : null;
  }
  return row;
}

/** Only the fields asked for are decrypted; the rest never leave the database row. */
export function decryptIdentity(row: { id: string } & Partial<Record<IdentityField, string | null>>, fields: readonly IdentityField[]): Identity {
  const identity: Identity = {};
  for (const field of fields) {
    const stored = row[field];
    if (stored) identity[field] = decrypt(stored, identityContext(field, row.id));
  }
  return identity;
}

/** Free text on the case side (service notes, reasons): encrypted with its own context. */
export function encryptNote(kind: string, id: string, text: string | null | undefined) {
  const value = text?.trim();
  return value ? encrypt(value, `${kind}:${id}`) : null;
}

export function decryptNote(kind: string, id: string, stored: string | null | undefined) {
  return stored ? decrypt(stored, `${kind}:${id}`) : null;
}

/**
 * Lower case, letters only, Latin accents dropped: "Ka  Rimai Syiem" and "karimai syiem" are the same name
 * to a matcher. Vowel signs of Indic scripts are letters' parts, so they stay.
 */
export function normaliseName(name: string) {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}]/gu, "");
}

/**
 * The duplicate-detection key: an HMAC (server key, never stored) of the normalised name, the year of
 * birth and the origin district. Null when any of the three is unknown.
 */
export function matchKeyFor(input: { legalName?: string | null; birthYear?: number | null; originDistrict?: string | null }) {
  const name = input.legalName ? normaliseName(input.legalName) : "";
  const district = input.originDistrict ? normaliseName(input.originDistrict) : "";
  if (!name || !district || !input.birthYear) return null;
  return keyedHash("beneficiary-match", `${name}|${input.birthYear}|${district}`);
}

/** The year of birth from a date of birth (YYYY-MM-DD) or an estimated age at registration. */
export function birthYearOf(input: { dateOfBirth?: string | null; estimatedAge?: string | number | null }, registeredOn: Date) {
  if (input.dateOfBirth) return Number(input.dateOfBirth.slice(0, 4));
  if (input.estimatedAge !== null && input.estimatedAge !== undefined && input.estimatedAge !== "") {
    return registeredOn.getUTCFullYear() - Number(input.estimatedAge);
  }
  return null;
}
