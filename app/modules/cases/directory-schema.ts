import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import type { Mandate, OrganisationKind } from "~/modules/identity/roles";
import { SERVICE_KINDS, type ServiceKind } from "./vocabulary";

/**
 * The directory of services: the entry form (shared by the form and the action) and the search.
 * Messages are i18n keys.
 */

/** ISO 639-1 codes of the languages a service can work in (the region's, and the network's neighbours'). */
export const DIRECTORY_LANGUAGES = ["as", "bn", "bo", "dz", "en", "gu", "hi", "kn", "ml", "mr", "my", "ne", "or", "pa", "si", "ta", "te", "ur"] as const;
export type DirectoryLanguage = (typeof DIRECTORY_LANGUAGES)[number];

/** Digits, spaces, + - ( ) and at least six digits. */
const PHONE = /^[0-9+\-() ]+$/;

/** "Kamrup, Cachar" or one per line: a list of names, blanks and repeats dropped. */
export function splitList(text: string | null | undefined): string[] {
  const seen = new Map<string, string>();
  for (const part of (text ?? "").split(/[,;\n]/)) {
    const name = part.trim().replace(/\s+/g, " ");
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

const placeList = z
  .string()
  .max(2000, "validation.tooLong")
  .optional()
  .transform((text) => splitList(text))
  .pipe(z.array(z.string().max(80, "validation.tooLong")).max(60, "validation.tooLong"));

const countryList = z
  .string()
  .max(400, "validation.tooLong")
  .optional()
  .transform((text) => splitList(text).map((code) => code.toUpperCase()))
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, "careReferrals:directory.errors.country")).max(40, "validation.tooLong"));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => value || null);

export const DirectoryServiceSchema = z
  .object({
    /** Only asked when the user edits the directory for more than one organisation. */
    organisationId: z.uuid("validation.choose").optional(),
    service: z.enum(SERVICE_KINDS, "validation.choose"),
    descriptionEn: z.string({ error: "validation.required" }).trim().min(1).max(1000, "validation.tooLong"),
    descriptionHi: optionalText(1000),
    districts: placeList,
    states: placeList,
    countries: countryList,
    languages: z.array(z.enum(DIRECTORY_LANGUAGES, "careReferrals:directory.errors.language")).default([]),
    phone: z
      .string()
      .trim()
      .max(40, "validation.tooLong")
      .refine((value) => PHONE.test(value) && (value.match(/\d/g) ?? []).length >= 6, "careReferrals:directory.errors.phone")
      .optional()
      .transform((value) => value || null),
    email: z.string().trim().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email")).optional().transform((value) => value || null),
    hours: optionalText(200),
  })
  .superRefine((value, context) => {
    if (!value.states.length && !value.countries.length) {
      context.addIssue({ code: "custom", path: ["states"], message: "careReferrals:directory.errors.coverage" });
    }
  });
export type DirectoryServiceInput = z.infer<typeof DirectoryServiceSchema>;

export const DirectorySearchSchema = z.object({
  service: urlFilter(z.enum(SERVICE_KINDS)),
  place: urlFilter(z.string().trim().max(160)),
  country: urlFilter(
    z
      .string()
      .trim()
      .transform((code) => code.toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{2}$/)),
  ),
  language: urlFilter(z.enum(DIRECTORY_LANGUAGES)),
});
export type DirectorySearch = z.infer<typeof DirectorySearchSchema>;

/** A directory entry as pages show it (names, not codes; the description in the page's language when written). */
export interface DirectoryEntryView {
  id: string;
  service: ServiceKind;
  organisation: { id: string; name: string; kind: OrganisationKind; mandates: Mandate[]; region: string; country: string; countryName: string };
  description: string;
  descriptionLang: string;
  districts: string[];
  states: string[];
  countries: string[];
  languages: string[];
  phone: string | null;
  email: string | null;
  hours: string | null;
}
