/** Order and line statuses, in the order an order moves through them. */
export const ORDER_STATUSES = ["pending_payment", "paid", "partly_shipped", "shipped", "delivered", "cancelled", "refunded"] as const;
export type OrderStatusName = (typeof ORDER_STATUSES)[number];

/** Statuses in which money has been taken and can be given back. */
export const REFUNDABLE_STATUSES: readonly OrderStatusName[] = ["paid", "partly_shipped", "shipped", "delivered"];
