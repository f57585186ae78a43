import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";

/**
 * The server (server/index.ts) replaces this header on every request with the client's address
 * as Express determined it (honouring TRUST_PROXY), so that route code can read it from the Request.
 */
export const CLIENT_IP_HEADER = "x-reweave-client-ip";

export function clientIp(request: Request): string | null {
  return request.headers.get(CLIENT_IP_HEADER);
}

export function userAgent(request: Request): string | null {
  return request.headers.get("user-agent")?.slice(0, 300) ?? null;
}

let sessionCookie: ReturnType<typeof createCookie> | undefined;

/** httpOnly, SameSite=Lax, Secure (with the __Host- prefix) in production. Holds only a random token. */
export function getSessionCookie() {
  if (!sessionCookie) {
    const secure = getEnv().isProduction;
    sessionCookie = createCookie(secure ? "__Host-reweave_session" : "reweave_session", {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
    });
  }
  return sessionCookie;
}

/** A path inside this site to return to, or the fallback: never an absolute URL (open redirects). */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export function redirectTo(location: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Location", location);
  return new Response(null, { status: 302, ...init, headers });
}

/** Thrown for an id that matches nothing the viewer may see: Remix renders it as the 404 page. */
export function notFound(): Response {
  return new Response(JSON.stringify({ reason: "not-found" }), { status: 404, statusText: "Not Found", headers: { "Content-Type": "application/json" } });
}
