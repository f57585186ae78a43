import { z } from "zod";

/** The cart's forms (shared by the page, the product page's "add" form and the action). Messages are i18n keys. */

export const MAX_QUANTITY = 99;

const variantId = z.uuid("checkout:cart.errors.unavailable");
const quantity = z.number("checkout:cart.errors.quantity").int("checkout:cart.errors.quantity").min(1, "checkout:cart.errors.quantity").max(MAX_QUANTITY, "checkout:cart.errors.quantity");

export const AddToCartSchema = z.object({ intent: z.literal("add"), variantId, quantity: quantity.default(1), redirectTo: z.string().max(500).optional() });
export const UpdateCartItemSchema = z.object({ intent: z.literal("update"), variantId, quantity });
export const RemoveCartItemSchema = z.object({ intent: z.literal("remove"), variantId });
export const ShipToSchema = z.object({ intent: z.literal("country"), country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.country") });

export const CartActionSchema = z.discriminatedUnion("intent", [AddToCartSchema, UpdateCartItemSchema, RemoveCartItemSchema, ShipToSchema]);
export type CartAction = z.output<typeof CartActionSchema>;
