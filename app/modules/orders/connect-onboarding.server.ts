import { db } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import { providerErrorSummary, stripeConnect, type ConnectedAccountUpdate } from "~/modules/payments/index.server";
import { refuseForm, type Outcome } from "./outcome";
import { makersOf, type StudioActor } from "./studio-actor.server";

/**
 * Connecting a maker to Stripe: a coordinator (or the artisan herself) starts it, Stripe's hosted pages
 * collect her details, and Stripe's `account.updated` events say when her account can receive her
 * share of a sale. Until then her orders are paid to the platform as before.
 */

export type ConnectState = "not_connected" | "pending" | "ready";

const stateOf = (maker: { stripeAccountId: string | null; stripeChargesEnabled: boolean }): ConnectState =>
  maker.stripeChargesEnabled ? "ready" : maker.stripeAccountId ? "pending" : "not_connected";

const makerSelect = {
  id: true,
  displayName: true,
  userId: true,
  stripeAccountId: true,
  stripeChargesEnabled: true,
  organisation: { select: { name: true, country: true } },
} as const;

/** Whether this installation takes payments with Stripe, so that makers can be connected at all. */
export const connectAvailable = () => stripeConnect() !== null;

/** Makers she may connect, by organisation and name, with where each stands. */
export async function makersForConnect(actor: StudioActor) {
  const makers = await db.maker.findMany({ where: makersOf(actor), orderBy: [{ organisation: { name: "asc" } }, { displayName: "asc" }], select: makerSelect, take: 500 });
  return makers.map((maker) => ({ id: maker.id, displayName: maker.displayName, organisationName: maker.organisation.name, state: stateOf(maker) }));
}

export async function makerConnectView(actor: StudioActor, makerId: string) {
  if (!isUuid(makerId)) return null;
  const maker = await db.maker.findFirst({ where: { AND: [{ id: makerId }, makersOf(actor)] }, select: makerSelect });
  if (!maker) return null;
  return {
    id: maker.id,
    displayName: maker.displayName,
    organisationName: maker.organisation.name,
    state: stateOf(maker),
    onBehalf: maker.userId !== actor.userId,
    stripeConfigured: connectAvailable(),
  };
}

/** Creates her Express account when she has none, then a fresh onboarding link to send her browser to. Null when she is not the actor's to connect. */
export async function startConnectOnboarding(actor: StudioActor, makerId: string, urls: { refreshUrl: string; returnUrl: string }): Promise<Outcome<{ url: string }> | null> {
  if (!isUuid(makerId)) return null;
  const maker = await db.maker.findFirst({ where: { AND: [{ id: makerId }, makersOf(actor)] }, select: { ...makerSelect, organisationId: true, user: { select: { email: true } } } });
  if (!maker) return null;
  const connect = stripeConnect();
  if (!connect) return refuseForm("fulfilment:connect.errors.notConfigured");
  try {
    let accountId = maker.stripeAccountId;
    if (!accountId) {
      accountId = await connect.createExpressAccount({ reference: maker.id, country: maker.organisation.country, email: maker.user?.email });
      // Two taps at once ask Stripe with the same idempotency key and get the same account.
      await db.maker.updateMany({ where: { id: maker.id, stripeAccountId: null }, data: { stripeAccountId: accountId } });
      await recordAudit({
        action: "studio.maker.connect_started",
        actorId: actor.userId,
        ip: actor.ip,
        organisationId: maker.organisationId,
        entityType: "maker",
        entityId: maker.id,
        details: { accountId, onBehalf: maker.userId !== actor.userId },
      });
      forgetCatalogCache();
    }
    return { ok: true, url: await connect.onboardingLink({ accountId, ...urls }) };
  } catch (error) {
    logger.error({ providerError: providerErrorSummary(error), makerId: maker.id }, "starting Stripe onboarding failed");
    return refuseForm("fulfilment:connect.errors.stripe");
  }
}

export type ConnectOutcome = "account_updated" | "account_unchanged" | "unknown_account";

async function setCanReceiveTransfers(accountId: string, canReceiveTransfers: boolean): Promise<ConnectOutcome> {
  const maker = await db.maker.findUnique({ where: { stripeAccountId: accountId }, select: { id: true, organisationId: true, stripeChargesEnabled: true } });
  if (!maker) return "unknown_account";
  if (maker.stripeChargesEnabled === canReceiveTransfers) return "account_unchanged";
  await db.$transaction(async (tx) => {
    await tx.maker.update({ where: { id: maker.id }, data: { stripeChargesEnabled: canReceiveTransfers } });
    await recordAudit(
      { action: "studio.maker.connect_changed", organisationId: maker.organisationId, entityType: "maker", entityId: maker.id, details: { accountId, canReceiveTransfers } },
      tx,
    );
  });
  forgetCatalogCache();
  return "account_updated";
}

/**
 * A verified `account.updated`. Such events can arrive late and out of order, so the account is read
 * again from Stripe and its state now is what counts.
 */
export async function applyConnectedAccountUpdate(update: ConnectedAccountUpdate): Promise<ConnectOutcome> {
  const connect = stripeConnect();
  const current = connect ? await connect.accountStatus(update.accountId) : update;
  return setCanReceiveTransfers(update.accountId, current.canReceiveTransfers);
}

/** When she comes back from Stripe's pages: her account's state now, without waiting for the webhook. */
export async function refreshConnectState(actor: StudioActor, makerId: string): Promise<void> {
  if (!isUuid(makerId)) return;
  const maker = await db.maker.findFirst({ where: { AND: [{ id: makerId }, makersOf(actor)] }, select: { stripeAccountId: true } });
  const connect = stripeConnect();
  if (!maker?.stripeAccountId || !connect) return;
  try {
    const status = await connect.accountStatus(maker.stripeAccountId);
    await setCanReceiveTransfers(maker.stripeAccountId, status.canReceiveTransfers);
  } catch (error) {
    logger.warn({ providerError: providerErrorSummary(error), makerId }, "could not read a connected account's state; the webhook will bring it");
  }
}
