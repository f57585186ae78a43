import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { announceCatalogChange } from "../app/lib/catalog-events";
import { pageCache } from "./page-cache";

let baseUrl = "";
let renders = 0;
let close: () => void = () => {};

beforeAll(async () => {
  const app = express();
  let nonces = 0;
  app.use((_req, res, next) => {
    res.locals.cspNonce = `nonce-${++nonces}-abcdefghij`;
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${res.locals.cspNonce as string}'`);
    next();
  });
  app.use(pageCache({ ttlMs: 60_000, maxEntries: 10, paths: /^\/(products(\/[^/.]+)?)?$/, allowedCookies: ["lng", "currency"] }));
  app.get("/products/:slug", (req, res) => {
    renders += 1;
    if (req.params.slug === "with-cookie") res.setHeader("Set-Cookie", "cart=1");
    if (req.params.slug === "missing") return res.status(404).type("html").send("<h1>Not found</h1>");
    res.type("html");
    res.write(`<script nonce="${res.locals.cspNonce as string}">page ${req.params.slug}</script>`);
    res.end(`<p lang="${req.get("accept-language") ?? ""}">render ${renders}</p>`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl}${path}`, { headers });

describe("page cache", () => {
  it("serves a repeat visit from memory with this response's own nonce", async () => {
    const first = await get("/products/honey");
    const before = renders;
    const second = await get("/products/honey");
    const body = await second.text();

    expect(renders).toBe(before);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const nonce = second.headers.get("content-security-policy")!.match(/nonce-(nonce-\d+-abcdefghij)/)![1]!;
    expect(body).toContain(`<script nonce="${nonce}">page honey</script>`);
    expect(body).not.toContain((await first.text()).match(/nonce="([^"]+)"/)![1]);
  });

  it("keeps pages apart by language and currency choices, and renders anew for them", async () => {
    await get("/products/silk", { "Accept-Language": "hi" });
    const before = renders;
    const english = await (await get("/products/silk", { "Accept-Language": "en" })).text();
    await get("/products/silk", { Cookie: "currency=EUR" });
    expect(renders).toBe(before + 2);
    expect(english).toContain('lang="en"');
  });

  it("never serves or keeps personal pages: other cookies, Set-Cookie, errors", async () => {
    await get("/products/bowl", { Cookie: "reweave_session=abc" });
    const afterSession = renders;
    await get("/products/bowl", { Cookie: "reweave_session=abc" });
    expect(renders).toBe(afterSession + 1);

    await get("/products/with-cookie");
    const afterCookie = renders;
    await get("/products/with-cookie");
    expect(renders).toBe(afterCookie + 1);

    await get("/products/missing");
    const afterMissing = renders;
    await get("/products/missing");
    expect(renders).toBe(afterMissing + 1);
  });

  it("forgets everything when the catalog changes", async () => {
    await get("/products/basket");
    const before = renders;
    announceCatalogChange();
    await get("/products/basket");
    expect(renders).toBe(before + 1);
  });
});
