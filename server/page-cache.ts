import type { NextFunction, Request, Response } from "express";
import { onCatalogChange } from "../app/lib/catalog-events";

/**
 * A short-lived cache of whole shop pages for visitors without a session or cart (micro-caching):
 * a popular product page is rendered once every few seconds, not once per buyer. Only pages that
 * are the same for every such visitor are kept, keyed by address, language and currency choices;
 * each response gets its own CSP nonce written into the stored page. Catalog changes (a withdrawn
 * public-profile consent among them) clear it at once.
 */
export interface PageCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Paths whose pages depend only on the address, the language and the currency. */
  paths: RegExp;
  /** Cookies that select language or currency; any other cookie means a personal page. */
  allowedCookies: readonly string[];
}

interface Entry {
  status: number;
  headers: [string, string | string[]][];
  body: string;
  nonce: string;
  expires: number;
}

function cookieNames(header: string | undefined) {
  return (header ?? "")
    .split(";")
    .map((part) => part.split("=")[0]!.trim())
    .filter(Boolean);
}

function cookieValue(header: string | undefined, name: string) {
  const part = (header ?? "").split(";").find((item) => item.trim().startsWith(`${name}=`));
  return part ? part.trim().slice(name.length + 1) : "";
}

export function pageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  onCatalogChange(() => entries.clear());

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || !options.paths.test(req.path)) return next();
    const cookieHeader = req.headers.cookie;
    if (cookieNames(cookieHeader).some((name) => !options.allowedCookies.includes(name))) return next();
    const nonce = String(res.locals.cspNonce ?? "");
    const key = [req.originalUrl, ...options.allowedCookies.map((name) => cookieValue(cookieHeader, name)), req.get("accept-language") ?? ""].join("\n");

    const hit = entries.get(key);
    if (hit && hit.expires > Date.now()) {
      res.status(hit.status);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader("X-Page-Cache", "hit");
      res.end(nonce ? hit.body.replaceAll(hit.nonce, nonce) : hit.body);
      return;
    }
    if (hit) entries.delete(key);

    // Headers our own middleware set (the CSP with this response's nonce, the request id) are not the page's.
    const ownHeaders = new Set(res.getHeaderNames());
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== "function") keep(chunk, rest[0]);
      const cacheable = res.statusCode === 200 && !res.getHeader("set-cookie") && String(res.getHeader("content-type") ?? "").startsWith("text/html");
      if (cacheable && nonce) {
        if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
        const headers = res
          .getHeaderNames()
          .filter((name) => !ownHeaders.has(name) && name !== "content-length" && name !== "content-encoding")
          .map((name) => [name, res.getHeader(name) as string | string[]] as [string, string | string[]]);
        entries.set(key, { status: 200, headers, body: Buffer.concat(chunks).toString("utf8"), nonce, expires: Date.now() + options.ttlMs });
      }
      return end(chunk, ...rest);
    }) as Response["end"];
    next();
  };
}
