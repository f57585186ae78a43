import { getEnv } from "~/lib/env.server";
import { ManualPaymentProvider } from "./manual-provider.server";
import type { PaymentProvider } from "./provider";
import { StripePaymentProvider } from "./stripe-provider.server";

let stripe: StripePaymentProvider | undefined;
const manual = new ManualPaymentProvider();

/** The provider new checkouts use: Stripe when STRIPE_SECRET_KEY is set, otherwise the manual test provider. */
export function getPaymentProvider(): PaymentProvider {
  // env validation refuses STRIPE_SECRET_KEY without STRIPE_WEBHOOK_SECRET, so Stripe is there when its key is.
  return (getEnv().STRIPE_SECRET_KEY && paymentProviderNamed("stripe")) || manual;
}

/** The provider that took an order's payment (refunds go back through it), or null when it is not configured. */
export function paymentProviderNamed(name: string): PaymentProvider | null {
  if (name === "manual") return manual;
  if (name !== "stripe") return null;
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null;
  stripe ??= new StripePaymentProvider({
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    connectWebhookSecret: env.STRIPE_CONNECT_WEBHOOK_SECRET,
    apiUrl: env.STRIPE_API_URL,
  });
  return stripe;
}

/** The manual provider's test-payment page exists only while it is the provider in use. */
export function manualPaymentProvider(): ManualPaymentProvider | null {
  return getPaymentProvider().name === "manual" ? manual : null;
}
