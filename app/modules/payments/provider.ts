import type { Currency } from "~/lib/money";

/**
 * What the orders module needs from a payment service. Stripe when its keys are set, otherwise the
 * offline manual provider; both answer with the same normalised events.
 */

export type PaymentProviderName = "stripe" | "manual";

export const PAYMENT_EVENT_TYPES = ["checkout.completed", "checkout.async_payment_succeeded", "checkout.async_payment_failed", "checkout.expired"] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

/** A provider event in the one shape the orders module fulfils. */
export interface PaymentEvent {
  id: string;
  provider: PaymentProviderName;
  type: PaymentEventType;
  orderId: string;
  paid: boolean;
  providerRef: string;
  /** When the order was paid as a destination charge: the connected account and the share it received. */
  transfer?: { destination: string; amountMinor: number };
}

/** A connected account changed at Stripe (its owner finished onboarding, or Stripe paused it). */
export interface ConnectedAccountUpdate {
  eventId: string;
  accountId: string;
  canReceiveTransfers: boolean;
}

export interface CheckoutLine {
  name: string;
  quantity: number;
  /** Minor units of the order's currency (whole yen for JPY). */
  unitAmountMinor: number;
}

/** An order as a provider needs it to take the payment. Amounts are already in the order's currency. */
export interface CheckoutOrder {
  orderId: string;
  /** RW-000123 */
  number: string;
  version: number;
  currency: Currency;
  email: string;
  language: string;
  lines: CheckoutLine[];
  shippingMinor: number;
  shippingLabel: string;
  /** The country the shipping price was quoted for: the only one the provider may accept. */
  shippingCountry: string;
  description: string;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  /**
   * Pay the maker's share straight to her connected account (a destination charge); the platform keeps
   * the application fee. Only Stripe does this.
   */
  destination?: { accountId: string; amountMinor: number; applicationFeeMinor: number };
}

export type VerifiedEvent =
  /** `event` is null for an authentic event of a kind the shop does not act on. */
  | { ok: true; event: PaymentEvent | null; account?: undefined }
  | { ok: true; event: null; account: ConnectedAccountUpdate }
  | { ok: false; reason: "bad_signature" | "malformed" };

export interface RefundRequest {
  order: { id: string; currency: Currency; providerRef: string | null };
  amountMinor: number;
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly name: PaymentProviderName;
  startCheckout(order: CheckoutOrder): Promise<{ redirectUrl: string; providerRef: string }>;
  verifyEvent(rawBody: string, headers: Headers): Promise<VerifiedEvent>;
  refund(request: RefundRequest): Promise<{ providerRefundId: string }>;
  /** Closes a checkout that was cancelled here, so that it can no longer be paid. Best effort. */
  expireCheckout(providerRef: string): Promise<void>;
}
