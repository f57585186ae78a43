import { z } from "zod";
import { parseAmount } from "~/lib/money";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import { CLAIM_STATUSES, COURT_MILESTONES } from "./vocabulary";

/** Forms of the claims pages, shared by the browser (Conform) and the actions. Messages are i18n keys. */

const NOTES_MAX = 2000;

/** A calendar day; "notFuture" refuses days after today (in India), "notPast" days before it. */
function day(when: "notPast" | "notFuture") {
  return z
    .string()
    .trim()
    .refine((text) => parseCareDay(text) !== null, "careClaims:errors.date")
    .refine((text) => (when === "notPast" ? text >= careToday() : text <= careToday()), when === "notPast" ? "careClaims:errors.datePast" : "careClaims:errors.dateFuture");
}

/** Rupees as typed ("150000" or "150000.50") in paise, more than zero. */
const rupees = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const paise = parseAmount(text.replaceAll(",", ""), "INR");
    if (paise === null) {
      ctx.addIssue({ code: "custom", message: "careClaims:errors.amount" });
      return z.NEVER;
    }
    if (paise <= 0 || paise > 2_000_000_000) {
      ctx.addIssue({ code: "custom", message: paise <= 0 ? "careClaims:errors.amountPositive" : "careClaims:errors.amountTooBig" });
      return z.NEVER;
    }
    return paise;
  });

const notes = z.string().trim().max(NOTES_MAX, "validation.tooLong").optional();

export const NewClaimSchema = z.object({
  schemeId: z.uuid("careClaims:errors.scheme"),
  /** Blank: the scheme's usual authority. */
  authority: z.string().trim().max(200, "validation.tooLong").optional(),
  filedOn: day("notFuture"),
  claimed: rupees,
});
export type NewClaimInput = z.output<typeof NewClaimSchema>;

export const ClaimStatusSchema = z
  .object({
    intent: z.literal("status"),
    /** The status the form was shown in: if the claim moved meanwhile, the change is refused. */
    fromStatus: z.enum(CLAIM_STATUSES),
    toStatus: z.enum(CLAIM_STATUSES, "careClaims:errors.toStatus"),
    occurredOn: day("notFuture"),
    /** The amount awarded or disbursed, for those two statuses. */
    amount: rupees.optional(),
    notes,
  })
  .superRefine((value, ctx) => {
    if ((value.toStatus === "awarded" || value.toStatus === "disbursed") && value.amount === undefined) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: value.toStatus === "awarded" ? "careClaims:errors.awardedAmount" : "careClaims:errors.disbursedAmount" });
    }
  });

export const ScheduleHearingSchema = z.object({
  intent: z.literal("schedule"),
  hearingOn: day("notPast"),
  notes,
});

export const HearingHeldSchema = z.object({
  intent: z.literal("held"),
  occurredOn: day("notFuture"),
  notes,
});

export const CourtMilestoneSchema = z.object({
  intent: z.literal("milestone"),
  milestone: z.enum(COURT_MILESTONES, "careClaims:errors.milestone"),
  occurredOn: day("notFuture"),
  notes,
});

export const CLAIM_ACTION_SCHEMAS = {
  status: ClaimStatusSchema,
  schedule: ScheduleHearingSchema,
  held: HearingHeldSchema,
  milestone: CourtMilestoneSchema,
} as const;
export type ClaimIntent = keyof typeof CLAIM_ACTION_SCHEMAS;
export type ClaimStatusInput = z.output<typeof ClaimStatusSchema>;
export type ScheduleHearingInput = z.output<typeof ScheduleHearingSchema>;
export type HearingHeldInput = z.output<typeof HearingHeldSchema>;
export type CourtMilestoneInput = z.output<typeof CourtMilestoneSchema>;

export function isClaimIntent(value: unknown): value is ClaimIntent {
  return typeof value === "string" && Object.hasOwn(CLAIM_ACTION_SCHEMAS, value);
}
