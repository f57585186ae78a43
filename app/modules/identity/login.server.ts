import { recordAudit } from "~/modules/audit/index.server";
import { db } from "~/lib/db.server";
import type { Role } from "./roles";
import { spendVerificationTime, verifyPassword } from "./passwords.server";
import { createSession } from "./sessions.server";
import { ACCOUNT_POLICY, IP_POLICY, accountKey, blockedFor, clearFailures, ipKey, recordFailure } from "./throttle.server";

export interface LoginAttempt {
  email: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export type LoginResult =
  | { ok: true; user: { id: string; roles: Role[]; preferredLanguage: string }; token: string; expiresAt: Date; needsSecondFactor: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks a password sign-in. Unknown emails, wrong passwords and deactivated accounts all give the
 * same answer in about the same time; repeated failures block the account and the address for a while.
 */
export async function login(attempt: LoginAttempt): Promise<LoginResult> {
  const email = attempt.email.trim().toLowerCase();
  const keys = [accountKey(email), ...(attempt.ip ? [ipKey(attempt.ip)] : [])];
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, deactivatedAt: true, totpEnabledAt: true, preferredLanguage: true, memberships: { select: { role: true } } },
  });

  const blockedMs = await blockedFor(keys);
  if (blockedMs > 0) {
    await recordAudit({ action: "auth.login.throttled", actorId: user?.id, ip: attempt.ip });
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.ceil(blockedMs / 1000) };
  }

  const usable = user && !user.deactivatedAt && user.passwordHash;
  const valid = usable ? await verifyPassword(usable, attempt.password) : false;
  if (!usable) await spendVerificationTime(attempt.password);

  if (!valid || !user) {
    await recordFailure(keys[0]!, ACCOUNT_POLICY);
    if (attempt.ip) await recordFailure(ipKey(attempt.ip), IP_POLICY);
    await recordAudit({ action: "auth.login.failed", actorId: user?.id, ip: attempt.ip, details: { knownAccount: Boolean(user) } });
    return { ok: false, reason: "invalid" };
  }

  await clearFailures(keys[0]!);
  const needsSecondFactor = user.totpEnabledAt !== null;
  const { token, expiresAt } = await createSession({
    userId: user.id,
    ip: attempt.ip,
    userAgent: attempt.userAgent,
    twoFactorSatisfied: !needsSecondFactor,
  });
  await recordAudit({ action: "auth.login.succeeded", actorId: user.id, ip: attempt.ip, details: { secondFactorPending: needsSecondFactor } });
  const roles = [...new Set(user.memberships.map((membership) => membership.role))];
  return { ok: true, user: { id: user.id, roles, preferredLanguage: user.preferredLanguage }, token, expiresAt, needsSecondFactor };
}
