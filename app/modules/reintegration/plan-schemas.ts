import { z } from "zod";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import {
  LIVELIHOOD_TRACKS,
  MILESTONE_KINDS,
  MILESTONE_RULES,
} from "./vocabulary";

/** Forms of the reintegration plan page, shared by the browser and the actions. Messages are i18n keys. */

/** Stages in which a case can have a reintegration plan. */
export const PLAN_STAGES = ["reintegration", "recompensation"] as const;

export const TEXT_MAX = 2000;

/** A calendar day ("YYYY-MM-DD"); "notFuture" refuses days after today (India). */
export function planDay(when: "any" | "notFuture" = "any") {
  const valid = z
    .string()
    .trim()
    .refine((text) => parseCareDay(text) !== null, "carePlans:errors.date");
  return when === "notFuture"
    ? valid.refine((text) => text <= careToday(), "carePlans:errors.dateFuture")
    : valid;
}

/** Rupees as typed ("4500" or "4500.50", zero or more) to paise. */
export const rupees = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "carePlans:errors.amount")
  .transform((text) => {
    const [whole, fraction = ""] = text.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  });

export const PlanSchema = z.object({
  intent: z.literal("plan"),
  livelihoodTrack: z.enum(LIVELIHOOD_TRACKS, "carePlans:errors.track"),
  goals: z.string().trim().max(TEXT_MAX, "validation.tooLong").optional(),
  targetMonthlyIncome: rupees,
  startOn: planDay(),
});
export type PlanInput = z.output<typeof PlanSchema>;

export const MilestoneSchema = z
  .object({
    intent: z.literal("milestone"),
    kind: z.enum(MILESTONE_KINDS, "carePlans:errors.kind"),
    title: z.string().trim().min(1).max(200, "validation.tooLong"),
    dueOn: planDay().optional(),
    rule: z.enum(MILESTONE_RULES, "carePlans:errors.rule").optional(),
    courseId: z.uuid("carePlans:errors.course").optional(),
    months: z.coerce
      .number("carePlans:errors.months")
      .int("carePlans:errors.months")
      .min(1, "carePlans:errors.months")
      .max(24, "carePlans:errors.months")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.rule === "training_completed" && !value.courseId)
      ctx.addIssue({
        code: "custom",
        path: ["courseId"],
        message: "carePlans:errors.course",
      });
  });
export type MilestoneInput = z.output<typeof MilestoneSchema>;

export const TickSchema = z.object({
  intent: z.literal("tick"),
  milestoneId: z.uuid(),
  metOn: planDay("notFuture"),
  evidence: z
    .string("carePlans:errors.evidence")
    .trim()
    .min(1, "carePlans:errors.evidence")
    .max(TEXT_MAX, "validation.tooLong"),
});
export type TickInput = z.output<typeof TickSchema>;
