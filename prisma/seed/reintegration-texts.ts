import type { LivelihoodTrack, IncomeSource } from "~/modules/reintegration/vocabulary";

/** The reintegration demo's free texts (stored encrypted): invented, and naming no one. */

export const GOALS: Record<LivelihoodTrack, readonly string[]> = {
  beekeeping: ["Keep six hives of her own and sell honey through the cooperative.", "Build up to ten hives and supply the Shillong market in the honey season."],
  handloom_weaving: ["Weave for the cooperative's orders from home, and sell her own stoles in the shop.", "Run her own loom at home and train her younger sister."],
  handicraft: ["Make bamboo and cane goods for the shop and the weekly market.", "A small workshop at home with steady orders from the cooperative."],
  art: ["Sell her paintings and prints through the shop and the network's stall.", "Take commissions and teach a children's painting class."],
  other_employment: ["A steady job with a written contract and wages paid into her own account.", "Work in a hotel kitchen in Shillong, with training towards a cook's post."],
  education: ["Finish Class 10 through open schooling, with a stipend while she studies.", "A nursing assistant course, then work at the district hospital."],
};

export const GOALS_SECOND_LINE = "Live safely with her family, with savings for emergencies.";

/** What each track's own income is, besides the shop. */
export const TRACK_SOURCES: Record<LivelihoodTrack, readonly Exclude<IncomeSource, "shop">[]> = {
  beekeeping: ["farm_sales", "wages"],
  handloom_weaving: ["wages", "other_enterprise"],
  handicraft: ["other_enterprise", "wages"],
  art: ["other_enterprise", "other"],
  other_employment: ["wages", "other"],
  education: ["other", "wages"],
};

export const INCOME_EVIDENCE: Record<Exclude<IncomeSource, "shop">, readonly string[]> = {
  wages: ["Payslip seen, copy on file.", "Employer's wage register checked at the visit.", "Bank statement shows the wage credited."],
  farm_sales: ["Sales book seen at the home visit.", "Receipt from the cooperative's honey collection."],
  other_enterprise: ["Her own sales book, checked with her.", "Market stall takings, counted with her at the visit."],
  other: ["Stipend letter from the open school, copy on file.", "Scholarship credited to her account (statement seen)."],
};

export const BANK_ACCOUNT = { title: "Bank account opened in her own name", evidence: "Passbook seen at the branch." };

export const SOCIAL_MILESTONES: readonly { title: string; evidence: string }[] = [
  { title: "Aadhaar card obtained", evidence: "Card seen; copy kept in the file." },
  { title: "Children enrolled in the village school", evidence: "Admission slips from the school seen." },
  { title: "A rented room of her own", evidence: "Rent agreement seen at the home visit." },
  { title: "Ration card in her own name", evidence: "Card seen at the home visit." },
];

export const PSYCHOSOCIAL_MILESTONE = { title: "Twelve counselling sessions completed", evidence: "The counsellor's attendance sheet, signed." };

export const CLAIM_NOTES = {
  filed: "Application filed with the medical report and the FIR copy.",
  under_review: "The DLSA asked for her bank details and the charge sheet.",
  hearing: "Hearing before the DLSA secretary; she attended with the legal-aid lawyer.",
  awarded: "Interim compensation awarded.",
  disbursed: "Paid into her bank account.",
  rejected: "Rejected: the authority wanted the charge sheet first.",
  appealed: "Appeal filed with the charge sheet attached.",
} as const;

export const PLACES = ["The network's training room, Shillong", "The cooperative's hall, Umsning", "Community hall, Nongpoh"];
