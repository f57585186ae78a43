import { z } from "zod";
import { checkNewPhoto, optionalText, photoFields, requiredText } from "./listing-schemas";

/**
 * The maker profile as the studio edits it. Whether the profile is public is not here: the care
 * side decides that from her consent.
 */
export const MakerProfileSchema = z
  .object({
    displayName: requiredText(60, "studio:errors.displayNameRequired"),
    craft: optionalText(80),
    region: optionalText(80),
    storyEn: optionalText(3000),
    storyHi: optionalText(3000),
    ...photoFields(1),
  })
  .superRefine(checkNewPhoto);

export type MakerProfileInput = z.output<typeof MakerProfileSchema>;
