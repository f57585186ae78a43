import { keyedHash } from "~/lib/crypto.server";
import { getEnv } from "~/lib/env.server";
import { safeEqual } from "~/lib/safe-compare.server";
import { isUuid } from "~/lib/validation";

/**
 * Buyers have no accounts: their order pages open from links signed with a key only the server holds
 * (`?sig=`), sent to them by email and after checkout. A wrong signature is indistinguishable from no order.
 */

export function orderSignature(orderId: string): string {
  return keyedHash("order-tracking", orderId);
}

export function isValidOrderSignature(orderId: string | undefined, signature: string | null | undefined): orderId is string {
  return isUuid(orderId) && typeof signature === "string" && signature.length > 0 && safeEqual(signature, orderSignature(orderId));
}

const withSignature = (path: string, orderId: string) => `${path}?sig=${encodeURIComponent(orderSignature(orderId))}`;

/** The confirmation page, where the buyer lands after paying. */
export const confirmationPath = (orderId: string) => withSignature(`/orders/${orderId}`, orderId);

export const trackingPath = (orderId: string) => withSignature(`/track/${orderId}`, orderId);

/** The tracking link for emails: absolute. */
export const trackingUrl = (orderId: string) => `${getEnv().APP_URL}${trackingPath(orderId)}`;
