import { z } from "zod";
import { careToday } from "~/modules/cases/case-dates";
import { rupees, TEXT_MAX } from "./plan-schemas";
import { ENTERED_INCOME_SOURCES } from "./vocabulary";

/** The month of an income entry, "YYYY-MM", not after this month. */
export const incomeMonth = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "carePlans:errors.month")
  .refine(
    (text) => text <= careToday().slice(0, 7),
    "carePlans:errors.monthFuture"
  );

export const IncomeSchema = z.object({
  intent: z.literal("income"),
  source: z
    .enum(
      ENTERED_INCOME_SOURCES as [string, ...string[]],
      "carePlans:errors.source"
    )
    .transform((value) => value as (typeof ENTERED_INCOME_SOURCES)[number]),
  month: incomeMonth,
  amount: rupees,
  evidence: z
    .string("carePlans:errors.evidence")
    .trim()
    .min(1, "carePlans:errors.evidence")
    .max(TEXT_MAX, "validation.tooLong"),
});
export type IncomeInput = z.output<typeof IncomeSchema>;
