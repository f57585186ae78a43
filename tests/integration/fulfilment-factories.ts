import { db } from "~/lib/db.server";
import { submitTestPayment } from "~/modules/orders/index.server";
import { signIn } from "./admin-helpers";
import { createUser } from "./helpers";
import { checkoutForm } from "./order-factories";
import { cartCookieWith, checkout } from "./order-helpers";

/** Makers with studio accounts, coordinators, and orders of their pieces, for the fulfilment tests. */

/** Gives a maker her own studio account (an artisan in her organisation); returns its Cookie header. */
export async function artisanFor(maker: { id: string; organisationId: string }) {
  const user = await createUser(["artisan"], { organisationId: maker.organisationId });
  await db.maker.update({ where: { id: maker.id }, data: { userId: user.id } });
  return { user, cookie: await signIn(user) };
}

export async function coordinatorOf(organisationId: string) {
  const user = await createUser(["coordinator"], { organisationId });
  return { user, cookie: await signIn(user) };
}

/** An order of these variants through the real cart and checkout (the manual provider), paid unless told otherwise. */
export async function orderOf(items: { variantId: string; quantity: number }[], options: { paid?: boolean; form?: Record<string, string> } = {}) {
  let cookie = "";
  for (const item of items) cookie = await cartCookieWith(item.variantId, item.quantity, cookie);
  const form = checkoutForm(options.form);
  const { orderId } = await checkout(cookie, form);
  if (options.paid ?? true) await submitTestPayment(orderId, "pay");
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: { orderBy: { title: "asc" } } } });
  return { order, email: form.email! };
}
