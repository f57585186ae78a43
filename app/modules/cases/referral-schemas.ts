import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import { IDENTITY_FIELDS, REFERRAL_STATUSES, SERVICE_KINDS } from "./vocabulary";

/**
 * The referral forms, shared by the forms (Conform, in the browser) and the actions. Messages are i18n
 * keys ("careReferrals:…" or the common namespace's validation keys).
 */

export const REFERRAL_KINDS = ["service", "transfer"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/** Reasons are written for another person to act on: a few words at least. */
export const MIN_REASON_LENGTH = 10;

const reason = (message: string) => z.string({ error: message }).trim().min(MIN_REASON_LENGTH, message).max(2000, "validation.tooLong");

export const SendReferralSchema = z
  .object({
    toOrganisationId: z.uuid("validation.choose"),
    kind: z.enum(REFERRAL_KINDS, "validation.choose"),
    service: z.enum(SERVICE_KINDS, "validation.choose").optional(),
    reason: reason("careReferrals:send.errors.reasonShort"),
    /** The identity fields the sender agrees to share; the server keeps only those the target's mandate needs. */
    sharedFields: z.array(z.enum(IDENTITY_FIELDS)).default([]),
    override: z.boolean().default(false),
    overrideReason: z.string().trim().max(1000, "validation.tooLong").optional(),
  })
  .superRefine((value, context) => {
    if (value.kind === "service" && !value.service) context.addIssue({ code: "custom", path: ["service"], message: "careReferrals:send.errors.serviceRequired" });
    if (value.override && (value.overrideReason ?? "").length < MIN_REASON_LENGTH) {
      context.addIssue({ code: "custom", path: ["overrideReason"], message: "careReferrals:send.errors.overrideReasonShort" });
    }
  });
export type SendReferralInput = z.infer<typeof SendReferralSchema>;

export const REFERRAL_INTENTS = ["accept", "reject", "complete", "revoke"] as const;
export type ReferralIntent = (typeof REFERRAL_INTENTS)[number];

export const AnswerReferralSchema = z.object({
  intent: z.enum(REFERRAL_INTENTS),
  /** The receiving organisation's answer (accept or reject), optional. */
  note: z.string().trim().max(2000, "validation.tooLong").optional(),
});

export const ReferralFilterSchema = z.object({ status: urlFilter(z.enum(REFERRAL_STATUSES)) });
export type ReferralFilter = z.infer<typeof ReferralFilterSchema>;
