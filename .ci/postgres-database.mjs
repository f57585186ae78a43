// Creates or drops a database on the CI machine's PostgreSQL: node .ci/postgres-database.mjs create|drop NAME
import pg from "pg";

const [command, name] = process.argv.slice(2);
if (!["create", "drop"].includes(command) || !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: node .ci/postgres-database.mjs create|drop NAME (lower-case letters, digits, _)");
  process.exit(2);
}
const client = new pg.Client({ connectionString: process.env.POSTGRES_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" });
await client.connect();
try {
  if (command === "create") {
    await client.query(`CREATE DATABASE "${name}"`);
  } else {
    // The per-test-file copies are named after the database; drop them too.
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [name, `${name}\\_%`]);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  }
  console.log(`${command === "create" ? "created" : "dropped"} ${name}`);
} finally {
  await client.end();
}
