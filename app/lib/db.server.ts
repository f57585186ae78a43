import { PrismaClient } from "~/generated/prisma/client";
import { openDatabase, type DatabaseConnection } from "./database/connection.server";
import { applyMigrations } from "./database/migrations.server";
import { getEnv } from "./env.server";
import { logger } from "./logger.server";

/**
 * The one database of this process. DATABASE_URL picks embedded PGlite (default) or PostgreSQL.
 * Kept on globalThis so that the dev server's module reloads never open PGlite's directory twice.
 */

const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P02", "57P03", "08001", "08003", "08006"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** True when an error means "the database cannot be reached" rather than "this query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    if (typeof current !== "object") return false;
    const { code, kind, originalCode, message } = current as Record<string, unknown>;
    if ([code, originalCode].some((value) => typeof value === "string" && UNAVAILABLE_CODES.has(value))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT/.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** True when a write failed on a unique constraint (for instance two admins saving the same name at once). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Thrown in place of a connection error: Remix renders it as the 503 page. */
export function databaseUnavailableResponse() {
  return new Response(JSON.stringify({ reason: "database-unavailable" }), {
    status: 503,
    statusText: "Service Unavailable",
    headers: { "Content-Type": "application/json", "Retry-After": "10" },
  });
}

function createClient(connection: DatabaseConnection, slowQueryMs: number) {
  return new PrismaClient({ adapter: connection.adapter }).$extends({
    name: "observability",
    query: {
      async $allOperations({ model, operation, args, query }) {
        const started = performance.now();
        try {
          return await query(args);
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            logger.error({ model, operation, err: { message: (error as Error).message } }, "database unavailable");
            throw databaseUnavailableResponse();
          }
          throw error;
        } finally {
          const ms = Math.round(performance.now() - started);
          // Never the arguments: they may hold survivor data.
          if (ms > slowQueryMs) logger.warn({ model, operation, ms }, "slow query");
        }
      },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Database {
  connection: DatabaseConnection;
  client: Db;
}

const globalStore = globalThis as typeof globalThis & { __reweaveDatabase?: Database };

function database(): Database {
  if (!globalStore.__reweaveDatabase) {
    const env = getEnv();
    const connection = openDatabase(env.database, {
      poolSize: env.DATABASE_POOL_SIZE,
      onPoolError: (error) => logger.warn({ err: { message: error.message } }, "database connection lost"),
    });
    globalStore.__reweaveDatabase = { connection, client: createClient(connection, env.SLOW_QUERY_MS) };
  }
  return globalStore.__reweaveDatabase;
}

/** The Prisma client. Opened on first use. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = database().client;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function getDatabaseConnection(): DatabaseConnection {
  return database().connection;
}

export async function closeDatabase() {
  const current = globalStore.__reweaveDatabase;
  if (!current) return;
  globalStore.__reweaveDatabase = undefined;
  await current.client.$disconnect();
  await current.connection.close();
}

/** Applies pending migrations from prisma/migrations (see migrations.server.ts). */
export async function migrateDatabase(options: { dir?: string } = {}) {
  const connection = getDatabaseConnection();
  return applyMigrations(connection.sql, { dir: options.dir, usesAdvisoryLock: connection.kind === "postgres" });
}
