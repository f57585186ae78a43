import { logger } from "~/lib/logger.server";
import { sendHearingReminders } from "./claims-reminders.server";

const INTERVAL_MS = 60 * 60 * 1000;
let timer: NodeJS.Timeout | undefined;

/** Sends the due hearing reminders (each hearing is reminded once); never throws. */
export async function runHearingReminders(now = new Date()) {
  try {
    await sendHearingReminders(now);
  } catch (error) {
    logger.warn({ err: error }, "sending hearing reminders failed");
  }
}

/** Checks for hearings to remind of once an hour in the server process; never keeps the process alive by itself. */
export function startHearingReminders() {
  if (timer) return;
  timer = setInterval(() => void runHearingReminders(), INTERVAL_MS);
  timer.unref();
}
