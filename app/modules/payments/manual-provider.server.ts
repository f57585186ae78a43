import { z } from "zod";
import { keyedHash } from "~/lib/crypto.server";
import { safeEqual } from "~/lib/safe-compare.server";
import { PAYMENT_EVENT_TYPES, type CheckoutOrder, type PaymentProvider, type RefundRequest, type VerifiedEvent } from "./provider";

/**
 * The offline default: no money moves. Checkout leads to a test-payment page whose Pay and Decline
 * buttons produce signed events in the same shape as Stripe's, fulfilled by the same code.
 */

const SIGNATURE_HEADER = "x-manual-signature";

const EventBody = z.object({
  id: z.string().min(1).max(200),
  provider: z.literal("manual"),
  type: z.enum(PAYMENT_EVENT_TYPES),
  orderId: z.uuid(),
  paid: z.boolean(),
  providerRef: z.string().min(1).max(200),
});

export type TestPaymentOutcome = "pay" | "decline";

export class ManualPaymentProvider implements PaymentProvider {
  readonly name = "manual" as const;

  /** The signature that opens the test-payment page of an order. */
  payLinkSignature(orderId: string) {
    return keyedHash("manual-payment-page", orderId);
  }

  verifyPayLink(orderId: string, signature: string | null) {
    return Boolean(signature) && safeEqual(signature!, this.payLinkSignature(orderId));
  }

  async startCheckout(order: CheckoutOrder) {
    return {
      redirectUrl: `/pay/${order.orderId}?sig=${encodeURIComponent(this.payLinkSignature(order.orderId))}`,
      providerRef: `manual_${order.orderId}_v${order.version}`,
    };
  }

  /** What pressing Pay or Decline sends: a signed event body, as a webhook would arrive. */
  simulate(input: { orderId: string; providerRef: string; outcome: TestPaymentOutcome }): { rawBody: string; headers: Headers } {
    const paid = input.outcome === "pay";
    const rawBody = JSON.stringify({
      id: `${input.providerRef}:${paid ? "paid" : "declined"}`,
      provider: "manual",
      type: paid ? "checkout.completed" : "checkout.async_payment_failed",
      orderId: input.orderId,
      paid,
      providerRef: input.providerRef,
    });
    return { rawBody, headers: new Headers({ [SIGNATURE_HEADER]: keyedHash("manual-payment-event", rawBody) }) };
  }

  async verifyEvent(rawBody: string, headers: Headers): Promise<VerifiedEvent> {
    const signature = headers.get(SIGNATURE_HEADER);
    if (!signature || !safeEqual(signature, keyedHash("manual-payment-event", rawBody))) return { ok: false, reason: "bad_signature" };
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return { ok: false, reason: "malformed" };
    }
    const body = EventBody.safeParse(parsed);
    return body.success ? { ok: true, event: body.data } : { ok: false, reason: "malformed" };
  }

  async refund(request: RefundRequest) {
    return { providerRefundId: `manual_refund_${keyedHash("manual-refund", request.idempotencyKey).slice(0, 24)}` };
  }

  async expireCheckout() {}
}
