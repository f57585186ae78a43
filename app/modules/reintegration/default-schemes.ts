/** Victim compensation schemes, as data: the seed and the claims page make sure these exist (by name). */
export interface SchemeData {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** The state it applies in, or null for a national scheme. */
  state: string | null;
  legalBasis: string;
  authority: string;
}

const SECTION_357A = "Section 357A CrPC / Section 396 BNSS";

export const DEFAULT_SCHEMES: readonly SchemeData[] = [
  { name: "Meghalaya Victim Compensation Scheme", country: "IN", state: "Meghalaya", legalBasis: SECTION_357A, authority: "District Legal Services Authority" },
  { name: "Assam Victim Compensation Scheme", country: "IN", state: "Assam", legalBasis: SECTION_357A, authority: "District Legal Services Authority" },
  { name: "West Bengal Victim Compensation Scheme", country: "IN", state: "West Bengal", legalBasis: SECTION_357A, authority: "District Legal Services Authority" },
  {
    name: "NALSA Compensation Scheme for Women Victims/Survivors of Sexual Assault/other Crimes, 2018",
    country: "IN",
    state: null,
    legalBasis: `${SECTION_357A}; NALSA scheme directed by the Supreme Court in Nipun Saxena v. Union of India`,
    authority: "District Legal Services Authority",
  },
  {
    name: "Human Trafficking and Transportation (Control) Act 2007 — Rehabilitation Fund",
    country: "NP",
    state: null,
    legalBasis: "Human Trafficking and Transportation (Control) Act 2007, sections 14 and 17",
    authority: "District Court",
  },
  {
    name: "Prevention and Suppression of Human Trafficking Act 2012 — compensation",
    country: "BD",
    state: null,
    legalBasis: "Prevention and Suppression of Human Trafficking Act 2012, sections 28 and 38",
    authority: "Human Trafficking Offence Suppression Tribunal",
  },
];
