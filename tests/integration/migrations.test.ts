import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { openDatabase, type DatabaseConnection } from "~/lib/database/connection.server";
import { applyMigrations, checksumOf, MigrationError, readMigrations } from "~/lib/database/migrations.server";

/** Each test gets an empty database of the kind under test: in-memory PGlite, or a new PostgreSQL database. */
const templateUrl = inject("postgresTemplateUrl");
const cleanups: Array<() => Promise<void>> = [];

async function emptyDatabase(): Promise<DatabaseConnection> {
  if (!templateUrl) {
    const connection = openDatabase({ kind: "pglite-memory" });
    cleanups.push(() => connection.close());
    return connection;
  }
  const name = `reweave_migrations_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: templateUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const connection = openDatabase({ kind: "postgres", url: url.toString() }, { poolSize: 2 });
  cleanups.push(async () => {
    await connection.close();
    const client = new pg.Client({ connectionString: templateUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });
  return connection;
}

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function tableNames(connection: DatabaseConnection) {
  const rows = await connection.sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((row) => row.tablename);
}

describe("migrations", () => {
  it("apply to an empty database and record each one as Prisma does", async () => {
    const connection = await emptyDatabase();
    const migrations = await readMigrations();
    const result = await applyMigrations(connection.sql);

    expect(result.applied).toEqual(migrations.map((migration) => migration.name));
    expect(await tableNames(connection)).toEqual(expect.arrayContaining(["_prisma_migrations", "app_user", "audit_log", "organisation", "session"]));
    const rows = await connection.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      const file = await fs.readFile(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(checksumOf(file.toString("utf8")));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.migration_name).toBe(migrations[index]!.name);
    }
  });

  it("are a no-op the second time", async () => {
    const connection = await emptyDatabase();
    await applyMigrations(connection.sql);
    const [before] = await connection.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`);
    const again = await applyMigrations(connection.sql);
    const [after] = await connection.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "_prisma_migrations"`);

    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(before!.count);
    expect(after!.count).toBe(before!.count);
  });

  it("roll a failing migration back entirely and name the file that failed", async () => {
    const connection = await emptyDatabase();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "reweave-migrations-"));
    await fs.mkdir(path.join(dir, "20260101000000_good"));
    await fs.writeFile(path.join(dir, "20260101000000_good", "migration.sql"), `CREATE TABLE good (id int);`);
    await fs.mkdir(path.join(dir, "20260102000000_broken"));
    await fs.writeFile(
      path.join(dir, "20260102000000_broken", "migration.sql"),
      `CREATE TABLE half_done (id int);\nINSERT INTO half_done VALUES (1);\nSELECT * FROM table_that_does_not_exist;`,
    );

    const failure = await applyMigrations(connection.sql, { dir }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toContain("20260102000000_broken/migration.sql");
    expect(await tableNames(connection)).toContain("good");
    expect(await tableNames(connection)).not.toContain("half_done");
    const recorded = await connection.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("notice an applied migration whose file changed later", async () => {
    const connection = await emptyDatabase();
    const migrations = await readMigrations();
    await applyMigrations(connection.sql, { migrations });
    const edited = migrations.map((migration, index) => (index === 0 ? { ...migration, checksum: checksumOf(`${migration.sql}\n-- edited`) } : migration));

    const result = await applyMigrations(connection.sql, { migrations: edited });

    expect(result.applied).toEqual([]);
    expect(result.modified).toEqual([migrations[0]!.name]);
  });
});
