import { createHash } from "node:crypto";
import { db } from "~/lib/db.server";

/**
 * Failed attempts per key, in the database so that a restart does not forget them. After `freeAttempts`
 * failures each further failure blocks the key for twice as long as the last, up to `maxBlockMs`.
 */
export interface ThrottlePolicy {
  freeAttempts: number;
  firstBlockMs: number;
  maxBlockMs: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { freeAttempts: 5, firstBlockMs: 30_000, maxBlockMs: 60 * 60_000 };
export const IP_POLICY: ThrottlePolicy = { freeAttempts: 25, firstBlockMs: 30_000, maxBlockMs: 60 * 60_000 };
/** Failures older than this are forgotten. */
const FAILURE_MEMORY_HOURS = 24;

export function blockDuration(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeAttempts) return 0;
  return Math.min(policy.maxBlockMs, policy.firstBlockMs * 2 ** (failures - policy.freeAttempts));
}

/** Emails are keyed by hash: the table never lists which addresses somebody tried. */
export const accountKey = (email: string) => `account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Milliseconds until the first of `keys` is unblocked, or 0 when none is blocked. */
export async function blockedFor(keys: string[], now = new Date()): Promise<number> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys }, blockedUntil: { gt: now } } });
  return rows.reduce((longest, row) => Math.max(longest, row.blockedUntil!.getTime() - now.getTime()), 0);
}

export async function recordFailure(key: string, policy: ThrottlePolicy, now = new Date()) {
  // One statement, so that concurrent failures all count.
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO login_throttle (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.last_failure_at < ${now}::timestamptz - make_interval(hours => ${FAILURE_MEMORY_HOURS})
                      THEN 1 ELSE login_throttle.failures + 1 END,
      last_failure_at = ${now}
    RETURNING failures`;
  const block = blockDuration(row!.failures, policy);
  if (block > 0) {
    await db.loginThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + block) } });
  }
}

export async function clearFailures(key: string) {
  await db.loginThrottle.deleteMany({ where: { key } });
}
