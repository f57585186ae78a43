import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build on a fresh embedded database (`npm run build` first).
 * No browser is downloaded on these machines: Debian's Chromium is used when it is installed.
 */
const PORT = 3100;
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // The embedded database serialises every query: more workers only wait on each other.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-first-failure",
    locale: "en-GB",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/demo.ts --fresh",
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    // The fresh demo seed alone takes about 50 s; on a loaded machine start-up has taken 100 s.
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      // Links in emails (the order tracking link) point at this server.
      APP_URL: `http://localhost:${PORT}`,
      DATABASE_URL: "file:./data/e2e/pglite",
      DATA_DIR: "./data/e2e",
      APP_ENV: "demo",
      LOG_LEVEL: "warn",
    },
  },
});
