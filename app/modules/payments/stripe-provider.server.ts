import type Stripe from "stripe";
import { isUuid } from "~/lib/validation";
import type { CheckoutOrder, PaymentEventType, PaymentProvider, RefundRequest, VerifiedEvent } from "./provider";
import { toStripeAmount, toStripeCurrency } from "./stripe-amounts";
import { createStripeClient } from "./stripe-client.server";
import { canReceiveTransfers } from "./stripe-connect.server";

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** The signing secret of a second endpoint for events of connected accounts (Stripe signs those separately). */
  connectWebhookSecret?: string;
  /** Only for tests and local fakes: where the SDK sends its requests. */
  apiUrl?: string;
}

const EVENT_TYPES: Partial<Record<string, PaymentEventType>> = {
  "checkout.session.completed": "checkout.completed",
  "checkout.session.async_payment_succeeded": "checkout.async_payment_succeeded",
  "checkout.session.async_payment_failed": "checkout.async_payment_failed",
  "checkout.session.expired": "checkout.expired",
};

/** What the session's metadata says the maker's connected account received (written by startCheckout). */
function transferOf(metadata: Stripe.Metadata | null | undefined) {
  const destination = metadata?.connectDestination;
  const amountMinor = Number(metadata?.connectAmountMinor);
  return destination && Number.isSafeInteger(amountMinor) && amountMinor > 0 ? { destination, amountMinor } : null;
}

/** Stripe Checkout: a hosted payment page per order; fulfilment comes from its signed webhooks. */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = "stripe" as const;
  private readonly stripe: Stripe;

  constructor(private readonly settings: StripeSettings) {
    this.stripe = createStripeClient(settings.secretKey, settings.apiUrl);
  }

  async startCheckout(order: CheckoutOrder) {
    const currency = toStripeCurrency(order.currency);
    const metadata: Record<string, string> = { orderId: order.orderId, orderNumber: order.number };
    const destination = order.destination;
    // Read back from the paid session's webhook: the order was paid as a destination charge to this account.
    if (destination) Object.assign(metadata, { connectDestination: destination.accountId, connectAmountMinor: String(destination.amountMinor) });
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: "payment",
        line_items: order.lines.map((line) => ({
          quantity: line.quantity,
          price_data: { currency, unit_amount: toStripeAmount(line.unitAmountMinor, order.currency), product_data: { name: line.name } },
        })),
        shipping_options: [
          {
            shipping_rate_data: {
              type: "fixed_amount",
              display_name: order.shippingLabel,
              fixed_amount: { amount: toStripeAmount(order.shippingMinor, order.currency), currency },
            },
          },
        ],
        customer_email: order.email,
        client_reference_id: order.orderId,
        metadata,
        // Stripe India accepts international payments only with the buyer's name and addresses and a description of the goods.
        payment_intent_data: {
          description: order.description,
          metadata,
          ...(destination
            ? { transfer_data: { destination: destination.accountId }, application_fee_amount: toStripeAmount(destination.applicationFeeMinor, order.currency) }
            : {}),
        },
        billing_address_collection: "required",
        // Shipping was priced for this country; an address elsewhere would need another price.
        shipping_address_collection: { allowed_countries: [order.shippingCountry] },
        success_url: order.successUrl,
        cancel_url: order.cancelUrl,
        expires_at: Math.floor(order.expiresAt.getTime() / 1000),
        locale: "auto",
      },
      { idempotencyKey: `checkout:${order.orderId}:v${order.version}` },
    );
    if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
    return { redirectUrl: session.url, providerRef: session.id };
  }

  private constructEvent(rawBody: string, signature: string): Stripe.Event | null {
    const secrets = [this.settings.webhookSecret, this.settings.connectWebhookSecret].filter((secret): secret is string => Boolean(secret));
    for (const secret of secrets) {
      try {
        return this.stripe.webhooks.constructEvent(rawBody, signature, secret);
      } catch {
        // Signed with the other endpoint's secret, or forged: try the next one.
      }
    }
    return null;
  }

  async verifyEvent(rawBody: string, headers: Headers): Promise<VerifiedEvent> {
    const signature = headers.get("stripe-signature");
    const event = signature ? this.constructEvent(rawBody, signature) : null;
    if (!event) return { ok: false, reason: "bad_signature" };
    if (event.type === "account.updated") {
      const account = event.data.object;
      return { ok: true, event: null, account: { eventId: event.id, accountId: account.id, canReceiveTransfers: canReceiveTransfers(account) } };
    }
    const type = EVENT_TYPES[event.type];
    if (!type) return { ok: true, event: null };
    const session = event.data.object as Stripe.Checkout.Session;
    const orderId = session.metadata?.orderId ?? session.client_reference_id;
    if (!isUuid(orderId)) return { ok: true, event: null };
    const transfer = transferOf(session.metadata);
    return {
      ok: true,
      event: {
        id: event.id,
        provider: "stripe",
        type,
        orderId,
        paid: session.payment_status === "paid",
        providerRef: session.id,
        ...(transfer ? { transfer } : {}),
      },
    };
  }

  async refund(request: RefundRequest) {
    if (!request.order.providerRef) throw new Error("the order has no Stripe Checkout Session to refund");
    const session = await this.stripe.checkout.sessions.retrieve(request.order.providerRef);
    const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
    if (!paymentIntent) throw new Error("the Checkout Session has no payment to refund");
    const refund = await this.stripe.refunds.create(
      { payment_intent: paymentIntent, amount: toStripeAmount(request.amountMinor, request.order.currency), metadata: { orderId: request.order.id } },
      { idempotencyKey: request.idempotencyKey },
    );
    if (refund.status === "failed" || refund.status === "canceled") throw new Error(`Stripe refused the refund (${refund.status})`);
    return { providerRefundId: refund.id };
  }

  async expireCheckout(providerRef: string) {
    await this.stripe.checkout.sessions.expire(providerRef).catch(() => undefined);
  }
}
