import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: {
    // PGlite writes into data/ constantly; watching it would reload the page on every query.
    watch: { ignored: ["**/data/**", "**/test-results/**", "**/playwright-report/**"] },
    // Several dev servers on one machine need their own hot-reload ports.
    hmr: { port: Number(process.env.HMR_PORT ?? 24678) },
  },
  optimizeDeps: {
    // Server-only packages: Vite must not try to pre-bundle them for the browser.
    exclude: ["@prisma/client", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "@node-rs/argon2", "pg", "nodemailer", "pino", "qrcode"],
  },
  build: { target: "es2022" },
  plugins: [
    tailwindcss(),
    remix({
      ignoredRouteFiles: ["**/*.test.*", "**/.*"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
});
