import { z } from "zod";

/** The admin form for a shipping zone; shared by the form and the action. Messages are i18n keys. */

const WEIGHT = /^\d{1,6}$/;
const PRICE = /^\d{1,7}(\.\d{1,2})?$/;

const bandRow = z.object({ maxWeightGrams: z.string().trim().optional(), price: z.string().trim().optional() });
const isBlank = (row: z.infer<typeof bandRow>) => !row.maxWeightGrams && !row.price;

export const ZoneSchema = z.object({
  countries: z
    .string()
    .optional()
    .transform((text) => [...new Set((text ?? "").toUpperCase().split(/[\s,;]+/).filter(Boolean))]),
  // Blank rows (the spare ones on the form) are dropped; errors keep the row's own position.
  bands: z
    .array(bandRow)
    .default([])
    .superRefine((rows, ctx) => {
      const weights = new Set<number>();
      rows.forEach((row, index) => {
        if (isBlank(row)) return;
        const weight = Number(row.maxWeightGrams);
        if (!WEIGHT.test(row.maxWeightGrams ?? "") || weight < 1 || weight > 100_000) {
          ctx.addIssue({ code: "custom", path: [index, "maxWeightGrams"], message: "adminShop:shipping.errors.weight" });
        } else if (weights.has(weight)) {
          ctx.addIssue({ code: "custom", path: [index, "maxWeightGrams"], message: "adminShop:shipping.errors.duplicateWeight" });
        }
        weights.add(weight);
        if (!PRICE.test(row.price ?? "")) ctx.addIssue({ code: "custom", path: [index, "price"], message: "adminShop:shipping.errors.price" });
      });
      if (rows.every(isBlank)) ctx.addIssue({ code: "custom", message: "adminShop:shipping.errors.noBands" });
    })
    .transform((rows) => rows.filter((row) => !isBlank(row)).map((row) => ({ maxWeightGrams: Number(row.maxWeightGrams), price: row.price! }))),
});

/** Rows shown for new bands below the existing ones. */
export const EMPTY_BAND_ROWS = 2;
