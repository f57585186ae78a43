import { z } from "zod";

/** The admin form for a new fee rule; shared by the form and the action. Messages are i18n keys. */

const percent = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "adminShop:fees.errors.percent")
  .refine((value) => Number(value) <= 100, "adminShop:fees.errors.percent");
const rupees = z.string().trim().regex(/^\d{1,7}(\.\d{1,2})?$/, "adminShop:fees.errors.flat");

export const FeeRuleSchema = z
  .object({
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "adminShop:fees.errors.validFrom"),
    cooperativePercent: percent,
    cooperativeFlat: rupees,
    platformPercent: percent,
    platformFlat: rupees,
    holdDays: z.coerce.number({ error: "adminShop:fees.errors.holdDays" }).int("adminShop:fees.errors.holdDays").min(0, "adminShop:fees.errors.holdDays").max(90, "adminShop:fees.errors.holdDays"),
  })
  .refine((rule) => Number(rule.cooperativePercent) + Number(rule.platformPercent) <= 100, { path: ["platformPercent"], message: "adminShop:fees.errors.total" });

/** "12.5" percent as basis points (1,250), exactly. */
export function percentToBasisPoints(text: string): number {
  const [whole, fraction = ""] = text.trim().split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}
