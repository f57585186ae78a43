/**
 * Names of fields that hold survivor data anywhere in the system (the care side's identity fields
 * and its free texts). The logger redacts them wherever they appear.
 */
export const SURVIVOR_DATA_FIELDS = [
  "legalName",
  "otherNames",
  "dateOfBirth",
  "estimatedAge",
  "sexGender",
  "phone",
  "address",
  "originDistrict",
  "originState",
  "originCountry",
  "languages",
  "identityDocuments",
  "witness",
  "notes",
  "caseNotes",
  "responseNote",
  "overrideReason",
] as const;
