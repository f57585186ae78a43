import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { SqlRunner } from "./connection.server";

/**
 * Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native engine:
 * each pending migration.sql in order, in its own transaction, recorded in _prisma_migrations with
 * the same columns and checksum (SHA-256 of the file, hex), so either tool can take over.
 */

// Prisma's own table definition, so that `prisma migrate deploy` recognises the history.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// The key Prisma's engine uses for its advisory lock, so both tools exclude each other.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
  /** Applied migrations whose file changed since; Prisma would warn about these too. */
  modified: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration}/migration.sql failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

export const DEFAULT_MIGRATIONS_DIR = path.resolve("prisma/migrations");

export function checksumOf(sql: string) {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await fs.readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

export async function applyMigrations(
  sql: SqlRunner,
  options: { migrations?: MigrationFile[]; dir?: string; usesAdvisoryLock?: boolean } = {},
): Promise<MigrationResult> {
  const migrations = options.migrations ?? (await readMigrations(options.dir));
  return sql.withConnection(async (connection) => {
    if (options.usesAdvisoryLock) await connection.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await connection.exec(CREATE_MIGRATIONS_TABLE);
      const rows = await connection.query<AppliedRow>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      const result: MigrationResult = { applied: [], alreadyApplied: 0, modified: [] };
      for (const migration of migrations) {
        const checksum = applied.get(migration.name);
        if (checksum !== undefined) {
          result.alreadyApplied += 1;
          if (checksum !== migration.checksum) result.modified.push(migration.name);
          continue;
        }
        try {
          await connection.transaction(async (tx) => {
            const startedAt = new Date();
            await tx.exec(migration.sql);
            await tx.query(
              `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
               VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
              [randomUUID(), migration.checksum, migration.name, startedAt],
            );
          });
        } catch (error) {
          throw new MigrationError(migration.name, error);
        }
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      if (options.usesAdvisoryLock) await connection.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  });
}
