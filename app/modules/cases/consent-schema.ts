import { z } from "zod";
import { CONSENT_METHODS, CONSENT_PURPOSES } from "./vocabulary";

/**
 * Consent forms, shared by the forms (Conform, in the browser) and the actions. Messages are i18n keys.
 * Evidence files are not in the schemas: the server checks them (type and size) after parsing.
 */

export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_ACCEPT = "application/pdf,image/jpeg,image/png";

/**
 * Today's date where it is already latest on Earth (UTC+14): a date typed "today" anywhere is never in
 * the future, whichever time zone the server or the browser runs in.
 */
export function latestToday(now: Date = new Date()) {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export const EARLIEST_DATE = "1900-01-01";

/** A past (or today's) calendar day, YYYY-MM-DD, as the date input sends it. */
export function pastDate(messages: { required: string; future: string; tooEarly: string }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, messages.required)
    .pipe(z.iso.date("careBeneficiaries:errors.dateFormat"))
    .refine((day) => day <= latestToday(), messages.future)
    .refine((day) => day >= EARLIEST_DATE, messages.tooEarly);
}

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => value || undefined);

/** Verbal consent needs its witness, a minor's consent her guardian. */
export const METHODS_NEEDING_WITNESS: readonly (typeof CONSENT_METHODS)[number][] = ["verbal_witnessed", "guardian"];

/** How consent was given: shared by registration (for every purpose ticked) and by a new consent. */
export const consentDetailFields = {
  method: z.enum(CONSENT_METHODS, { error: "careBeneficiaries:errors.methodRequired" }),
  givenOn: pastDate({ required: "careBeneficiaries:errors.givenOnRequired", future: "careBeneficiaries:errors.givenOnFuture", tooEarly: "careBeneficiaries:errors.dateTooEarly" }),
  witness: optionalText(200),
};

export function checkWitness(value: { method: string; witness?: string }, context: z.RefinementCtx) {
  if (value && METHODS_NEEDING_WITNESS.includes(value.method as never) && !value.witness) {
    context.addIssue({ code: "custom", path: ["witness"], message: value.method === "guardian" ? "careBeneficiaries:errors.guardianRequired" : "careBeneficiaries:errors.witnessRequired" });
  }
}

export const NewConsentSchema = z
  .object({
    purpose: z.enum(CONSENT_PURPOSES, { error: "careBeneficiaries:errors.purposeRequired" }),
    ...consentDetailFields,
  })
  .superRefine(checkWitness, { when: () => true });
export type NewConsentInput = z.output<typeof NewConsentSchema>;

export const WithdrawConsentSchema = z.object({
  confirm: z.boolean({ error: "careBeneficiaries:errors.confirmWithdrawal" }).refine((ticked) => ticked, "careBeneficiaries:errors.confirmWithdrawal"),
});
