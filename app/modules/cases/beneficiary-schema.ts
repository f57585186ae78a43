import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import { checkWitness, consentDetailFields, optionalText, pastDate } from "./consent-schema";
import { CONSENT_PURPOSES } from "./vocabulary";

/**
 * A person's identity as the registration and edit forms post it, shared by the forms (Conform) and the
 * actions. Only what the work needs is required: a legal name, sex/gender, and a date of birth or an
 * estimated age. Photos and evidence files are checked by the server after parsing.
 */

export const SEX_GENDER_OPTIONS = ["female", "male", "transgender", "non_binary", "other", "undisclosed"] as const;
export type SexGender = (typeof SEX_GENDER_OPTIONS)[number];

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp";
/** The larger of the two files a registration may carry: what the server reads into memory per file. */
export const MAX_CARE_UPLOAD_BYTES = MAX_PHOTO_BYTES;

const identityFields = {
  legalName: z.string({ error: "careBeneficiaries:errors.legalNameRequired" }).trim().min(1, "careBeneficiaries:errors.legalNameRequired").max(200, "validation.tooLong"),
  otherNames: optionalText(200),
  dateOfBirth: pastDate({ required: "careBeneficiaries:errors.dobOrAge", future: "careBeneficiaries:errors.dobFuture", tooEarly: "careBeneficiaries:errors.dateTooEarly" }).optional(),
  estimatedAge: z
    .number({ error: "careBeneficiaries:errors.age" })
    .int("careBeneficiaries:errors.age")
    .min(0, "careBeneficiaries:errors.age")
    .max(120, "careBeneficiaries:errors.age")
    .optional(),
  sexGender: z.enum(SEX_GENDER_OPTIONS, { error: "careBeneficiaries:errors.sexGenderRequired" }),
  phone: optionalText(40),
  address: optionalText(500),
  originDistrict: optionalText(100),
  originState: optionalText(100),
  originCountry: optionalText(100),
  languages: optionalText(200),
  identityDocuments: optionalText(500),
};

function checkBirth(value: { dateOfBirth?: string; estimatedAge?: number }, context: z.RefinementCtx) {
  if (value && !value.dateOfBirth && value.estimatedAge === undefined) {
    context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "careBeneficiaries:errors.dobOrAge" });
  }
}

/** Cross-field checks run even while other fields are wrong, so that every message shows at once. */
export const ALWAYS = { when: () => true };

export const IdentitySchema = z.object(identityFields).superRefine(checkBirth, ALWAYS);
export type IdentityInput = z.output<typeof IdentitySchema>;

/** The edit form: the identity, and whether to remove the photo (a new file replaces it). */
export const IdentityEditSchema = z.object({ ...identityFields, removePhoto: z.boolean().optional() }).superRefine(checkBirth, ALWAYS);

/** Purposes other than case management that can be ticked at registration. */
export const EXTRA_PURPOSES = CONSENT_PURPOSES.filter((purpose) => purpose !== "case_management");

export const RegistrationSchema = z
  .object({
    organisationId: z.uuid({ error: "careBeneficiaries:errors.organisationRequired" }),
    ...identityFields,
    purposes: z
      .array(z.enum(CONSENT_PURPOSES, { error: "validation.choose" }))
      .optional()
      .transform((purposes) => [...new Set(purposes ?? [])])
      .refine((purposes) => purposes.includes("case_management"), "careBeneficiaries:errors.caseManagementRequired"),
    ...consentDetailFields,
    /** Ticked after the warning that someone in the same organisation may be this person. */
    differentPerson: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    checkBirth(value, context);
    checkWitness(value, context);
  }, ALWAYS);
export type RegistrationInput = z.output<typeof RegistrationSchema>;

/** Why an auditor opens a record: written to the audit log with the read. */
export const ReadReasonSchema = z.object({
  reason: z.string({ error: "care:access.reasonRequired" }).trim().min(10, "care:access.reasonRequired").max(500, "validation.tooLong"),
});

export const AnonymiseSchema = z.object({
  reason: z.string({ error: "careBeneficiaries:errors.anonymiseReason" }).trim().min(10, "careBeneficiaries:errors.anonymiseReason").max(500, "validation.tooLong"),
  confirmCode: z.string({ error: "careBeneficiaries:errors.confirmCode" }).trim().min(1, "careBeneficiaries:errors.confirmCode").max(40, "validation.tooLong"),
});

export const MakerLinkSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("link"), makerId: z.uuid({ error: "careBeneficiaries:errors.makerRequired" }) }),
  z.object({ intent: z.literal("unlink") }),
]);

/** The list's search by code and its page, from the address bar. */
export const BeneficiaryListFilterSchema = z.object({
  q: urlFilter(z.string().trim().max(40)),
  page: urlFilter(z.coerce.number().int().min(1).max(100_000)),
});
