import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";

/**
 * Gives each test file its own database before any app module opens one: a copy of the migrated
 * PGlite snapshot in memory, or a new PostgreSQL database made from the migrated template.
 */
const snapshot = inject("pgliteSnapshot");
const templateUrl = inject("postgresTemplateUrl");

// Outbox and any other files of this test file go to a temporary folder.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "reweave-data-"));
process.env.DATA_DIR = dataDir;

let dropDatabase: (() => Promise<void>) | undefined;

if (templateUrl) {
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const name = `${templateName}_t${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: templateUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
  await admin.end();
  const copy = new URL(templateUrl);
  copy.pathname = `/${name}`;
  process.env.DATABASE_URL = copy.toString();
  dropDatabase = async () => {
    const client = new pg.Client({ connectionString: templateUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else {
  process.env.DATABASE_URL = `memory://?from=${encodeURIComponent(snapshot)}`;
}

afterAll(async () => {
  const { closeDatabase } = await import("~/lib/db.server");
  await closeDatabase();
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
