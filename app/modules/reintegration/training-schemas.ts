import { z } from "zod";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import { LIVELIHOOD_TRACKS } from "./vocabulary";

/** Training forms, shared by the form and the action. Messages are i18n keys. */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((text) => (text ? text : null));

const isoDate = z
  .string()
  .refine((value) => parseCareDay(value) !== null, "validation.invalid");

/** Today on the network's (Indian) calendar, as YYYY-MM-DD. */
export function todayIso() {
  return careToday();
}

export const CourseSchema = z.object({
  organisationId: z.uuid("validation.choose").optional(),
  titleEn: z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(200, "validation.tooLong"),
  titleHi: optionalText(200),
  descriptionEn: optionalText(2000),
  descriptionHi: optionalText(2000),
  livelihoodTrack: z.enum(LIVELIHOOD_TRACKS).optional(),
  sessionsRequired: z.coerce
    .number("validation.required")
    .int("careTraining:errors.sessionsRequired")
    .min(1, "careTraining:errors.sessionsRequired")
    .max(200, "careTraining:errors.sessionsRequired"),
});
export type CourseInput = z.infer<typeof CourseSchema>;

export const SessionSchema = z.object({
  intent: z.literal("session"),
  heldOn: isoDate,
  place: optionalText(200),
});

export const EnrolSchema = z.object({
  intent: z.literal("enrol"),
  code: z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(40, "careTraining:errors.notFound")
    .transform((code) => code.toUpperCase()),
});

export const AttendanceSchema = z.object({
  intent: z.literal("attendance"),
  sessionId: z.uuid(),
  /** The enrolments present at the session; every other active enrolment was absent. */
  present: z
    .array(z.uuid())
    .optional()
    .transform((ids) => ids ?? []),
});

export const CompleteSchema = z.object({
  intent: z.literal("complete"),
  enrolmentId: z.uuid(),
  completedOn: isoDate.refine(
    (value) => value <= todayIso(),
    "careTraining:errors.future"
  ),
});

export const DropSchema = z.object({
  intent: z.literal("drop"),
  enrolmentId: z.uuid(),
});
