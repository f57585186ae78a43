/**
 * Names of fields that hold survivor data anywhere in the system. The logger redacts them
 * wherever they appear; later modules add their encrypted fields here.
 */
export const SURVIVOR_DATA_FIELDS = [
  "legalName",
  "otherNames",
  "dateOfBirth",
  "estimatedAge",
  "phone",
  "address",
  "originDistrict",
  "identityDocuments",
  "notes",
  "caseNotes",
] as const;
