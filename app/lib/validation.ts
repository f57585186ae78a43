import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod";

/**
 * Error messages in schemas are i18n keys (namespace "common" unless prefixed, e.g. "auth:login.invalid");
 * the form translates them. This map gives the common cases a key so that schemas need not repeat it.
 */
export const zodErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid";
    case "too_small":
      return issue.origin === "string" && issue.minimum === 1 ? "validation.required" : "validation.tooSmall";
    case "too_big":
      return "validation.tooLong";
    case "invalid_format":
      return issue.format === "email" ? "validation.email" : "validation.invalid";
    case "invalid_value":
      return "validation.choose";
    default:
      return "validation.invalid";
  }
};

/** Parses a submitted form with a shared schema, in the browser (Conform's onValidate) and in the action. */
export function parseForm<Schema extends z.ZodType>(payload: FormData | URLSearchParams, schema: Schema) {
  return parseWithZod(payload, { schema, error: zodErrorMap });
}

/** A filter value from the address bar: anything blank or not valid is simply not applied. */
export function urlFilter<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional()).catch(undefined);
}

/** Whether an id from the address is a UUID at all; anything else cannot name a row and must not reach a query. */
export function isUuid(value: unknown): value is string {
  return z.uuid().safeParse(value).success;
}
