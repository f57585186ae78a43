/**
 * `npm run bench`: serves the production build on a database with the demo data plus 10,000
 * generated products, and measures pages with autocannon beside a minimal page of the same app and
 * a bare node:http server returning the home page's bytes, all in one run. Report ratios: the
 * machines are shared and noisy, so absolute numbers from different runs do not compare.
 *
 * Database: BENCH_DATABASE_URL if set; else a fresh database on the PostgreSQL server at
 * 127.0.0.1:5432 (dropped afterwards) when one answers; else the embedded database.
 * The care side gets BENCH_CARE_PEOPLE generated beneficiaries (about 20 income rows each), and its
 * cohort dashboard and caseworker alert list are timed one request at a time (p50 / p95).
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=50 BENCH_PRODUCTS=10000 BENCH_CARE_PEOPLE=100000
 *   PAGE_CACHE_SECONDS=0 npm run bench   (the server's settings pass through: here, rendering every page)
 */
import "./load-env";
import { fork, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { measureCarePages } from "./bench/care-latency";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const products = Number(process.env.BENCH_PRODUCTS ?? 10_000);
const carePeople = Number(process.env.BENCH_CARE_PEOPLE ?? 100_000);
const appPort = 3900;
const barePort = 3901;
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "reweave-bench-"));
const appUrl = `http://127.0.0.1:${appPort}`;

interface Scenario {
  name: string;
  /** One path, or a path per request in turn (to defeat caches the way varied traffic does). */
  paths: string[];
  method?: "GET" | "POST";
  body?: string;
  /** Compared with the bare node:http server returning the same bytes. */
  bare?: boolean;
}

