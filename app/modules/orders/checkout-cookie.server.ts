import { createCookie } from "@remix-run/node";
import { getEnv } from "~/lib/env.server";
import { isValidOrderSignature, orderSignature } from "./tracking.server";

/**
 * Remembers the unpaid order this browser started last (signed like a tracking link), so that
 * starting checkout again releases its stock instead of competing with it.
 */

let cookie: ReturnType<typeof createCookie> | undefined;

function checkoutCookie() {
  cookie ??= createCookie("reweave_checkout", { path: "/", sameSite: "lax", httpOnly: true, secure: getEnv().isProduction, maxAge: 24 * 3_600 });
  return cookie;
}

export async function pendingOrderFrom(request: Request): Promise<string | null> {
  const value: unknown = await checkoutCookie().parse(request.headers.get("Cookie"));
  if (typeof value !== "string") return null;
  const [orderId, signature] = value.split(".");
  return isValidOrderSignature(orderId, signature) ? orderId : null;
}

export const pendingOrderCookieHeader = (orderId: string) => checkoutCookie().serialize(`${orderId}.${orderSignature(orderId)}`);
