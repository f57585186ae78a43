import { logger } from "~/lib/logger.server";
import { releaseDueEarnings } from "./availability.server";

const INTERVAL_MS = 60 * 60 * 1000;
let timer: NodeJS.Timeout | undefined;

/** Runs one release of due earnings and says what it moved; never throws. */
export async function runEarningsRelease(now = new Date()) {
  try {
    const released = await releaseDueEarnings(now);
    if (released > 0) logger.info({ releasedInr: released }, "earnings became available");
    return released;
  } catch (error) {
    logger.warn({ err: error }, "releasing due earnings failed");
    return 0;
  }
}

/** Releases earnings whose hold period is over once an hour in the server process; never keeps the process alive by itself. */
export function startEarningsRelease() {
  if (timer) return;
  timer = setInterval(() => void runEarningsRelease(), INTERVAL_MS);
  timer.unref();
}

/** For tests: stops the timer so that another can start. */
export function stopEarningsRelease() {
  clearInterval(timer);
  timer = undefined;
}
