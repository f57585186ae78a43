import { stripeFake } from "./stripe-env";

/** Stripe with a second webhook endpoint for events on connected accounts, signed with its own secret. */
export const CONNECT_WEBHOOK_SECRET = "whsec_connectfakeconnectfake";
process.env.STRIPE_CONNECT_WEBHOOK_SECRET = CONNECT_WEBHOOK_SECRET;
export { stripeFake };
