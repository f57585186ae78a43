/**
 * `npm run demo`: the production build on the embedded defaults. Applies migrations, loads the demo
 * data into an empty database, prints the demo accounts, then serves http://localhost:3000.
 * `--fresh` starts from an empty database (the end-to-end tests use it).
 */
import "./load-env";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

process.env.NODE_ENV = "production";
process.env.APP_ENV ??= "demo";

const { values } = parseArgs({ options: { fresh: { type: "boolean", default: false } } });

const { getEnv } = await import("~/lib/env.server");
const env = getEnv();
if (values.fresh) {
  if (env.database.kind === "pglite") fs.rmSync(env.database.dataDir, { recursive: true, force: true });
  fs.rmSync(path.resolve(env.DATA_DIR, "outbox"), { recursive: true, force: true });
}

const { getKeyring } = await import("~/lib/crypto.server");
getKeyring(); // creates DATA_DIR/data-key on the first run, with a notice
const { closeDatabase, db, migrateDatabase } = await import("~/lib/db.server");
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("~/lib/demo-accounts");
const { isDatabaseEmpty, seed } = await import("../prisma/seed");

const migrations = await migrateDatabase();
if (migrations.applied.length) console.log(`Applied ${migrations.applied.length} migration(s).`);
if (await isDatabaseEmpty(db)) {
  console.log("Loading the demo data…");
  await seed(db);
}
await closeDatabase();

console.log(`\nDemo accounts (password ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}`);
console.log("");

const serverEntry = path.resolve(import.meta.dirname, "../build/server.js");
if (!fs.existsSync(serverEntry)) {
  console.error("No production build found: run `npm run build` first (npm run demo does).");
  process.exit(1);
}
await import(pathToFileURL(serverEntry).href);
