import type { AddressInfo } from "node:net";
import express, { type Request, type Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { originCheck, securityHeaders } from "./security";

let baseUrl = "";
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  app.use(securityHeaders({ production: true, development: false }));
  app.use(originCheck({ allowedOrigins: ["https://reweave.example.org"] }));
  app.all("*", (_req, res) => res.send(`nonce=${res.locals.cspNonce as string}`));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => close());

describe("security headers", () => {
  it("carry a CSP whose script nonce changes on every response", async () => {
    const [first, second] = await Promise.all([fetch(baseUrl), fetch(baseUrl)]);
    const csp = first.headers.get("content-security-policy")!;
    const nonce = (await first.text()).slice("nonce=".length);
    expect(csp).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(first.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});

describe("origin check", () => {
  const post = (headers: Record<string, string>) => fetch(`${baseUrl}/login`, { method: "POST", headers, body: "email=a" });

  it("lets through the site's own forms and reads", async () => {
    expect((await post({ Origin: baseUrl })).status).toBe(200);
    expect((await post({ Origin: "https://reweave.example.org" })).status).toBe(200);
    expect((await fetch(baseUrl, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
    // No Origin and no browser fetch metadata: a server-to-server call carrying no user's cookies.
    expect((await post({})).status).toBe(200);
  });

  it("refuses a mutation from another site, saying why", async () => {
    const refused = await post({ Origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/Origin/);
    expect((await post({ "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
  });
});

describe("image sources", () => {
  const imgSrcOf = (cloudinaryImages: boolean) => {
    const headers = new Map<string, string>();
    const res = { locals: {}, setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as Response;
    securityHeaders({ production: true, development: false, cloudinaryImages })({} as Request, res, () => {});
    return headers.get("Content-Security-Policy")!.split("; ").find((directive) => directive.startsWith("img-src"));
  };

  it("allow Cloudinary's delivery host only when images are stored there", () => {
    expect(imgSrcOf(false)).toBe("img-src 'self' data: blob:");
    expect(imgSrcOf(true)).toBe("img-src 'self' data: blob: https://res.cloudinary.com");
  });
});

describe("connections from pages", () => {
  const connectSrcOf = (cloudinaryUploads: boolean) => {
    const headers = new Map<string, string>();
    const res = { locals: {}, setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as Response;
    securityHeaders({ production: true, development: false, cloudinaryUploads })({} as Request, res, () => {});
    return headers.get("Content-Security-Policy")!.split("; ").find((directive) => directive.startsWith("connect-src"));
  };

  it("reach Cloudinary's upload API only when photos are uploaded there", () => {
    expect(connectSrcOf(false)).toBe("connect-src 'self'");
    expect(connectSrcOf(true)).toBe("connect-src 'self' https://api.cloudinary.com");
  });
});