const children: ChildProcess[] = [];
let dropDatabase: (() => Promise<void>) | undefined;
async function cleanup() {
  // The server must be gone before its database is dropped under it.
  await Promise.all(
    children.map((child) =>
      child.exitCode !== null ? undefined : new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
    ),
  );
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function chooseDatabase(): Promise<{ url: string; label: string }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, label: "given database" };
  const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres", connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
    const name = `reweave_bench_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
    return { url: `postgres://postgres@127.0.0.1:5432/${name}`, label: "PostgreSQL" };
  } catch {
    return { url: `file:${path.join(dataDir, "pglite")}`, label: "embedded PGlite" };
  } finally {
    await admin.end().catch(() => {});
  }
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} failed (${code})`))));
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

async function startApp(databaseUrl: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", APP_ENV: "demo", PORT: String(appPort), DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  // Seed in separate processes first: the embedded database admits one process at a time.
  await run("scripts/db-seed.ts", [], env);
  await run("scripts/bench/seed-products.ts", [String(products)], env);
  if (carePeople > 0) await run("scripts/bench/seed-care.ts", [String(carePeople)], env);
  const server = spawn(process.execPath, ["build/server.js"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  children.push(server);
  await waitFor(`${appUrl}/healthz`);
}

async function startBare(body: Buffer) {
  const file = path.join(dataDir, "baseline.html");
  fs.writeFileSync(file, body);
  const bare = fork(path.join(root, "scripts/bench/bare-server.mjs"), [String(barePort), file], { stdio: "ignore" });
  children.push(bare);
  await new Promise((resolve) => bare.once("message", resolve));
}

interface Result {
  name: string;
  target: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, target: string, base: string, scenario: Pick<Scenario, "paths" | "method" | "body">): Promise<Result> {
  let turn = 0;
  const options = {
    url: base,
    connections,
    method: scenario.method ?? "GET",
    headers: scenario.method === "POST" ? { "Content-Type": "application/x-www-form-urlencoded", Origin: base } : {},
    body: scenario.body,
    requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: scenario.paths[turn++ % scenario.paths.length]! }) }],
  };
  // A short warm-up so that lazily compiled code and caches do not count.
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    name,
    target,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result["4xx"] + result["5xx"],
  };
}

const SEARCH_WORDS = ["honey", "silk stole", "bamboo", "basket", "indigo", "painting", "forest honey", "scarf", "woven", "candle", "hony", "shawl", "tray", "print", "golden", "cotton"];

try {
  const database = await chooseDatabase();
  await startApp(database.url);
  const productPage = await (await fetch(`${appUrl}/products/bench-1`)).text();
  const variantId = productPage.match(/name="variantId"[^>]*value="([0-9a-f-]{36})"/)?.[1] ?? productPage.match(/value="([0-9a-f-]{36})"[^>]*name="variantId"/)?.[1];
  if (!variantId) throw new Error("could not find a variant id on /products/bench-1");

  const scenarios: Scenario[] = [
    { name: "minimal page", paths: ["/bench/minimal"] },
    { name: "home page", paths: ["/"], bare: true },
    { name: "category page", paths: ["/categories/handloom"] },
    { name: "category pages, 40 different", paths: Array.from({ length: 40 }, (_, i) => `/categories/${["honey", "handloom", "handicrafts", "art"][i % 4]}?page=${1 + Math.floor(i / 4)}`) },
    { name: "search", paths: ["/products?q=honey"] },
    { name: "search, 16 queries × 4 sorts", paths: SEARCH_WORDS.flatMap((word) => ["relevance", "newest", "price_asc", "price_desc"].map((sort) => `/products?q=${encodeURIComponent(word)}&sort=${sort}`)) },
    { name: "product pages, 500 different", paths: Array.from({ length: 500 }, (_, i) => `/products/bench-${1 + ((i * 37) % products)}`) },
    { name: "add to cart (new buyer each time)", paths: ["/cart"], method: "POST", body: `intent=add&variantId=${variantId}&quantity=1` },
  ];

  const results: Result[] = [];
  for (const scenario of scenarios) {
    results.push(await measure(scenario.name, "app", appUrl, scenario));
    if (scenario.bare) {
      const body = Buffer.from(await (await fetch(`${appUrl}${scenario.paths[0]}`)).arrayBuffer());
      await startBare(body);
      results.push(await measure(scenario.name, `bare node:http (${body.length} bytes)`, `http://127.0.0.1:${barePort}`, { paths: ["/"] }));
    }
  }

  const minimal = results.find((result) => result.name === "minimal page")!;
  console.log(`\n${connections} connections, ${seconds} s each, ${database.label}, ${products.toLocaleString("en")} extra products, ${os.cpus().length} cores\n`);
  console.table(
    results.map((r) => ({
      scenario: r.name,
      server: r.target,
      "req/s": r.requestsPerSecond,
      "× minimal page": (r.requestsPerSecond / minimal.requestsPerSecond).toFixed(2),
      "p50 ms": r.p50,
      "p99 ms": r.p99,
      errors: r.errors,
    })),
  );
  const [home, bare] = results.filter((r) => r.name === "home page");
  if (home && bare) console.log(`home page: ${(home.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} of the bare node:http server's throughput`);

  const touch = database.url.startsWith("postgres")
    ? async () => {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        // A caseworker corrects one month's income of one person in the supervisor's organisation.
        await client.query(
          `UPDATE income_record SET amount_inr = amount_inr + 100
           WHERE id = (SELECT i.id FROM income_record i JOIN care_case c ON c.beneficiary_id = i.beneficiary_id
                       JOIN organisation o ON o.id = c.lead_organisation_id
                       WHERE o.name = 'Shillong Anti-Trafficking Network' AND i.month >= date_trunc('month', current_date) - interval '2 months'
                       ORDER BY i.id OFFSET floor(random() * 1000) LIMIT 1)`,
        );
        await client.end();
      }
    : undefined;
  const care = carePeople > 0 ? await measureCarePages(appUrl, touch) : [];
  if (care.length) {
    console.log(`\nCare pages over ${carePeople.toLocaleString("en")} generated beneficiaries, one request at a time (target: p95 < 300 ms)\n`);
    console.table(care.map((r) => ({ page: r.page, as: r.who, rounds: r.rounds, "p50 ms": r.p50, "p95 ms": r.p95, "max ms": r.max })));
  }
  await cleanup();
  process.exit(results.some((r) => r.errors > 0) ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await cleanup();
  process.exit(1);
}
