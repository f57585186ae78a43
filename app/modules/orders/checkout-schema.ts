import { z } from "zod";
import { zodErrorMap } from "~/lib/validation";
import { checkPostalCode } from "./postal-codes";

/**
 * The checkout form, checked the same way in the browser (Conform) and in the action. It holds no
 * prices: the server works them out. The cross-field checks run even while other fields are still
 * wrong (`when`), so that every problem is marked at once.
 */

const AddressFields = z.object({
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  city: z.string().trim().min(1).max(120),
  region: z.string().trim().max(120).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "validation.country"),
});

const always = { when: () => true };
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** What is wrong with the postal code of a (possibly half-valid) address; nothing while the country is unknown. */
function postalCodeIssue(address: unknown): string | null {
  const { country, postalCode } = (address ?? {}) as Record<string, unknown>;
  const code = text(country)?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code)) return null;
  const check = checkPostalCode(code, text(postalCode));
  return check.ok ? null : check.reason === "required" ? "validation.required" : "checkout:errors.postalCode";
}

export const AddressSchema = AddressFields.superRefine((address, ctx) => {
  const issue = postalCodeIssue(address);
  if (issue) ctx.addIssue({ code: "custom", path: ["postalCode"], message: issue });
}, always).transform((address) => {
  const postal = checkPostalCode(address.country, address.postalCode);
  return { ...address, postalCode: postal.ok ? postal.value : address.postalCode };
});
export type Address = z.output<typeof AddressSchema>;

/** The billing fields as posted: checked only when billing differs from shipping. */
const LooseAddress = z.object({
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

/** The form's fields as such, for the browser's constraints (required, maxlength); CheckoutSchema adds the cross-field checks. */
export const CheckoutFields = z.object({
  email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")),
  name: z.string().trim().min(1).max(120),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s().-]{6,20}$/, "checkout:errors.phone")
    .optional(),
  shipping: AddressSchema,
  billingSameAsShipping: z.boolean().default(false),
  billing: LooseAddress.optional(),
});

export const CheckoutSchema = CheckoutFields.superRefine((value, ctx) => {
  const { billingSameAsShipping, billing } = (value ?? {}) as Record<string, unknown>;
  if (billingSameAsShipping === true || billingSameAsShipping === "on") return;
  const parsed = AddressSchema.safeParse(billing ?? {}, { error: zodErrorMap });
  if (parsed.success) return;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: ["billing", ...issue.path.map(String)], message: issue.message });
}, always).transform(({ billing, billingSameAsShipping, ...details }) => ({
  ...details,
  billing: billingSameAsShipping ? details.shipping : AddressSchema.parse(billing),
}));
export type CheckoutDetails = z.output<typeof CheckoutSchema>;
