import { z } from "zod";
import { parseAmount } from "~/lib/money";
import { parseDay } from "./calendar";

/** The coordinator's payout form; shared by the form and the action. Messages are i18n keys. */

export const PAYOUT_METHODS = ["bank_transfer", "upi", "cash"] as const;

export const PayoutSchema = z.object({
  makerId: z.uuid("earnings:payouts.errors.maker"),
  amount: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const paise = parseAmount(text, "INR");
      if (paise === null && !/^-\s*\d/.test(text)) {
        ctx.addIssue({ code: "custom", message: "earnings:payouts.errors.amount" });
        return z.NEVER;
      }
      if (paise === null || paise <= 0) {
        ctx.addIssue({ code: "custom", message: "earnings:payouts.errors.notPositive" });
        return z.NEVER;
      }
      return paise;
    }),
  method: z.enum(PAYOUT_METHODS, "earnings:payouts.errors.method"),
  reference: z.string().trim().min(1).max(120, "earnings:payouts.errors.referenceTooLong"),
  paidOn: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const day = parseDay(text);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "earnings:payouts.errors.date" });
        return z.NEVER;
      }
      return day;
    }),
});

export type PayoutForm = z.output<typeof PayoutSchema>;
