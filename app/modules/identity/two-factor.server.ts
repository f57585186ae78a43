import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import { decrypt, encrypt } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { verifyPassword } from "./passwords.server";
import { markTwoFactorSatisfied } from "./sessions.server";
import { ACCOUNT_POLICY, blockedFor, clearFailures, recordFailure } from "./throttle.server";

/** Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 s), the settings every common app reads. */
const TOTP = { algorithm: "SHA-1", digits: 6, period: 30 } as const;
const ISSUER = "Reweave";

const secretContext = (userId: string) => `user.totpSecret:${userId}`;
const throttleKey = (userId: string) => `totp:${userId}`;

/** Starts (or restarts) enrolment: a new secret, stored encrypted, not yet in force. */
export async function startTwoFactorEnrolment(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const { secret } = await generateTOTP(TOTP);
  await db.user.update({ where: { id: userId }, data: { totpSecret: encrypt(secret, secretContext(userId)), totpEnabledAt: null } });
  return { secret, uri: getTOTPAuthUri({ ...TOTP, secret, accountName: user.email, issuer: ISSUER }) };
}

/** The pending enrolment's secret, for showing the QR code again. */
export async function pendingEnrolment(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.totpSecret || user.totpEnabledAt) return null;
  const secret = decrypt(user.totpSecret, secretContext(userId));
  return { secret, uri: getTOTPAuthUri({ ...TOTP, secret, accountName: user.email, issuer: ISSUER }) };
}

async function codeMatches(userId: string, code: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.totpSecret) return false;
  return (await verifyTOTP({ ...TOTP, otp: code, secret: decrypt(user.totpSecret, secretContext(userId)), window: 1 })) !== null;
}

export async function confirmTwoFactorEnrolment(userId: string, code: string, ip: string | null) {
  if (!(await codeMatches(userId, code))) return false;
  await db.user.update({ where: { id: userId }, data: { totpEnabledAt: new Date() } });
  await recordAudit({ action: "auth.two_factor.enabled", actorId: userId, ip });
  return true;
}

export async function disableTwoFactor(userId: string, password: string, ip: string | null) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) return false;
  await db.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null } });
  await recordAudit({ action: "auth.two_factor.disabled", actorId: userId, ip });
  return true;
}

export type SecondFactorResult = { ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Completes a sign-in whose password was right; wrong codes are throttled like wrong passwords. */
export async function verifySecondFactor(userId: string, sessionId: string, code: string, ip: string | null): Promise<SecondFactorResult> {
  const blockedMs = await blockedFor([throttleKey(userId)]);
  if (blockedMs > 0) return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(blockedMs / 1000) };
  if (!(await codeMatches(userId, code))) {
    await recordFailure(throttleKey(userId), ACCOUNT_POLICY);
    await recordAudit({ action: "auth.two_factor.failed", actorId: userId, ip });
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(throttleKey(userId));
  await markTwoFactorSatisfied(sessionId);
  return { ok: true };
}
