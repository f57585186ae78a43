import path from "node:path";
import { z } from "zod";

/**
 * Every setting the server reads, validated once. `.env.example` documents each one.
 * APP_ENV says what kind of installation this is; NODE_ENV only says how the code was built.
 */

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory"; snapshot?: string }
  | { kind: "postgres"; url: string };

export const DATABASE_URL_FORMS =
  "unset (embedded database in ./data/pglite), file:PATH (embedded database in PATH), memory:// (throw-away embedded database) or postgres://USER@HOST:PORT/DATABASE";

export function parseDatabaseUrl(value: string | undefined, dataDir: string): DatabaseConfig | null {
  const url = value?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(dataDir, "pglite") };
  if (url.startsWith("file:")) {
    const dir = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return dir ? { kind: "pglite", dataDir: path.resolve(dir) } : null;
  }
  if (url === "memory://" || url.startsWith("memory://?")) {
    // memory://?from=SNAPSHOT starts from a PGlite data-dir dump (used by the test suite).
    const snapshot = new URLSearchParams(url.slice("memory://".length)).get("from") ?? undefined;
    return { kind: "pglite-memory", snapshot };
  }
  if (/^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(url)) return { kind: "postgres", url };
  return null;
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    APP_ENV: z.preprocess(emptyToUndefined, z.enum(["development", "test", "demo", "production"]).optional()),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default("./data")),
    DATABASE_URL: optionalString,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_KEY: optionalString,
    SMTP_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^smtps?$/ }).optional()),
    MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Reweave <no-reply@reweave.local>")),
    LOG_LEVEL: z.preprocess(
      emptyToUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    ),
    SLOW_QUERY_MS: z.coerce.number().int().min(1).default(100),
    /** How long anonymous visitors' shop pages are reused (server/page-cache.ts); 0 turns it off. */
    PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    TRUST_PROXY: z.preprocess(emptyToUndefined, z.stringbool().default(false)),
    /** cloudinary://KEY:SECRET@CLOUD (optionally ?upload_prefix=URL); unset: images are stored on local disk. */
    CLOUDINARY_URL: z.preprocess(emptyToUndefined, z.string().regex(/^cloudinary:\/\/[^:]+:[^@]+@[^/?]+/, "must look like cloudinary://KEY:SECRET@CLOUD").optional()),
    /** sk_…; unset: the offline manual payment provider. */
    STRIPE_SECRET_KEY: z.preprocess(emptyToUndefined, z.string().regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key (sk_test_… or sk_live_…)").optional()),
    STRIPE_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().regex(/^whsec_\w+$/, "must be a Stripe webhook signing secret (whsec_…)").optional()),
    /** The signing secret of the endpoint for events on connected accounts (Stripe Connect), when it is a separate endpoint. */
    STRIPE_CONNECT_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().regex(/^whsec_\w+$/, "must be a Stripe webhook signing secret (whsec_…)").optional()),
    /** Where the Stripe SDK sends requests; only for tests and local fakes (default: Stripe's API). */
    STRIPE_API_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  })
  .transform((raw, ctx) => {
    const appEnv = raw.APP_ENV ?? (raw.NODE_ENV === "production" ? "production" : raw.NODE_ENV);
    const database = parseDatabaseUrl(raw.DATABASE_URL, raw.DATA_DIR);
    if (!database) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: `must be ${DATABASE_URL_FORMS}` });
      return z.NEVER;
    }
    if (raw.STRIPE_SECRET_KEY && !raw.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required when STRIPE_SECRET_KEY is set (payments are fulfilled from verified webhooks only)" });
    }
    if (appEnv === "production") {
      for (const name of ["DATA_KEY", "APP_URL", "SMTP_URL"] as const) {
        if (!raw[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when APP_ENV is production" });
      }
    }
    const appUrl = (raw.APP_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, "");
    return { ...raw, APP_ENV: appEnv, APP_URL: appUrl, database, isProduction: appEnv === "production" };
  });

export type Env = z.output<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration; fix these environment variables (see .env.example):\n${lines.join("\n")}`);
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The only values that reach the browser. */
export function getClientEnv(env: Env = getEnv()) {
  return { APP_ENV: env.APP_ENV };
}
export type ClientEnv = ReturnType<typeof getClientEnv>;
