import { db } from "~/lib/db.server";

let present: Promise<boolean> | undefined;

/**
 * Whether the database has pg_trgm (the migration installs it where it can): typo-tolerant search
 * needs it. Asked once per process; extensions do not come and go while the app runs.
 */
export function hasTypoTolerance(): Promise<boolean> {
  present ??= db.$queryRaw<{ present: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS present`.then(
    (rows) => rows[0]?.present === true,
    (error: unknown) => {
      present = undefined;
      throw error;
    },
  );
  return present;
}
