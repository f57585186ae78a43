import { z } from "zod";
import { CURRENCIES } from "~/lib/money";

/** Admin forms for exchange rates; shared by the form and the action. Messages are i18n keys. */

export const FOREIGN_CURRENCIES = CURRENCIES.filter((currency) => currency !== "INR") as [Exclude<(typeof CURRENCIES)[number], "INR">, ...Exclude<(typeof CURRENCIES)[number], "INR">[]];

export const AddRateSchema = z.object({
  intent: z.literal("add"),
  currency: z.enum(FOREIGN_CURRENCIES),
  rate: z
    .string()
    .trim()
    .regex(/^\d{1,9}(\.\d{1,6})?$/, "adminShop:rates.errors.rate")
    .refine((value) => Number(value) > 0, "adminShop:rates.errors.rate"),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "adminShop:rates.errors.validFrom"),
});

export const MAX_RATES_CSV_BYTES = 1_000_000;
