import net from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";

/**
 * With PostgreSQL behind a TCP proxy that we can cut: while the database is unreachable, pages answer
 * 503 (rendered as "temporarily unavailable"); once it is back, the same process serves again.
 * Only meaningful against a server (TEST_DATABASE_URL); the embedded database cannot go away.
 */
const usesPostgres = Boolean(inject("postgresTemplateUrl"));

class CuttableProxy {
  private server: net.Server | undefined;
  private sockets = new Set<net.Socket>();
  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  async start() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async cut() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }
}

async function freePort() {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let proxy: CuttableProxy | undefined;
if (usesPostgres) {
  const url = new URL(process.env.DATABASE_URL!);
  proxy = new CuttableProxy({ host: url.hostname, port: Number(url.port || 5432) }, await freePort());
  await proxy.start();
  url.host = `127.0.0.1:${proxy.port}`;
  process.env.DATABASE_URL = url.toString();
}

afterAll(async () => {
  await proxy?.cut();
});

describe.skipIf(!usesPostgres)("when the database cannot be reached", () => {
  it("pages answer 503, and the app recovers when the database is back", async () => {
    const { loader: rootLoader } = await import("~/root");
    const { loader: healthLoader } = await import("~/routes/healthz");
    const { makeRequest } = await import("./helpers");
    const { takeConsoleErrors } = await import("../setup/console");
    const load = () => rootLoader({ request: makeRequest("/"), params: {}, context: {} });

    await expect(load()).resolves.toMatchObject({ language: "en", user: null });
    // A signed-in visitor makes the root loader read the session table.
    const withCookie = () => rootLoader({ request: makeRequest("/", { cookie: "reweave_session=InNvbWV0b2tlbiI%3D" }), params: {}, context: {} });
    await expect(withCookie()).resolves.toMatchObject({ user: null });

    await proxy!.cut();
    const failure = await withCookie().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Response);
    expect((failure as Response).status).toBe(503);
    expect(await (failure as Response).json()).toEqual({ reason: "database-unavailable" });
    expect((await healthLoader()).status).toBe(503);

    await proxy!.start();
    await expect(withCookie()).resolves.toMatchObject({ user: null });
    expect((await healthLoader()).status).toBe(200);
    takeConsoleErrors();
  });
});
