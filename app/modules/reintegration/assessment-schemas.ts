import { z } from "zod";
import { pastDate } from "~/modules/cases/consent-schema";

/**
 * The questionnaire form, shared by the page (Conform) and the action. Answers come as
 * answers.<questionKey> = "0".."4"; which questions must be answered, and the range, is checked by the
 * scoring against the questions in force (they are data), so the message can name the question.
 */
export const NewAssessmentSchema = z.object({
  assessedOn: pastDate({
    required: "careAssessments:errors.dateRequired",
    future: "careAssessments:errors.dateFuture",
    tooEarly: "careAssessments:errors.dateTooEarly",
  }),
  answers: z
    .record(z.string().regex(/^[a-z0-9_]{1,60}$/), z.string().trim().max(4))
    .optional()
    .transform((answers) => answers ?? {}),
});
export type NewAssessmentInput = z.output<typeof NewAssessmentSchema>;

/** A posted answer as a number: blank is unanswered; anything that is not a number is out of range. */
export function answerValue(posted: string | undefined): number | undefined {
  if (posted === undefined || posted === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(posted) ? Number(posted) : Number.NaN;
}
