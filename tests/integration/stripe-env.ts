import { startStripeFake, WEBHOOK_SECRET } from "./fakes/stripe-fake";

/**
 * Imported first by Stripe test files: starts the fake and points the app at it before anything
 * reads the configuration (it is read once per test file).
 */
export const stripeFake = await startStripeFake();
process.env.STRIPE_SECRET_KEY = "sk_test_reweave";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
process.env.STRIPE_API_URL = stripeFake.url;
