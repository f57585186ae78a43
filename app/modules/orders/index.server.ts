/** The orders module's public surface: carts, checkout, stock holds, fulfilment, tracking, refunds and admin views. */
export {
  cartIdFrom,
  cartCookieHeader,
  shipToCountry,
  shipToCookieHeader,
  addToCart,
  setCartQuantity,
  removeFromCart,
  clearCart,
  cartItemCount,
  cartSummary,
  type CartLine,
  type CartSummary,
  type ShippingEstimate,
} from "./cart.server";
export { placeOrder, type PlaceOrderInput } from "./checkout.server";
export { pendingOrderFrom, pendingOrderCookieHeader } from "./checkout-cookie.server";
export { releaseExpiredReservations, startReservationSweeper, HOLD_MINUTES } from "./reservations.server";
export { handlePaymentEvent, type FulfilmentOutcome } from "./fulfilment.server";
export { receiveStripeWebhook, testPaymentView, submitTestPayment, type WebhookAnswer } from "./payment-flow.server";
export { orderSignature, isValidOrderSignature, confirmationPath, trackingPath, trackingUrl } from "./tracking.server";
export { buyerOrderView, maskEmail, type BuyerOrderView, type AddressView } from "./order-views.server";
export { cancelOrder, refundOrder, refundKey, type RefundInput, type Actor } from "./refunds.server";
export { listOrdersForAdmin, getOrderForAdmin, ORDERS_PAGE_SIZE, type OrderFilter, type OrderScope, type AdminOrder } from "./admin-orders.server";
export { sendOrderConfirmation, sendPaymentFailedNotice, sendShipmentNotice } from "./order-emails.server";
export { shippingZones, quoteShippingTo } from "./shipping.server";
export type { StudioActor } from "./studio-actor.server";
export { listMakerLines, countLinesToShip, makerOrderView, packingSlip, MAKER_LINES_PAGE_SIZE, type MakerOrderView, type PackingSlip, type ShipTo } from "./maker-lines.server";
export { recordShipment, markShipmentDelivered, type ShipmentInput } from "./shipments.server";
export { connectAvailable, makersForConnect, makerConnectView, startConnectOnboarding, refreshConnectState, applyConnectedAccountUpdate, type ConnectState, type ConnectOutcome } from "./connect-onboarding.server";
