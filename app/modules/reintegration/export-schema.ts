import { z } from "zod";

/** The export form: which organisation; `via=script` when the page's script fetches the file itself. */
export const ExportRequestSchema = z.object({
  organisation: z.uuid({ error: "careExports:errors.organisation" }),
  via: z.literal("script").optional(),
});

/** What the page may be told after a plain (script-less) refusal. */
export const ExportRefusalSchema = z.enum(["tooFew"]);
