/** Applies pending migrations to DATABASE_URL: `npm run db:deploy`. */
import "./load-env";
import { closeDatabase, migrateDatabase } from "~/lib/db.server";

let exitCode = 0;
try {
  const result = await migrateDatabase();
  for (const name of result.applied) console.log(`applied ${name}`);
  for (const name of result.modified) console.warn(`warning: ${name} changed after it was applied; its new content was not run`);
  console.log(result.applied.length ? `${result.applied.length} migration(s) applied.` : `Already up to date (${result.alreadyApplied} migration(s)).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await closeDatabase();
}
process.exit(exitCode);
