/**
 * Loads the demo data: `npm run db:seed` (into an empty database) or `npm run db:seed -- --reset`
 * (drops everything first). Refuses to run against a production installation unless `--force`.
 */
import "./load-env";
import { parseArgs } from "node:util";
import { closeDatabase, db, getDatabaseConnection, migrateDatabase } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { isDatabaseEmpty, seed } from "../prisma/seed";

// `npm run db:seed -- --reset` and `tsx scripts/db-seed.ts -- --reset` both work: a bare "--" is not an argument here.
const { values } = parseArgs({ args: process.argv.slice(2).filter((arg) => arg !== "--"), options: { reset: { type: "boolean", default: false }, force: { type: "boolean", default: false } } });

let exitCode = 0;
try {
  const env = getEnv();
  if ((env.isProduction || process.env.NODE_ENV === "production") && env.APP_ENV !== "demo" && !values.force) {
    throw new Error("Refusing to load demo data into a production installation (NODE_ENV/APP_ENV is production). Add --force if you really mean it.");
  }
  if (values.reset) {
    await getDatabaseConnection().sql.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    console.log("Dropped every table.");
  }
  await migrateDatabase();
  if (!(await isDatabaseEmpty(db))) {
    console.log("The database already holds data; nothing was seeded. Use --reset to start again from the demo data.");
  } else {
    await seed(db);
    console.log("Demo data loaded.");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await closeDatabase();
}
process.exit(exitCode);
