import { z } from "zod";

/** The admin form for a category; shared by the form and the action. Messages are i18n keys. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => value || null);

export const CategorySchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "adminShop:categories.errors.slug")
    .max(60, "validation.tooLong"),
  nameEn: z.string().trim().min(1).max(80, "validation.tooLong"),
  nameHi: optionalText(80),
  descriptionEn: optionalText(400),
  descriptionHi: optionalText(400),
  position: z.coerce.number({ error: "adminShop:categories.errors.position" }).int("adminShop:categories.errors.position").min(0, "adminShop:categories.errors.position").max(999, "adminShop:categories.errors.position").default(0),
});

export type CategoryInput = z.output<typeof CategorySchema>;
