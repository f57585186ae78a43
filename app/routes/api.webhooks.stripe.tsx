import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveStripeWebhook } from "~/modules/orders/index.server";

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

export function loader() {
  return json({ reason: "method-not-allowed" }, 405);
}

/** Stripe's webhook: the signature is checked on the raw body, so it is read as text and nothing else. */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return json({ reason: "method-not-allowed" }, 405);
  const answer = await receiveStripeWebhook(await request.text(), request.headers);
  if (answer.status !== 200) return json({ reason: answer.status === 404 ? "not-found" : "bad-signature" }, answer.status);
  return json({ received: true, outcome: answer.outcome }, 200);
}
