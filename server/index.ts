import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { pinoHttp } from "pino-http";
import { ConfigError, getEnv } from "../app/lib/env.server";
import { CLIENT_IP_HEADER } from "../app/lib/http.server";
import { logger } from "../app/lib/logger.server";
import { pageCache } from "./page-cache";
import { originCheck, securityHeaders } from "./security";

/**
 * The HTTP server: Express in front of Remix. Serves the production build (`npm start`, `npm run demo`)
 * or, with NODE_ENV=development, Vite's dev server (`npm run dev`).
 */

let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const development = env.NODE_ENV === "development";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const viteDevServer = development
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true }, root }))
  : undefined;

async function loadBuild(): Promise<ServerBuild> {
  if (viteDevServer) return (await viteDevServer.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  return (await import(path.join(root, "build/server/index.js"))) as ServerBuild;
}

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY);

app.get("/__live", (_req, res) => res.type("text/plain").send("ok"));

if (!viteDevServer) {
  // Built scripts and styles, named by content hash: cached for a year, compressed, and served before
  // logging and the page security headers (a CSP means nothing on a script; phones pay for every header byte).
  app.use(
    "/assets",
    compression(),
    express.static(path.join(root, "build/client/assets"), {
      immutable: true,
      maxAge: "1y",
      etag: false,
      lastModified: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader("X-Content-Type-Options", "nosniff"),
    }),
  );
}

app.use(
  pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = crypto.randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    // Only the path: query strings can carry tokens and search terms.
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split("?")[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    autoLogging: { ignore: (req) => req.url?.startsWith("/assets/") ?? false },
  }),
);
app.use(compression());
app.use(securityHeaders({ production: env.isProduction, development, cloudinaryImages: Boolean(env.CLOUDINARY_URL), cloudinaryUploads: Boolean(env.CLOUDINARY_URL) }));
app.use(originCheck({ allowedOrigins: [env.APP_URL] }));
app.use((req, _res, next) => {
  // Never trust a client-sent copy of this header; set it from what Express determined.
  req.headers[CLIENT_IP_HEADER] = req.ip ?? "";
  next();
});

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  // Only paths that name a file (favicon.svg, robots.txt) look on disk: pages and Remix's .data
  // requests skip the stat calls.
  const publicFiles = express.static(path.join(root, "build/client"), { maxAge: "1h", index: false });
  const namesFile = (urlPath: string) => /\.[a-z0-9]+$/i.test(urlPath) && !urlPath.endsWith(".data");
  app.use((req, res, next) => (namesFile(req.path) ? publicFiles(req, res, next) : next()));
}

if (!viteDevServer && env.PAGE_CACHE_SECONDS > 0) {
  app.use(
    pageCache({
      ttlMs: env.PAGE_CACHE_SECONDS * 1000,
      maxEntries: 500,
      // The shop's public pages: home, search and listings, product and maker pages.
      paths: /^\/(products(\/[^/.]+)?|categories\/[^/.]+|makers\/[^/.]+)?$/,
      allowedCookies: ["lng", "currency"],
    }),
  );
}

const build = viteDevServer ? loadBuild : await loadBuild();
app.all(
  "*",
  createRequestHandler({
    build,
    mode: development ? "development" : "production",
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);

const server = app.listen(env.PORT, () => {
  logger.info({ port: env.PORT, appEnv: env.APP_ENV, database: env.database.kind }, `Reweave is listening on http://localhost:${env.PORT}`);
});

async function shutdown(signal: string) {
  logger.info({ signal }, "shutting down");
  server.close();
  server.closeAllConnections();
  const entry = (typeof build === "function" ? await build() : build).entry.module as { closeDatabase?: () => Promise<void> };
  await entry.closeDatabase?.().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
  await viteDevServer?.close();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
