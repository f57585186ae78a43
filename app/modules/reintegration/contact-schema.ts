import { z } from "zod";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";

/** The "Record contact" form of the case page, shared by the browser (Conform) and the action. Messages are i18n keys. */

export const CONTACT_METHODS = ["home_visit", "phone_call", "office_meeting", "other"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const ContactSchema = z.object({
  intent: z.literal("contact"),
  contactedOn: z
    .string("careCases:errors.date")
    .trim()
    .refine((text) => parseCareDay(text) !== null, "careCases:errors.date")
    .refine((text) => text <= careToday(), "careCases:errors.dateFuture"),
  method: z.enum(CONTACT_METHODS, "careAlerts:contact.errors.method"),
  note: z.string().trim().max(4000, "validation.tooLong").optional(),
});
export type ContactInput = z.output<typeof ContactSchema>;
