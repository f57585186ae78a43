import fs from "node:fs/promises";
import path from "node:path";

/** DATA_DIR of the test server (playwright.config.ts): emails are written there when no SMTP server is set. */
const OUTBOX = path.resolve(import.meta.dirname, "../../data/e2e/outbox");

export interface OutboxEmail {
  to: string;
  subject: string;
  text: string;
}

/** The newest email written to the outbox for `to`, or undefined. */
export async function newestEmailTo(to: string): Promise<OutboxEmail | undefined> {
  const files = (await fs.readdir(OUTBOX).catch(() => [] as string[])).filter((file) => file.endsWith(".json")).sort().reverse();
  for (const file of files) {
    const email = JSON.parse(await fs.readFile(path.join(OUTBOX, file), "utf8")) as OutboxEmail;
    if (email.to === to) return email;
  }
  return undefined;
}
