import { countryName, isCountryCode } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { logger } from "~/lib/logger.server";
import type { Currency } from "~/lib/money";
import { getPaymentProvider, paymentProviderNamed, providerErrorSummary, type CheckoutOrder } from "~/modules/payments/index.server";
import { isSellable, variantForSale, type VariantForSale } from "~/modules/catalog/index.server";
import { rateForCurrency } from "./cart.server";
import { destinationChargeFor } from "./connect-checkout.server";
import type { CheckoutDetails } from "./checkout-schema";
import { formatOrderNumber } from "./order-number";
import { refuseField, refuseForm, type Outcome, type Refusal } from "./outcome";
import { orderTotals, priceLine } from "./pricing";
import { holdUntil, lockOrder, releaseExpiredReservations, releaseOrder, reserveStock, type StockShortage } from "./reservations.server";
import { quoteShippingTo } from "./shipping.server";
import { confirmationPath } from "./tracking.server";

/**
 * Starting checkout: everything is priced again from the database (nothing the form says about money
 * counts), the exchange rate is locked on the order, and the order, its lines and its stock
 * reservations are written in one transaction before the buyer is sent to the payment provider.
 */

export interface PlaceOrderInput {
  cartId: string | null;
  details: CheckoutDetails;
  currency: Currency;
  language: string;
  /** An unpaid order this browser started earlier: released first, so that the buyer never competes with herself for stock. */
  supersedes?: string | null;
  now?: Date;
}

class StockShortageError extends Error {
  constructor(readonly shortage: StockShortage) {
    super("not enough stock");
  }
}

function shortageRefusal(title: string, left: number): Refusal {
  return left > 0 ? refuseForm("checkout:errors.onlyLeft", { title, count: left }) : refuseForm("checkout:errors.soldOut", { title });
}

async function releaseEarlierOrder(orderId: string, now: Date) {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true, providerRef: true, paymentProvider: true } });
  if (order?.status !== "pending_payment") return;
  const released = await db.$transaction(async (tx) => {
    await lockOrder(tx, orderId);
    return releaseOrder(tx, orderId, now);
  });
  if (released && order.providerRef) await paymentProviderNamed(order.paymentProvider)?.expireCheckout(order.providerRef);
}

function describe(number: string, lines: readonly { title: string; option: string; quantity: number }[]) {
  const goods = lines.map((line) => `${line.quantity} × ${line.title} (${line.option})`).join(", ");
  return `${number}: handmade goods from Reweave — ${goods}`.slice(0, 1_000);
}

