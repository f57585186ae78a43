import { logger } from "~/lib/logger.server";
import { syncLinkedShopIncome } from "./shop-income.server";

const INTERVAL_MS = 15 * 60 * 1000;
let timer: NodeJS.Timeout | undefined;

/** Links new shop income (and meets the milestones it decides) for every linked person; never throws. */
export async function runShopIncomeSync(now = new Date()) {
  try {
    await syncLinkedShopIncome(undefined, now);
  } catch (error) {
    logger.warn({ err: error }, "syncing linked shop income failed");
  }
}

/** Syncs linked shop income every 15 minutes in the server process; never keeps the process alive by itself. */
export function startShopIncomeSync() {
  if (timer) return;
  timer = setInterval(() => void runShopIncomeSync(), INTERVAL_MS);
  timer.unref();
}
