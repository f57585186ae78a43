import { z } from "zod";
import { SUPPORTED_LANGUAGES } from "~/lib/i18n";
import { urlFilter } from "~/lib/validation";
import { MANDATES, ORGANISATION_KINDS, ROLES } from "./roles";

/** Form schemas shared by the browser (Conform) and the server actions. Messages are i18n keys. */

export const MIN_PASSWORD_LENGTH = 12;

const email = z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email"));
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "validation.passwordTooShort")
  .max(256, "validation.tooLong");
const name = z.string().trim().min(1).max(120);
const language = z.enum(SUPPORTED_LANGUAGES);

export const LoginSchema = z.object({
  email,
  password: z.string().min(1).max(1024),
  redirectTo: z.string().optional(),
});

export const TwoFactorCodeSchema = z.object({
  code: z.string().trim().regex(/^\d{6}$/, "validation.sixDigits"),
  redirectTo: z.string().optional(),
});

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({ token: z.string().min(1), password: newPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "validation.passwordsDiffer" });

export const ChangePasswordSchema = z
  .object({ currentPassword: z.string().min(1), password: newPassword, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "validation.passwordsDiffer" });

export const ProfileSchema = z.object({ name, preferredLanguage: language });

export const OrganisationSchema = z.object({
  name: z.string().trim().min(2, "validation.required").max(160),
  kind: z.enum(ORGANISATION_KINDS),
  country: z.string().trim().regex(/^[A-Z]{2}$/, "validation.country"),
  region: z.string().trim().min(1).max(120),
  mandates: z.array(z.enum(MANDATES)).default([]),
  requireTwoFactor: z.boolean().default(false),
  trustApprovedArtisans: z.boolean().default(false),
  caseworkersSeeOwnCasesOnly: z.boolean().default(false),
  /** Left empty, a new organisation's codes start with RWV. */
  beneficiaryCodePrefix: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, "validation.codePrefix"))
    .optional(),
});

export const NewUserSchema = z.object({
  email,
  name,
  preferredLanguage: language,
  organisationId: z.uuid("validation.choose"),
  role: z.enum(ROLES),
});

export const EditUserSchema = z.object({ intent: z.literal("update"), email, name, preferredLanguage: language });

export const AddMembershipSchema = z.object({
  intent: z.literal("add-membership"),
  organisationId: z.uuid("validation.choose"),
  role: z.enum(ROLES),
});

export const DeactivateUserSchema = z.object({
  intent: z.literal("deactivate"),
  confirm: z.literal(true, { error: "admin:users.status.confirmRequired" }),
});

export const ReactivateUserSchema = z.object({ intent: z.literal("reactivate") });

export const RemoveMembershipSchema = z.object({ intent: z.literal("remove-membership"), membershipId: z.uuid() });

export const UserFilterSchema = z.object({
  q: urlFilter(z.string().trim().max(200)),
  organisationId: urlFilter(z.uuid()),
  role: urlFilter(z.enum(ROLES)),
  status: urlFilter(z.enum(["active", "deactivated"])),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
