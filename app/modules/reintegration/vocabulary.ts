/** The reintegration vocabulary, shared by server and browser. */

export const LIVELIHOOD_TRACKS = ["beekeeping", "handloom_weaving", "handicraft", "art", "other_employment", "education"] as const;
export type LivelihoodTrack = (typeof LIVELIHOOD_TRACKS)[number];

export const MILESTONE_KINDS = ["training", "income", "recompensation", "social", "psychosocial", "custom"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Milestones that data decides; any other milestone is ticked by the caseworker with evidence. */
export const MILESTONE_RULES = ["training_completed", "first_shop_sale", "income_at_target", "compensation_disbursed"] as const;
export type MilestoneRule = (typeof MILESTONE_RULES)[number];

export const INCOME_SOURCES = ["shop", "wages", "farm_sales", "other_enterprise", "other"] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];
/** Sources a caseworker types in; shop income only ever comes from the ledger. */
export const ENTERED_INCOME_SOURCES = INCOME_SOURCES.filter((source) => source !== "shop") as Exclude<IncomeSource, "shop">[];

export const CLAIM_STATUSES = ["filed", "under_review", "hearing", "awarded", "disbursed", "rejected", "appealed"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** filed → under review → hearing → awarded → disbursed, or rejected → appealed (and back under review). */
export const CLAIM_TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  filed: ["under_review", "rejected"],
  under_review: ["hearing", "awarded", "rejected"],
  hearing: ["awarded", "rejected", "hearing"],
  awarded: ["disbursed"],
  disbursed: [],
  rejected: ["appealed"],
  appealed: ["under_review", "hearing", "awarded", "rejected"],
};

export const COURT_MILESTONES = ["fir_registered", "charge_sheet_filed", "trial_started", "testimony_given", "verdict", "appeal_filed"] as const;
export type CourtMilestone = (typeof COURT_MILESTONES)[number];

export const ENROLMENT_STATUSES = ["enrolled", "completed", "dropped"] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ASSESSMENT_DIMENSIONS = ["economic", "social", "psychosocial"] as const;
export type AssessmentDimension = (typeof ASSESSMENT_DIMENSIONS)[number];
