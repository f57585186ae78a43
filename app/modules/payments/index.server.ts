/** The payments module's public surface. It knows nothing of orders: the orders module calls it. */
export type { CheckoutLine, CheckoutOrder, ConnectedAccountUpdate, PaymentEvent, PaymentEventType, PaymentProvider, PaymentProviderName, RefundRequest, VerifiedEvent } from "./provider";
export { PAYMENT_EVENT_TYPES } from "./provider";
export { getPaymentProvider, paymentProviderNamed, manualPaymentProvider } from "./get-provider.server";
export { ManualPaymentProvider, type TestPaymentOutcome } from "./manual-provider.server";
export { StripePaymentProvider, type StripeSettings } from "./stripe-provider.server";
export { toStripeAmount } from "./stripe-amounts";
export { stripeConnect, canReceiveTransfers, type StripeConnect, type ConnectedAccountStatus } from "./stripe-connect.server";
export { providerErrorSummary } from "./provider-error";
