import fs from "node:fs/promises";
import path from "node:path";
import { db } from "~/lib/db.server";
import { currencyCookie } from "~/lib/buyer-preferences.server";
import { action as cartAction } from "~/routes/_shop.cart";
import { action as checkoutAction } from "~/routes/_shop.checkout";
import { args, locationOf, settle } from "./admin-helpers";
import { cookieFrom, makeRequest } from "./helpers";
import { checkoutForm } from "./order-factories";

/** Driving the buyer's pages as a browser would: cookies carried along, forms posted. */

export async function outbox() {
  const dir = path.join(process.env.DATA_DIR!, "outbox");
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string }));
}

export async function currencyCookieFor(currency: string) {
  return cookieFrom(await currencyCookie.serialize(currency));
}

/** Adds to a new cart through the cart page's action; returns the Cookie header to carry on. */
export async function cartCookieWith(variantId: string, quantity: number, extraCookie = "") {
  const response = await settle(cartAction(args(makeRequest("/cart", { form: { intent: "add", variantId, quantity: String(quantity) }, cookie: extraCookie }))));
  if (!(response instanceof Response) || response.status !== 302) throw new Error(`adding to the cart failed: ${JSON.stringify(response)}`);
  return [cookieFrom(response.headers.get("Set-Cookie")), extraCookie].filter(Boolean).join("; ");
}

/** Posts the checkout form; returns where the buyer is sent and the new order's id. */
export async function checkout(cookie: string, form: Record<string, string> = checkoutForm()) {
  const result = await settle(checkoutAction(args(makeRequest("/checkout", { form, cookie }))));
  const location = locationOf(result);
  const order = await db.order.findFirstOrThrow({ where: { email: form.email }, orderBy: { createdAt: "desc" } });
  return { location: location!, orderId: order.id };
}

/** The sum of an order's ledger entries per account key (kind:owner). */
export async function ledgerOf(orderId: string) {
  const entries = await db.ledgerEntry.findMany({ where: { transaction: { orderId } }, include: { account: true } });
  const byAccount: Record<string, number> = {};
  for (const entry of entries) byAccount[entry.account.key] = (byAccount[entry.account.key] ?? 0) + Number(entry.amountInr);
  return byAccount;
}
