import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { TestProject } from "vitest/node";
import { openDatabase, pgliteRunner } from "~/lib/database/connection.server";
import { applyMigrations } from "~/lib/database/migrations.server";

/**
 * Migrates one database for the whole run. PGlite: a migrated in-memory database dumped to a file
 * that each test file loads (0.6 s instead of 1.7 s). PostgreSQL (TEST_DATABASE_URL): the database
 * itself is migrated and used as the template of a fresh copy per test file.
 */
declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_DATABASE_URL;
  if (postgresUrl) {
    const connection = openDatabase({ kind: "postgres", url: postgresUrl }, { poolSize: 1 });
    await applyMigrations(connection.sql, { usesAdvisoryLock: true });
    await connection.close();
    project.provide("postgresTemplateUrl", postgresUrl);
    project.provide("pgliteSnapshot", "");
    return;
  }
  const pglite = new PGlite({ extensions: { pg_trgm } });
  await applyMigrations(pgliteRunner(pglite, pglite));
  const dump = await pglite.dumpDataDir("none");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reweave-test-")), "migrated.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteSnapshot", file);
  project.provide("postgresTemplateUrl", "");
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
