import { z } from "zod";

/** The studio's order forms and list filter, shared by the pages and their actions. Messages are i18n keys. */

export const FULFILMENT_TABS = ["to-ship", "shipped", "delivered"] as const;
export type FulfilmentTab = (typeof FULFILMENT_TABS)[number];

export const MakerLinesFilterSchema = z.object({
  tab: z.enum(FULFILMENT_TABS).catch("to-ship"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Carriers suggested in the form; any other name may be typed. */
export const COMMON_CARRIERS = ["India Post", "Speed Post", "DHL", "FedEx", "UPS", "Blue Dart", "DTDC", "Delhivery", "Aramex"] as const;

/** Letters, digits, dashes and spaces, 4 to 40 of them, at least one a letter or digit. */
export const TRACKING_NUMBER_PATTERN = /^(?=.*[A-Za-z0-9])[A-Za-z0-9 -]{4,40}$/;

export const ShipLinesSchema = z.object({
  intent: z.literal("ship"),
  lineIds: z.array(z.uuid()).min(1, "fulfilment:errors.chooseLines").max(200),
  carrier: z
    .string({ error: "fulfilment:errors.carrierRequired" })
    .trim()
    .min(2, "fulfilment:errors.carrierRequired")
    .max(60, "fulfilment:errors.carrierTooLong"),
  trackingNumber: z
    .string({ error: "fulfilment:errors.trackingRequired" })
    .trim()
    .regex(TRACKING_NUMBER_PATTERN, "fulfilment:errors.trackingNumber")
    // Read back over the phone or typed into a carrier's site: one spacing, capitals.
    .transform((value) => value.replace(/\s+/g, " ").toUpperCase()),
});
export type ShipLinesInput = z.output<typeof ShipLinesSchema>;

export const MarkDeliveredSchema = z.object({
  intent: z.literal("delivered"),
  shipmentId: z.uuid(),
});

/** Starting (or continuing) a maker's Stripe onboarding: a button, nothing more. */
export const StartConnectSchema = z.object({ intent: z.literal("start") });
