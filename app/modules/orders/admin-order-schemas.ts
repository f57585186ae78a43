import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import { ORDER_STATUSES } from "./order-status";

/** The admin order pages' filter and forms, shared by the pages and their actions. */

export const OrderFilterSchema = z.object({
  q: urlFilter(z.string().trim().max(200)),
  status: urlFilter(z.enum(ORDER_STATUSES)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export const CancelOrderSchema = z.object({
  intent: z.literal("cancel"),
  confirm: z.literal(true, { error: "checkout:admin.errors.confirm" }),
});

export const RefundOrderSchema = z.object({
  intent: z.literal("refund"),
  /** "order" for the whole order, or the id of one line. */
  target: z.union([z.literal("order"), z.uuid()], { error: "validation.choose" }),
  restock: z.boolean().default(false),
  reason: z.string().trim().max(500).optional(),
});
