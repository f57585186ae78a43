/**
 * The de-identified export's columns, in order. Where the Human Trafficking Case Data Standard (HTCDS,
 * IOM, github.com/UNMigration/HTCDS) or the Counter-Trafficking Data Collaborative's global dataset (CTDC,
 * the HTCDS-based k-anonymised dataset) has a field for the same thing, the column bears its name and
 * values; the others are ours (see docs/decisions/0013-de-identified-exports.md).
 */
export const EXPORT_COLUMNS = [
  { name: "exportId", standard: null }, // ours: HMAC pseudonym, not the beneficiary code
  { name: "yearOfRegistration", standard: "CTDC yearOfRegistration" },
  { name: "gender", standard: "HTCDS prs_Gender (Male, Female, Transgender/NonConforming, Unknown); CTDC gender" },
  { name: "ageBroad", standard: "CTDC ageBroad (0--8 … 48+), age at registration" },
  { name: "majorityStatus", standard: "CTDC majorityStatus (Minor, Adult), at registration" },
  { name: "originState", standard: null }, // ours: HTCDS has no origin field (prs_MailingState is an address)
  { name: "originCountry", standard: null }, // ours: the country of origin as recorded, not CTDC citizenship
  { name: "caseStage", standard: null }, // ours: the Impulse Model stage
  { name: "caseStageSince", standard: null }, // ours: YYYY-MM
  { name: "servicesReceived", standard: null }, // ours: service kinds recorded on the timeline, ";"-separated
  { name: "referralPartnerTypes", standard: null }, // ours: mandates of organisations that took a referral
  { name: "livelihoodTrack", standard: null },
  { name: "planStartQuarter", standard: null },
  { name: "targetIncomeBandInr", standard: null },
  { name: "monthsAtTargetLast6", standard: null },
  { name: "trainingCompleted", standard: null },
  { name: "claimStatus", standard: null },
  { name: "claimedBandInr", standard: null },
  { name: "awardedBandInr", standard: null },
  { name: "disbursedBandInr", standard: null },
  { name: "latestCompositeScore", standard: null },
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number]["name"];
export type ExportRow = Record<ExportColumn, string>;

export const EXPORT_HEADER: ExportColumn[] = EXPORT_COLUMNS.map((column) => column.name);

/** The file name offered for download: the organisation's code prefix and the day. */
export function exportFileName(prefix: string, day: string) {
  return `reweave-deidentified-${prefix.replace(/[^a-z0-9]/gi, "").toLowerCase()}-${day}.csv`;
}
