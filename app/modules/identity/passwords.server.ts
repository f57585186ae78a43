import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane). `Algorithm` is a
// const enum that isolated-module builds cannot read, hence the literal: 2 is Argon2id.
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const COMMON_PASSWORDS = new Set(dictionary["passwords-common"].filter((word) => word.length >= MIN_PASSWORD_LENGTH));

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, personal: { email?: string; name?: string } = {}): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size <= 2) return "common";
  const localPart = personal.email?.split("@")[0]?.toLowerCase();
  if ((localPart && localPart.length >= 4 && lower.includes(localPart)) || (personal.name && lower === personal.name.toLowerCase())) {
    return "personal";
  }
  return null;
}

export function hashPassword(password: string) {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the time of a real verification, so that unknown emails are not faster to refuse. */
export async function spendVerificationTime(password: string) {
  dummyHash ??= hashPassword("reweave-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
