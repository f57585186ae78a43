import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "./env.server";
import { logger } from "./logger.server";

/**
 * Outgoing email: through SMTP when SMTP_URL is set, otherwise written as JSON files to
 * DATA_DIR/outbox, where admins can read them in the app (the "outbox").
 */
export interface Email {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxMessage extends Email {
  id: string;
  from: string;
  createdAt: string;
}

let transport: Transporter | undefined;

export function outboxEnabled() {
  return !getEnv().SMTP_URL;
}

/** Admins read the outbox in the app only where it is the mail system: no SMTP and not production. */
export function outboxVisible() {
  return outboxEnabled() && !getEnv().isProduction;
}

function outboxDir() {
  return path.resolve(getEnv().DATA_DIR, "outbox");
}

export async function sendEmail(email: Email) {
  const env = getEnv();
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.text });
    logger.info({ subject: email.subject }, "email sent");
    return;
  }
  const createdAt = new Date().toISOString();
  const id = `${createdAt.replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  const message: OutboxMessage = { id, from: env.MAIL_FROM, createdAt, ...email };
  await fs.mkdir(outboxDir(), { recursive: true });
  await fs.writeFile(path.join(outboxDir(), `${id}.json`), JSON.stringify(message, null, 2));
  logger.info({ subject: email.subject, outbox: id }, "email written to outbox");
}

const OUTBOX_ID = /^[\w-]+$/;

/** Newest first. */
export async function listOutbox(limit = 200): Promise<OutboxMessage[]> {
  const files = await fs.readdir(outboxDir()).catch(() => [] as string[]);
  const newest = files.filter((file) => file.endsWith(".json")).sort().reverse().slice(0, limit);
  const messages = await Promise.all(newest.map((file) => readOutboxMessage(file.slice(0, -".json".length))));
  return messages.filter((message): message is OutboxMessage => message !== null);
}

export async function readOutboxMessage(id: string): Promise<OutboxMessage | null> {
  if (!OUTBOX_ID.test(id)) return null;
  try {
    return JSON.parse(await fs.readFile(path.join(outboxDir(), `${id}.json`), "utf8")) as OutboxMessage;
  } catch {
    return null;
  }
}
