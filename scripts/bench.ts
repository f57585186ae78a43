/**
 * `npm run bench`: serves the production build and measures pages with autocannon, beside a bare
 * node:http server returning the same bytes, in the same run. Figures are ratios: the machines are
 * shared and noisy, so absolute numbers from different runs do not compare.
 *
 *   BENCH_DATABASE_URL=postgres://… npm run bench    (default: a fresh embedded database)
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=50
 */
import "./load-env";
import { fork, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const appPort = 3900;
const barePort = 3901;
const root = path.resolve(import.meta.dirname, "..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "reweave-bench-"));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dataDir, "pglite")}`;

interface Scenario {
  name: string;
  path: string;
  /** The bare node:http server answers this scenario with the same bytes. */
  baseline?: boolean;
}

/** Later modules add their pages here. */
const SCENARIOS: Scenario[] = [{ name: "home page", path: "/", baseline: true }];

const children: ChildProcess[] = [];
function cleanup() {
  for (const child of children) child.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.on("exit", cleanup);

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

async function startApp() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    APP_ENV: "demo",
    PORT: String(appPort),
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
  };
  // Migrate and seed in a separate process (the embedded database admits one process at a time).
  await new Promise<void>((resolve, reject) => {
    const prepare = spawn(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    prepare.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed (${code})`))));
  });
  const server = spawn(process.execPath, ["build/server.js"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  children.push(server);
  await waitFor(`http://127.0.0.1:${appPort}/healthz`);
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

async function measure(name: string, target: string, url: string): Promise<Result> {
  // A short warm-up so that lazily compiled code and caches do not count.
  await autocannon({ url, connections, duration: 2 });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    name,
    target,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

await startApp();
const results: Result[] = [];
for (const scenario of SCENARIOS) {
  const url = `http://127.0.0.1:${appPort}${scenario.path}`;
  results.push(await measure(scenario.name, "app", url));
  if (scenario.baseline) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    await startBare(body);
    results.push(await measure(scenario.name, `bare node:http (${body.length} bytes)`, `http://127.0.0.1:${barePort}/`));
  }
}

console.log(`\n${connections} connections, ${seconds} s each, database ${databaseUrl.startsWith("postgres") ? "PostgreSQL" : "embedded PGlite"}, ${os.cpus().length} cores\n`);
console.table(results.map((r) => ({ scenario: r.name, server: r.target, "req/s": r.requestsPerSecond, "p50 ms": r.p50, "p99 ms": r.p99, errors: r.errors })));
for (const scenario of SCENARIOS.filter((s) => s.baseline)) {
  const [app, bare] = results.filter((r) => r.name === scenario.name);
  if (app && bare) console.log(`${scenario.name}: the app serves ${(app.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} of the bare server's throughput`);
}
cleanup();
process.exit(results.some((r) => r.errors > 0) ? 1 : 0);
