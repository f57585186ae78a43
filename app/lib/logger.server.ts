import pino from "pino";
import { SURVIVOR_DATA_FIELDS } from "./survivor-data";

const SECRET_FIELDS = ["password", "newPassword", "currentPassword", "passwordHash", "token", "otp", "totpSecret", "secret"];

/** Redact a field name at the top level and up to two objects deep. */
function everywhere(field: string) {
  return [field, `*.${field}`, `*.*.${field}`];
}

export const REDACTED_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  ...[...SECRET_FIELDS, ...SURVIVOR_DATA_FIELDS].flatMap(everywhere),
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}) {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { app: "reweave" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    options.destination,
  );
}

export const logger = createLogger();
