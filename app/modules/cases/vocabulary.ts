import type { Mandate } from "~/modules/identity/roles";

/** The care side's vocabulary, shared by server and browser (labels, forms, filters). */

/** The Impulse Model's six stages, in order, then Closed. */
export const CASE_STAGES = ["report", "rescue", "rehabilitation", "repatriation", "reintegration", "recompensation", "closed"] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const OPEN_STAGES = CASE_STAGES.filter((stage) => stage !== "closed") as Exclude<CaseStage, "closed">[];

export function stageIndex(stage: CaseStage) {
  return CASE_STAGES.indexOf(stage);
}

export const SERVICE_KINDS = [
  "counselling",
  "medical",
  "legal_aid",
  "shelter",
  "education",
  "vocational_training",
  "family_tracing",
  "investigation",
  "repatriation",
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** An organisation may receive a referral for a service only when it holds one of these mandates. */
export const SERVICE_MANDATES: Record<ServiceKind, readonly Mandate[]> = {
  counselling: ["protection"],
  medical: ["protection"],
  legal_aid: ["prosecution"],
  shelter: ["protection"],
  education: ["prevention", "protection"],
  vocational_training: ["prevention", "protection"],
  family_tracing: ["protection", "policing"],
  investigation: ["policing"],
  repatriation: ["protection", "policing"],
};

/** Taking over the lead of a case needs the protection mandate. */
export const TRANSFER_MANDATES: readonly Mandate[] = ["protection"];

export const CONSENT_PURPOSES = ["case_management", "share_partners", "share_authorities", "public_maker_profile", "link_earnings"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ["written", "verbal_witnessed", "guardian"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A person's identity fields: each encrypted on its own, with the context "beneficiary.<field>:<id>". */
export const IDENTITY_FIELDS = [
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
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/**
 * What each mandate needs to know of a referred person: a police unit what an investigation needs
 * (Policing), a legal-aid organisation what a case in court needs (Prosecution), a shelter what care
 * needs (Protection). The other mandates see the pseudonymous code only.
 */
export const MANDATE_FIELDS: Record<Mandate, readonly IdentityField[]> = {
  policing: ["legalName", "otherNames", "sexGender", "dateOfBirth", "estimatedAge", "originDistrict", "originState", "originCountry", "identityDocuments"],
  prosecution: ["legalName", "sexGender", "dateOfBirth", "estimatedAge", "phone", "address", "languages"],
  protection: ["legalName", "sexGender", "dateOfBirth", "estimatedAge", "languages", "phone", "originState"],
  prevention: [],
  partnership: [],
  press: [],
};

export function fieldsForMandates(mandates: readonly Mandate[]): IdentityField[] {
  const allowed = new Set(mandates.flatMap((mandate) => MANDATE_FIELDS[mandate]));
  return IDENTITY_FIELDS.filter((field) => allowed.has(field));
}

export const REFERRAL_STATUSES = ["pending", "accepted", "rejected", "completed", "revoked"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** While a referral is in one of these, the receiving organisation sees the referred case. */
export const ACTIVE_REFERRAL_STATUSES: readonly ReferralStatus[] = ["pending", "accepted"];
