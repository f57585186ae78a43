import type Stripe from "stripe";
import { getEnv } from "~/lib/env.server";
import { createStripeClient } from "./stripe-client.server";

/**
 * Stripe Connect for makers: an Express account per maker, onboarded through Stripe's hosted pages
 * (Account Links). Orders of one onboarded maker are then paid as destination charges.
 */

/** Destination charges need the account's `transfers` capability to be active. */
export function canReceiveTransfers(account: Pick<Stripe.Account, "capabilities">): boolean {
  return account.capabilities?.transfers === "active";
}

export interface ConnectedAccountStatus {
  accountId: string;
  canReceiveTransfers: boolean;
  detailsSubmitted: boolean;
}

export class StripeConnect {
  private readonly stripe: Stripe;

  constructor(secretKey: string, apiUrl?: string) {
    this.stripe = createStripeClient(secretKey, apiUrl);
  }

  /** A new Express account; asking twice for the same `reference` (a maker id) within a day returns the same account. */
  async createExpressAccount(input: { reference: string; country: string; email?: string }): Promise<string> {
    const account = await this.stripe.accounts.create(
      {
        type: "express",
        country: input.country,
        email: input.email,
        capabilities: { transfers: { requested: true } },
        metadata: { makerId: input.reference },
      },
      { idempotencyKey: `connect-account:${input.reference}` },
    );
    return account.id;
  }

  /** A single-use link to Stripe's onboarding pages; it expires within minutes, so it is made when it is used. */
  async onboardingLink(input: { accountId: string; refreshUrl: string; returnUrl: string }): Promise<string> {
    const link = await this.stripe.accountLinks.create({ account: input.accountId, type: "account_onboarding", refresh_url: input.refreshUrl, return_url: input.returnUrl });
    return link.url;
  }

  async accountStatus(accountId: string): Promise<ConnectedAccountStatus> {
    const account = await this.stripe.accounts.retrieve(accountId);
    return { accountId: account.id, canReceiveTransfers: canReceiveTransfers(account), detailsSubmitted: account.details_submitted ?? false };
  }
}

let connect: StripeConnect | undefined;

/** Stripe Connect when STRIPE_SECRET_KEY is set; null with the offline provider. */
export function stripeConnect(): StripeConnect | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) return null;
  connect ??= new StripeConnect(env.STRIPE_SECRET_KEY, env.STRIPE_API_URL);
  return connect;
}
