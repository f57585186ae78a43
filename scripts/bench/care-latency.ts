/**
 * Latency of the care pages that aggregate over the whole caseload, measured one request at a time
 * (what a supervisor or caseworker waits for), as p50 / p95 / max over `rounds` requests after a
 * warm-up. Signs in through the real login form.
 */
import { DEMO_PASSWORD } from "~/lib/demo-accounts";

export interface LatencyResult {
  page: string;
  who: string;
  p50: number;
  p95: number;
  max: number;
  rounds: number;
}

async function signIn(base: string, email: string) {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, redirectTo: "" }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`could not sign in ${email} (${response.status})`);
  return cookie;
}

function percentile(sorted: number[], share: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

async function time(base: string, path: string, cookie: string, mustContain: string) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (!response.ok || !body.includes(mustContain)) throw new Error(`${path} answered ${response.status} without "${mustContain}"`);
  return elapsed;
}

/**
 * `touch` (PostgreSQL only) changes one month's income of one person in the supervisor's organisation, as
 * a caseworker would, so that the dashboard is also timed as the first view after a change: her outcome
 * rows recomputed and the figures counted afresh rather than read from the snapshot.
 */
export async function measureCarePages(base: string, touch?: () => Promise<void>, rounds = 60): Promise<LatencyResult[]> {
  const dashboard = { path: "/care/outcomes", who: "supervisor@demo.reweave.org", mustContain: "<table" };
  const pages = [
    { page: "/care/outcomes (cohort dashboard)", ...dashboard },
    ...(touch
      ? [
          { page: "/care/outcomes, first view after a change", ...dashboard, before: touch, rounds: 40 },
          // The coordinator's default scope is both her organisations: the several-organisation path.
          { page: "/care/outcomes, two organisations, first view after a change", ...dashboard, who: "coordinator@demo.reweave.org", before: touch, rounds: 20 },
        ]
      : []),
    { page: "/care (caseworker home with alerts)", path: "/care", who: "caseworker@demo.reweave.org", mustContain: "<h1" },
  ];
  const results: LatencyResult[] = [];
  for (const { page, path, who, mustContain, ...options } of pages) {
    const before = "before" in options ? options.before : undefined;
    const count = "rounds" in options ? options.rounds : rounds;
    const cookie = await signIn(base, who);
    for (let i = 0; i < 3; i++) await time(base, path, cookie, mustContain);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      await before?.();
      samples.push(await time(base, path, cookie, mustContain));
    }
    samples.sort((a, b) => a - b);
    results.push({ page, who, p50: Math.round(percentile(samples, 0.5)), p95: Math.round(percentile(samples, 0.95)), max: Math.round(samples.at(-1)!), rounds: count });
  }
  return results;
}
