import { db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { deleteExpiredSessions } from "./sessions.server";

const INTERVAL_MS = 60 * 60 * 1000;
const THROTTLE_MEMORY_MS = 24 * 60 * 60 * 1000;

/** Removes rows nobody can use any more: expired sessions, old throttle counters, spent reset links. */
export async function tidyIdentityTables(now = new Date()) {
  const sessions = await deleteExpiredSessions(now);
  const { count: throttles } = await db.loginThrottle.deleteMany({
    where: { lastFailureAt: { lt: new Date(now.getTime() - THROTTLE_MEMORY_MS) }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  const { count: tokens } = await db.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - THROTTLE_MEMORY_MS) } } });
  return { sessions, throttles, tokens };
}

let timer: NodeJS.Timeout | undefined;

/** Tidies once an hour in the server process; never keeps the process alive by itself. */
export function startIdentityHousekeeping() {
  if (timer) return;
  timer = setInterval(() => {
    tidyIdentityTables().catch((error: unknown) => logger.warn({ err: error }, "identity housekeeping failed"));
  }, INTERVAL_MS);
  timer.unref();
}
