import { db } from "~/lib/db.server";
import { manualPaymentProvider, paymentProviderNamed, type TestPaymentOutcome } from "~/modules/payments/index.server";
import { applyConnectedAccountUpdate, type ConnectOutcome } from "./connect-onboarding.server";
import { handlePaymentEvent, type FulfilmentOutcome } from "./fulfilment.server";
import { buyerOrderView } from "./order-views.server";

/** Where provider events enter the orders module: Stripe's webhook, and the manual provider's Pay and Decline. */

export type WebhookAnswer = { status: 200; outcome: FulfilmentOutcome | ConnectOutcome | "ignored" } | { status: 400 | 404 };

/** Verifies a Stripe webhook on its raw body and fulfils it. 400 for a bad signature (nothing changes). */
export async function receiveStripeWebhook(rawBody: string, headers: Headers): Promise<WebhookAnswer> {
  const provider = paymentProviderNamed("stripe");
  if (!provider) return { status: 404 };
  const verified = await provider.verifyEvent(rawBody, headers);
  if (!verified.ok) return { status: 400 };
  if (verified.account) return { status: 200, outcome: await applyConnectedAccountUpdate(verified.account) };
  if (!verified.event) return { status: 200, outcome: "ignored" };
  return { status: 200, outcome: await handlePaymentEvent(verified.event) };
}

/** The test-payment page of an order: null unless the manual provider is in use and the link's signature is right. */
export async function testPaymentView(orderId: string | undefined, signature: string | null, language: string) {
  const provider = manualPaymentProvider();
  if (!provider || !orderId || !provider.verifyPayLink(orderId, signature)) return null;
  return buyerOrderView(orderId, language);
}

/** Pay or Decline on the test-payment page: a signed event, verified and fulfilled like any webhook. */
export async function submitTestPayment(orderId: string, outcome: TestPaymentOutcome): Promise<FulfilmentOutcome | "not_pending"> {
  const provider = manualPaymentProvider();
  if (!provider) throw new Error("the manual payment provider is not in use");
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true, providerRef: true } });
  if (order?.status !== "pending_payment" || !order.providerRef) return "not_pending";
  const { rawBody, headers } = provider.simulate({ orderId, providerRef: order.providerRef, outcome });
  const verified = await provider.verifyEvent(rawBody, headers);
  if (!verified.ok || !verified.event) throw new Error("the manual provider refused its own event");
  return handlePaymentEvent(verified.event);
}
