import type { SubmissionResult } from "@conform-to/react";

/** The messages of one field of the action's answer to a reintegration form ("" for the whole form). */
export type ErrorsOf = (field: string) => string[] | undefined;

export const errorsOf =
  (result?: SubmissionResult<string[]>): ErrorsOf =>
  (field) =>
    result?.error?.[field] ?? undefined;
