import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

/** Kept apart from vite.config.ts so that the Remix plugin is not loaded under tests. */
/** A fixed key for tests only; real installations generate their own (npm run keygen). */
const TEST_DATA_KEY = "test1:" + Buffer.alloc(32, 7).toString("base64");

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    setupFiles: ["./tests/setup/console.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          env: { LOG_LEVEL: "silent", APP_ENV: "test", NODE_ENV: "test" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["./tests/integration/setup/global-setup.ts"],
          setupFiles: ["./tests/integration/setup/database.ts"],
          env: { LOG_LEVEL: "silent", APP_ENV: "test", NODE_ENV: "test", DATA_KEY: TEST_DATA_KEY },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PostgreSQL runs the files one at a time against copies of one migrated database.
          fileParallelism: !process.env.TEST_DATABASE_URL,
        },
      },
    ],
  },
});
