import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "../env.server";

/** Raw SQL on the driver underneath Prisma: for migrations and the few statements Prisma cannot express. */
export interface SqlRunner {
  /** Runs a script of one or more statements (no parameters). */
  exec(script: string): Promise<void>;
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Runs `work` on one connection, so that session state such as advisory locks holds throughout. */
  withConnection<T>(work: (connection: SqlRunner) => Promise<T>): Promise<T>;
}

export interface DatabaseConnection {
  kind: "pglite" | "postgres";
  adapter: SqlMigrationAwareDriverAdapterFactory;
  sql: SqlRunner;
  close(): Promise<void>;
}

type PGliteQueryable = Pick<PGlite, "exec" | "query">;

export function pgliteRunner(client: PGliteQueryable, root: PGlite): SqlRunner {
  const runner: SqlRunner = {
    async exec(script) {
      await client.exec(script);
    },
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query<Row>(text, params)).rows;
    },
    transaction: (work) => root.transaction((tx) => work(pgliteRunner(tx, root))),
    // PGlite has a single connection.
    withConnection: (work) => work(runner),
  };
  return runner;
}

function openPGlite(config: Extract<DatabaseConfig, { kind: "pglite" | "pglite-memory" }>): DatabaseConnection {
  let client: PGlite;
  if (config.kind === "pglite") {
    fs.mkdirSync(config.dataDir, { recursive: true });
    client = new PGlite(config.dataDir, { extensions: { pg_trgm } });
  } else {
    const loadDataDir = config.snapshot ? new Blob([fs.readFileSync(config.snapshot)]) : undefined;
    client = new PGlite({ loadDataDir, extensions: { pg_trgm } });
  }
  return {
    kind: "pglite",
    adapter: new PrismaPGlite(client),
    sql: pgliteRunner(client, client),
    close: () => client.close(),
  };
}

type PgQueryable = Pick<pg.PoolClient, "query">;

function postgresRunner(client: PgQueryable, pool: pg.Pool, inTransaction = false): SqlRunner {
  const runner: SqlRunner = {
    async exec(script) {
      await client.query(script);
    },
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
    async transaction(work) {
      if (inTransaction) return work(runner);
      if (client === pool) return runner.withConnection((connection) => connection.transaction(work));
      await client.query("BEGIN");
      try {
        const result = await work(postgresRunner(client, pool, true));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async withConnection(work) {
      if (client !== pool) return work(runner);
      const connection = await pool.connect();
      try {
        return await work(postgresRunner(connection, pool));
      } finally {
        connection.release();
      }
    },
  };
  return runner;
}

function openPostgres(url: string, poolSize: number, onPoolError: (error: Error) => void): DatabaseConnection {
  // JIT compilation, planned from cost estimates, added 0.1–0.9 s to aggregate queries that run in
  // milliseconds without it (docs/decisions/0015-outcome-people.md); our queries are short and many.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: "-c jit=off" });
  // An idle client losing its server (a restart) must not crash the process; the pool reconnects.
  pool.on("error", onPoolError);
  return {
    kind: "postgres",
    adapter: new PrismaPg(pool),
    sql: postgresRunner(pool, pool),
    close: () => pool.end(),
  };
}

export function openDatabase(
  config: DatabaseConfig,
  options: { poolSize?: number; onPoolError?: (error: Error) => void } = {},
): DatabaseConnection {
  if (config.kind === "postgres") return openPostgres(config.url, options.poolSize ?? 10, options.onPoolError ?? (() => {}));
  return openPGlite(config);
}