export async function placeOrder(input: PlaceOrderInput): Promise<Outcome<{ orderId: string; redirectUrl: string }>> {
  const now = input.now ?? new Date();
  const { details } = input;
  if (!isCountryCode(details.shipping.country)) return refuseField("shipping.country", "validation.country");
  if (!isCountryCode(details.billing.country)) return refuseField("billing.country", "validation.country");

  await releaseExpiredReservations(now);
  if (input.supersedes) await releaseEarlierOrder(input.supersedes, now);

  const items = input.cartId
    ? await db.cartItem.findMany({ where: { cartId: input.cartId }, orderBy: { addedAt: "asc" }, select: { quantity: true, variant: { select: variantForSale } } })
    : [];
  if (items.length === 0) return refuseForm("checkout:errors.emptyCart");
  const unavailable = items.find((item) => !isSellable(item.variant));
  if (unavailable) return refuseForm("checkout:errors.unavailable", { title: unavailable.variant.product.titleEn });
  const short = items.find((item) => item.quantity > item.variant.stock);
  if (short) return shortageRefusal(short.variant.product.titleEn, short.variant.stock);

  const weightGrams = items.reduce((sum, item) => sum + item.variant.weightGrams * item.quantity, 0);
  const quote = await quoteShippingTo(details.shipping.country, weightGrams);
  if (!quote.ok) {
    return quote.reason === "no_zone"
      ? refuseField("shipping.country", "checkout:errors.cannotShip")
      : refuseForm("checkout:errors.tooHeavy", { kg: (quote.maxWeightGrams ?? 0) / 1_000 });
  }

  const rate = await rateForCurrency(input.currency);
  const lines = items.map(({ quantity, variant }) => ({ quantity, variant, ...priceLine(variant.priceInr, quantity, rate) }));
  const totals = orderTotals(lines, quote.priceInr, rate);
  const provider = getPaymentProvider();
  const destination =
    provider.name === "stripe"
      ? await destinationChargeFor(
          lines.map((line) => ({ makerId: line.variant.product.makerId, organisationId: line.variant.product.organisationId, totalInr: line.totalInr })),
          totals.totalMinor,
          rate,
          now,
        )
      : null;

  let order: { id: string; number: number; version: number };
  try {
    order = await db.$transaction(
      async (tx) => {
        const created = await tx.order.create({
          data: {
            email: details.email,
            name: details.name,
            phone: details.phone ?? null,
            billingAddress: details.billing,
            shippingAddress: details.shipping,
            shippingCountry: details.shipping.country,
            language: input.language,
            currency: rate.currency,
            exchangeRateId: rate.id,
            inrPerUnitMicros: rate.inrPerUnitMicros,
            ...totals,
            weightGrams,
            paymentProvider: provider.name,
            lines: { create: lines.map((line) => orderLineData(line.variant, line)) },
          },
          select: { id: true, number: true, version: true },
        });
        const shortage = await reserveStock(tx, created.id, lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity })), { expiresAt: holdUntil(now) });
        if (shortage) throw new StockShortageError(shortage);
        return created;
      },
      // Many buyers may queue for the same rows; each transaction itself is short.
      { maxWait: 15_000, timeout: 20_000 },
    );
  } catch (error) {
    if (!(error instanceof StockShortageError)) throw error;
    const variant = items.find((item) => item.variant.id === error.shortage.variantId)?.variant;
    return shortageRefusal(variant?.product.titleEn ?? "", error.shortage.left);
  }

  const number = formatOrderNumber(order.number);
  const checkout: CheckoutOrder = {
    orderId: order.id,
    number,
    version: order.version,
    currency: rate.currency,
    email: details.email,
    language: input.language,
    lines: lines.map((line) => ({ name: `${line.variant.product.titleEn} (${line.variant.optionEn})`, quantity: line.quantity, unitAmountMinor: line.unitPriceMinor })),
    shippingMinor: totals.shippingMinor,
    shippingLabel: `Shipping to ${countryName(details.shipping.country, "en")}`,
    shippingCountry: details.shipping.country,
    description: describe(number, lines.map((line) => ({ title: line.variant.product.titleEn, option: line.variant.optionEn, quantity: line.quantity }))),
    successUrl: `${getEnv().APP_URL}${confirmationPath(order.id)}`,
    cancelUrl: `${getEnv().APP_URL}/cart`,
    expiresAt: holdUntil(now),
    ...(destination ? { destination } : {}),
  };
  try {
    const started = await provider.startCheckout(checkout);
    await db.order.update({ where: { id: order.id }, data: { providerRef: started.providerRef } });
    return { ok: true, orderId: order.id, redirectUrl: started.redirectUrl };
  } catch (error) {
    logger.error({ providerError: providerErrorSummary(error), orderId: order.id, provider: provider.name }, "starting the payment failed");
    await db.$transaction(async (tx) => {
      await lockOrder(tx, order.id);
      await releaseOrder(tx, order.id, new Date());
    });
    return refuseForm("checkout:errors.provider");
  }
}

/** A line as the order keeps it: copies of the names and prices, so that later edits of the product change nothing. */
function orderLineData(variant: VariantForSale, line: { quantity: number; unitPriceInr: number; unitPriceMinor: number; totalInr: number; totalMinor: number }) {
  return {
    variantId: variant.id,
    productId: variant.product.id,
    organisationId: variant.product.organisationId,
    makerId: variant.product.makerId,
    title: variant.product.titleEn,
    option: variant.optionEn,
    sku: variant.sku,
    quantity: line.quantity,
    unitPriceInr: line.unitPriceInr,
    unitPriceMinor: line.unitPriceMinor,
    totalInr: line.totalInr,
    totalMinor: line.totalMinor,
  };
}
