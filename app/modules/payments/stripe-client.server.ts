import Stripe from "stripe";

/** One way of making the Stripe SDK's client, pointed at Stripe or (in tests) at a local fake. */
export function createStripeClient(secretKey: string, apiUrl: string | undefined): Stripe {
  const options: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false };
  if (!apiUrl) return new Stripe(secretKey, options);
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return new Stripe(secretKey, { ...options, host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol });
}
