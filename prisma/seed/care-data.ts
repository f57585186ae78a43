import { fakerEN_IN as faker } from "@faker-js/faker";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import type { Identity } from "~/modules/cases/identity-codec.server";
import type { CaseStage, ConsentPurpose, ServiceKind } from "~/modules/cases/vocabulary";

/**
 * The care side's demo people and their stories: pure data, the same on every run. Every name, phone
 * number and address is invented and says so; districts, states and languages are real, so that
 * filters and the directory have something true to match.
 */

export type CareOrganisationKey = "ngo" | "legalAid" | "police";
export type OpenStage = Exclude<CaseStage, "closed">;

interface Origin {
  district: string;
  state: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  villages: readonly string[];
  languages: readonly string[];
  femaleNames: readonly string[];
  maleNames: readonly string[];
  surnames: readonly string[];
  documents: readonly string[];
}

const KHASI_FEMALE = ["Ibalari", "Banrida", "Wanshan", "Badaiahun", "Iohbha", "Pynhunlang", "Ridalin", "Evanisha", "Kyntiewbor", "Shaphrang", "Dahunshisha", "Larisa", "Banteilang", "Iaineh"];
const KHASI_MALE = ["Shanbor", "Lamphrang", "Kitboklang", "Wanbok"];
const KHASI_SURNAMES = ["Lyngdoh", "Marbaniang", "Kharkongor", "Syiem", "Nongrum", "Warjri", "Dkhar", "Sungoh", "Nongbri", "Kharbuli"];
const JAINTIA_SURNAMES = ["Rymbai", "Suchiang", "Pale", "Dhar", "Lamare", "Shylla"];
const ASSAMESE_FEMALE = ["Junmoni", "Mousumi", "Nibedita", "Bornali", "Pallabi", "Jonali", "Dipshikha", "Rashmi", "Anamika", "Kabita"];
const ASSAMESE_MALE = ["Dipankar", "Bikash", "Pranjal"];
const ASSAMESE_SURNAMES = ["Das", "Bora", "Kalita", "Deka", "Gogoi", "Saikia", "Baruah", "Nath", "Hazarika"];
const NEPALI_FEMALE = ["Sunita", "Sabina", "Pramila", "Sarita", "Kamala", "Bishnu", "Maya", "Sushmita", "Anjali", "Dolma"];
const NEPALI_MALE = ["Suraj", "Binod", "Roshan"];
const NEPALI_SURNAMES = ["Tamang", "Rai", "Limbu", "Gurung", "Thapa", "Chhetri", "Subba", "Sherpa"];
const BENGALI_FEMALE = ["Rumana", "Nasrin", "Shirin", "Taslima", "Rupa", "Fahmida", "Mitali"];
const BENGALI_MALE = ["Rashed", "Sohel"];
const BENGALI_SURNAMES = ["Begum", "Khatun", "Akter", "Rahman", "Sarkar", "Islam"];

const INDIAN_DOCUMENTS = ["Aadhaar card (copy held)", "Voter ID (original at home)", "Ration card (copy held)", "None held", "Birth certificate (copy requested)"];
const MINOR_DOCUMENTS = ["Birth certificate (copy requested)", "School leaving certificate (copy held)", "None held"];

export const ORIGINS = {
  eastKhasiHills: {
    district: "East Khasi Hills",
    state: "Meghalaya",
    country: "IN",
    villages: ["Mawlai", "Sohra", "Pynursla", "Mawsynram", "Laitkor", "Mawphlang"],
    languages: ["Khasi, English", "Khasi", "Khasi, Hindi"],
    femaleNames: KHASI_FEMALE,
    maleNames: KHASI_MALE,
    surnames: KHASI_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  westJaintiaHills: {
    district: "West Jaintia Hills",
    state: "Meghalaya",
    country: "IN",
    villages: ["Jowai", "Nartiang", "Amlarem", "Ummulong"],
    languages: ["Pnar, Khasi", "Pnar", "Pnar, Hindi"],
    femaleNames: KHASI_FEMALE,
    maleNames: KHASI_MALE,
    surnames: JAINTIA_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  riBhoi: {
    district: "Ri-Bhoi",
    state: "Meghalaya",
    country: "IN",
    villages: ["Nongpoh", "Umsning", "Umiam", "Byrnihat"],
    languages: ["Khasi, English", "Khasi", "Khasi, Assamese"],
    femaleNames: KHASI_FEMALE,
    maleNames: KHASI_MALE,
    surnames: KHASI_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  kamrupMetropolitan: {
    district: "Kamrup Metropolitan",
    state: "Assam",
    country: "IN",
    villages: ["Beltola", "Jalukbari", "Khanapara", "Noonmati"],
    languages: ["Assamese, Hindi", "Assamese", "Assamese, English"],
    femaleNames: ASSAMESE_FEMALE,
    maleNames: ASSAMESE_MALE,
    surnames: ASSAMESE_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  sonitpur: {
    district: "Sonitpur",
    state: "Assam",
    country: "IN",
    villages: ["Dhekiajuli", "Rangapara", "Jamugurihat", "Balipara"],
    languages: ["Assamese", "Assamese, Hindi", "Assamese, Bodo"],
    femaleNames: ASSAMESE_FEMALE,
    maleNames: ASSAMESE_MALE,
    surnames: ASSAMESE_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  darjeeling: {
    district: "Darjeeling",
    state: "West Bengal",
    country: "IN",
    villages: ["Kurseong", "Mirik", "Sukhiapokhari", "Bijanbari"],
    languages: ["Nepali, Hindi", "Nepali", "Nepali, English"],
    femaleNames: NEPALI_FEMALE,
    maleNames: NEPALI_MALE,
    surnames: NEPALI_SURNAMES,
    documents: INDIAN_DOCUMENTS,
  },
  jhapa: {
    district: "Jhapa",
    state: "Koshi Province",
    country: "NP",
    villages: ["Damak", "Birtamod", "Kakarbhitta", "Surunga"],
    languages: ["Nepali", "Nepali, Hindi", "Nepali, Limbu"],
    femaleNames: NEPALI_FEMALE,
    maleNames: NEPALI_MALE,
    surnames: NEPALI_SURNAMES,
    documents: ["Nepali citizenship certificate (copy held)", "None held", "Nepali birth registration (copy requested)"],
  },
  sylhet: {
    district: "Sylhet",
    state: "Sylhet Division",
    country: "BD",
    villages: ["Jaintiapur", "Companiganj", "Gowainghat", "Kanaighat"],
    languages: ["Bengali (Sylheti)", "Bengali", "Bengali, Hindi"],
    femaleNames: BENGALI_FEMALE,
    maleNames: BENGALI_MALE,
    surnames: BENGALI_SURNAMES,
    documents: ["None held", "Bangladeshi birth certificate (copy requested)", "Bangladeshi national ID (copy held)"],
  },
} as const satisfies Record<string, Origin>;

export type OriginKey = keyof typeof ORIGINS;

/** Where each organisation works its cases: its own districts; the NGO works where the person comes from when that is in Meghalaya. */
export const CASE_PLACES: Record<CareOrganisationKey, { district: string; state: string; country: string }> = {
  ngo: { district: "East Khasi Hills", state: "Meghalaya", country: "IN" },
  legalAid: { district: "Kamrup Metropolitan", state: "Assam", country: "IN" },
  police: { district: "Kamrup Metropolitan", state: "Assam", country: "IN" },
};

export type Story =
  /** The demo artisan: her Maker is linked to this person; public profile and earnings consents in force. */
  | "maker"
  /** A second maker (shop profile off) linked to this person, whose public-profile consent was withdrawn. */
  | "withdrawnMaker"
  /** Reached Re-integration, was trafficked again, went back to Rescue. */
  | "retrafficked"
  /** Registered by the legal-aid centre, whose lead passed to the NGO. */
  | "transferred"
  /** Asked to be closed; waits for the supervisor. */
  | "closeRequested"
  /** Withdrew consent to share with partners; the referral that depended on it was revoked. */
  | "withdrewSharing";

export interface ReferralPlan {
  to: CareOrganisationKey;
  kind: "service" | "transfer";
  service: ServiceKind | null;
  status: "pending" | "accepted" | "rejected" | "completed" | "revoked";
  /** The stage of the case in which it was sent. */
  sentIn: OpenStage;
  /** Sent without the matching consent, under the override permission. */
  override?: boolean;
}

export interface PlanRow {
  organisation: CareOrganisationKey;
  stage: CaseStage;
  origin: OriginKey;
  sex?: "male" | "transgender";
  minor?: boolean;
  /** The demo caseworker's case (NGO only); the others go round the organisation's other caseworkers. */
  demo?: boolean;
  overdue?: boolean;
  story?: Story;
  /** The person had an earlier case, closed before this one was opened. */
  earlierCase?: boolean;
  /** Consents beyond case management (which everyone has); sharing with partners is the default for the NGO and legal aid. */
  sharePartners?: boolean;
  shareAuthorities?: boolean;
  linkEarnings?: boolean;
  /** Consents later withdrawn. */
  withdrawn?: ConsentPurpose[];
  referrals?: ReferralPlan[];
  /** A shop maker (slug) linked to this person, with the shop's two consents given at registration. */
  maker?: string;
  /** How long ago the case opened and entered its current stage, when not the stage's usual (STAGE_AGES). */
  ages?: { opened: [number, number]; inStage: [number, number] };
  /** No service recorded on the case in this many days: a person the caseworker has not seen for a while. */
  quietDays?: number;
}

const legalAid = (status: ReferralPlan["status"], sentIn: OpenStage): ReferralPlan => ({ to: "legalAid", kind: "service", service: "legal_aid", status, sentIn });
const investigation = (status: ReferralPlan["status"], sentIn: OpenStage): ReferralPlan => ({ to: "police", kind: "service", service: "investigation", status, sentIn });

/** Re-integration timings of the network's earlier cohorts, so that plans start in several quarters. */
const FIRST_COHORT = { opened: [500, 540], inStage: [380, 470] } satisfies PlanRow["ages"];
const SECOND_COHORT = { opened: [380, 470], inStage: [250, 330] } satisfies PlanRow["ages"];

/**
 * Seventy-seven people: forty-seven with the Shillong network, eighteen with the legal-aid centre, twelve
 * with the police unit. The network's last seventeen are in Re-integration and Re-compensation, so that its
 * cohort dashboards rest on enough people; seven of them are makers in the shop.
 */
export const CARE_PLAN: readonly PlanRow[] = [
  // Shillong Anti-Trafficking Network (Meghalaya)
  { organisation: "ngo", stage: "report", origin: "eastKhasiHills" },
  { organisation: "ngo", stage: "report", origin: "sylhet", sharePartners: false },
  { organisation: "ngo", stage: "report", origin: "darjeeling" },
  { organisation: "ngo", stage: "rescue", origin: "westJaintiaHills", minor: true, demo: true },
  { organisation: "ngo", stage: "rescue", origin: "jhapa", shareAuthorities: true, referrals: [investigation("accepted", "rescue")] },
  { organisation: "ngo", stage: "rescue", origin: "eastKhasiHills", sharePartners: false },
  { organisation: "ngo", stage: "rescue", origin: "riBhoi", sex: "male" },
  { organisation: "ngo", stage: "rehabilitation", origin: "eastKhasiHills", demo: true, overdue: true, referrals: [legalAid("pending", "rehabilitation")] },
  { organisation: "ngo", stage: "rehabilitation", origin: "sylhet", demo: true },
  { organisation: "ngo", stage: "rehabilitation", origin: "westJaintiaHills", referrals: [legalAid("rejected", "rehabilitation")] },
  { organisation: "ngo", stage: "rehabilitation", origin: "darjeeling", story: "withdrewSharing", withdrawn: ["share_partners"], referrals: [legalAid("revoked", "rehabilitation")] },
  { organisation: "ngo", stage: "rehabilitation", origin: "riBhoi", story: "retrafficked", shareAuthorities: true, referrals: [investigation("completed", "rescue")] },
  { organisation: "ngo", stage: "rehabilitation", origin: "eastKhasiHills", sex: "transgender" },
  { organisation: "ngo", stage: "repatriation", origin: "jhapa", demo: true },
  { organisation: "ngo", stage: "repatriation", origin: "sylhet", minor: true },
  { organisation: "ngo", stage: "repatriation", origin: "darjeeling" },
  { organisation: "ngo", stage: "reintegration", origin: "riBhoi", demo: true, story: "maker", linkEarnings: true, quietDays: 70 },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", demo: true, overdue: true, earlierCase: true, referrals: [legalAid("accepted", "rehabilitation")], ages: { opened: [300, 400], inStage: [100, 120] } },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", story: "withdrawnMaker", linkEarnings: true, withdrawn: ["public_maker_profile"] },
  { organisation: "ngo", stage: "reintegration", origin: "westJaintiaHills", sex: "male", linkEarnings: true },
  { organisation: "ngo", stage: "reintegration", origin: "jhapa" },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", earlierCase: true },
  { organisation: "ngo", stage: "recompensation", origin: "eastKhasiHills", demo: true, story: "closeRequested", referrals: [legalAid("completed", "recompensation")] },
  { organisation: "ngo", stage: "recompensation", origin: "westJaintiaHills", demo: true, referrals: [legalAid("pending", "recompensation")] },
  { organisation: "ngo", stage: "recompensation", origin: "riBhoi", story: "closeRequested" },
  { organisation: "ngo", stage: "closed", origin: "eastKhasiHills" },
  { organisation: "ngo", stage: "closed", origin: "sylhet", shareAuthorities: true, withdrawn: ["share_authorities"], referrals: [investigation("completed", "rescue")] },
  { organisation: "ngo", stage: "closed", origin: "darjeeling", sex: "male" },
  { organisation: "ngo", stage: "closed", origin: "riBhoi" },
  { organisation: "ngo", stage: "closed", origin: "westJaintiaHills" },
  // Brahmaputra Legal Aid Centre (Assam)
  { organisation: "legalAid", stage: "report", origin: "kamrupMetropolitan" },
  { organisation: "legalAid", stage: "report", origin: "sonitpur", sex: "male" },
  { organisation: "legalAid", stage: "rescue", origin: "eastKhasiHills", minor: true, referrals: [{ to: "ngo", kind: "service", service: "shelter", status: "accepted", sentIn: "rescue" }] },
  { organisation: "legalAid", stage: "rescue", origin: "jhapa" },
  { organisation: "legalAid", stage: "rehabilitation", origin: "sonitpur", referrals: [{ to: "ngo", kind: "service", service: "counselling", status: "pending", sentIn: "rehabilitation" }] },
  { organisation: "legalAid", stage: "rehabilitation", origin: "kamrupMetropolitan", overdue: true },
  { organisation: "legalAid", stage: "rehabilitation", origin: "sylhet" },
  { organisation: "legalAid", stage: "rehabilitation", origin: "darjeeling", sharePartners: false },
  { organisation: "legalAid", stage: "repatriation", origin: "jhapa" },
  { organisation: "legalAid", stage: "repatriation", origin: "sonitpur" },
  { organisation: "legalAid", stage: "reintegration", origin: "kamrupMetropolitan" },
  { organisation: "legalAid", stage: "reintegration", origin: "sonitpur", earlierCase: true },
  { organisation: "legalAid", stage: "reintegration", origin: "eastKhasiHills", story: "transferred", referrals: [{ to: "ngo", kind: "transfer", service: null, status: "accepted", sentIn: "repatriation" }] },
  { organisation: "legalAid", stage: "recompensation", origin: "kamrupMetropolitan" },
  { organisation: "legalAid", stage: "recompensation", origin: "sonitpur" },
  { organisation: "legalAid", stage: "closed", origin: "kamrupMetropolitan", withdrawn: ["share_partners"] },
  { organisation: "legalAid", stage: "closed", origin: "jhapa" },
  { organisation: "legalAid", stage: "closed", origin: "sonitpur" },
  // Guwahati Police Anti-Human Trafficking Unit (Assam): consent to share with authorities, rarely with partners
  { organisation: "police", stage: "report", origin: "kamrupMetropolitan" },
  { organisation: "police", stage: "report", origin: "sylhet" },
  { organisation: "police", stage: "report", origin: "darjeeling", sex: "male" },
  { organisation: "police", stage: "report", origin: "sonitpur" },
  { organisation: "police", stage: "rescue", origin: "kamrupMetropolitan", minor: true, referrals: [{ to: "ngo", kind: "service", service: "shelter", status: "accepted", sentIn: "rescue", override: true }] },
  { organisation: "police", stage: "rescue", origin: "jhapa", sharePartners: true, referrals: [{ to: "legalAid", kind: "service", service: "legal_aid", status: "pending", sentIn: "rescue" }] },
  { organisation: "police", stage: "rescue", origin: "sonitpur", overdue: true },
  { organisation: "police", stage: "rescue", origin: "kamrupMetropolitan", sex: "male" },
  { organisation: "police", stage: "rescue", origin: "sylhet", minor: true },
  { organisation: "police", stage: "rehabilitation", origin: "darjeeling", sharePartners: true },
  { organisation: "police", stage: "closed", origin: "kamrupMetropolitan" },
  { organisation: "police", stage: "closed", origin: "sonitpur" },
  // More of the network's people in Re-integration and Re-compensation (after the others, so that those stay as they were).
  { organisation: "ngo", stage: "reintegration", origin: "riBhoi", ages: FIRST_COHORT, maker: "iba" },
  { organisation: "ngo", stage: "reintegration", origin: "westJaintiaHills", ages: FIRST_COHORT, maker: "kyntiew" },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", ages: FIRST_COHORT, maker: "rani" },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", ages: SECOND_COHORT, maker: "bina" },
  { organisation: "ngo", stage: "reintegration", origin: "darjeeling", ages: SECOND_COHORT, maker: "lalnun" },
  { organisation: "ngo", stage: "reintegration", origin: "sylhet", ages: SECOND_COHORT, maker: "mary" },
  { organisation: "ngo", stage: "reintegration", origin: "jhapa", ages: SECOND_COHORT, maker: "sunita" },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills", ages: SECOND_COHORT },
  { organisation: "ngo", stage: "reintegration", origin: "riBhoi" },
  { organisation: "ngo", stage: "reintegration", origin: "westJaintiaHills", sex: "male" },
  { organisation: "ngo", stage: "reintegration", origin: "darjeeling" },
  { organisation: "ngo", stage: "reintegration", origin: "eastKhasiHills" },
  { organisation: "ngo", stage: "reintegration", origin: "jhapa" },
  { organisation: "ngo", stage: "recompensation", origin: "riBhoi" },
  { organisation: "ngo", stage: "recompensation", origin: "eastKhasiHills" },
  { organisation: "ngo", stage: "recompensation", origin: "sylhet", ages: { opened: [480, 540], inStage: [100, 160] } },
  { organisation: "ngo", stage: "recompensation", origin: "westJaintiaHills" },
];

/** How long ago (days) a case in each stage was opened, and how long it has been in its current stage. */
export const STAGE_AGES: Record<CaseStage, { opened: [number, number]; inStage: [number, number] }> = {
  report: { opened: [2, 20], inStage: [0, 0] },
  rescue: { opened: [20, 60], inStage: [5, 15] },
  rehabilitation: { opened: [60, 200], inStage: [20, 50] },
  repatriation: { opened: [120, 260], inStage: [10, 35] },
  reintegration: { opened: [200, 420], inStage: [40, 120] },
  recompensation: { opened: [300, 500], inStage: [30, 80] },
  closed: { opened: [330, 530], inStage: [20, 150] },
};

export interface CarePerson extends PlanRow {
  /** Index in the plan, stable across runs. */
  index: number;
  identity: Identity;
  /** Days before "now" the person was registered (and her first case opened). */
  registeredDaysAgo: number;
  /** Days before "now" her current case was opened (the same as registration unless she had an earlier case). */
  openedDaysAgo: number;
  /** Days she has been in the current stage (for closed cases: since closing). */
  inStageDaysAgo: number;
  /** The guardian (minors) or the witness of verbal consent, fictional. */
  consentMethod: "written" | "verbal_witnessed" | "guardian";
  witness: string | null;
}

/** Who witnessed verbal consent, and who gave it for a minor, at each organisation: all fictional. */
const WITNESSES: Record<CareOrganisationKey, readonly string[]> = {
  ngo: ["Outreach worker Hamari Lyngskor (fictional)", "Shelter warden Kong Ribha (fictional)", "Counsellor Meban Dkhar (fictional)"],
  legalAid: ["Paralegal Rituparna Sarma (fictional)", "Counsellor Nandini Kalita (fictional)"],
  police: ["Woman constable Anju Boro (fictional)", "Woman sub-inspector Pranati Deka (fictional)"],
};
const GUARDIANS: Record<CareOrganisationKey, readonly string[]> = {
  ngo: ["Child Welfare Committee, East Khasi Hills (fictional member)", "Her mother, Kong Bisa (fictional)", "Her aunt, Kong Hima (fictional)"],
  legalAid: ["Child Welfare Committee, Kamrup Metropolitan (fictional member)", "Her mother, Rina Devi (fictional)"],
  police: ["Child Welfare Committee, Kamrup Metropolitan (fictional member)"],
};
const NICKNAMES = ["Baby", "Moni", "Rinku", "Dolly", "Pinky", "Mimi"];

const between = ([min, max]: [number, number]) => faker.number.int({ min, max });

/** A date of birth at which the person was `age` when registered (days before today in India, careToday). */
function birthDate(now: Date, registeredDaysAgo: number, age: number) {
  const registered = new Date(parseCareDay(careToday(now))!.getTime() - registeredDaysAgo * 86_400_000);
  const birthday = Date.UTC(registered.getUTCFullYear() - age, registered.getUTCMonth(), registered.getUTCDate());
  return new Date(birthday - faker.number.int({ min: 1, max: 360 }) * 86_400_000).toISOString().slice(0, 10);
}

/** The people of the plan with their (fictional) identities and timings, the same on every run. */
export function carePeople(now: Date): CarePerson[] {
  faker.seed(2029);
  const usedNames = new Set<string>();
  let phone = 1100;
  return CARE_PLAN.map((row, index) => {
    const origin: Origin = ORIGINS[row.origin];
    const ages = STAGE_AGES[row.stage];
    // Seven stages' worth of timeline needs room.
    // The demo artisan has sold in the shop for eighteen months: her case is older, and she has been in Re-integration for about a year.
    const openedDaysAgo = row.story === "retrafficked" ? between([380, 460]) : row.story === "maker" ? between([500, 530]) : between(row.ages?.opened ?? ages.opened);
    const inStageDaysAgo = row.stage === "report" ? openedDaysAgo : row.story === "maker" ? between([330, 380]) : Math.min(between(row.ages?.inStage ?? ages.inStage), openedDaysAgo - 5);
    // An earlier case ran for a few months and closed well before the current one; all within eighteen months.
    const registeredDaysAgo = row.earlierCase ? Math.min(540, openedDaysAgo + between([110, 140])) : openedDaysAgo;

    const names = row.sex === "male" ? origin.maleNames : origin.femaleNames;
    let legalName = "";
    do {
      legalName = `${faker.helpers.arrayElement(names)} ${faker.helpers.arrayElement(origin.surnames)}`;
    } while (usedNames.has(legalName));
    usedNames.add(legalName);

    const age = row.minor ? between([14, 17]) : between([18, 34]);
    const knowsBirthDate = row.minor ? faker.datatype.boolean({ probability: 0.6 }) : faker.datatype.boolean({ probability: 0.45 });
    const hasPhone = origin.country === "IN" ? faker.datatype.boolean({ probability: 0.8 }) : faker.datatype.boolean({ probability: 0.3 });
    const identity: Identity = {
      legalName: `${legalName} (fictional)`,
      otherNames: faker.datatype.boolean({ probability: 0.3 }) ? faker.helpers.arrayElement(NICKNAMES) : undefined,
      dateOfBirth: knowsBirthDate ? birthDate(now, registeredDaysAgo, age) : undefined,
      estimatedAge: knowsBirthDate ? undefined : String(age),
      sexGender: row.sex ?? "female",
      phone: hasPhone ? `+91 90000 0${String(phone++).padStart(4, "0")}` : undefined,
      address: `House ${faker.number.int({ min: 1, max: 60 })}, Example Lane, ${faker.helpers.arrayElement(origin.villages)} (fictional)`,
      originDistrict: origin.district,
      originState: origin.state,
      originCountry: origin.country,
      languages: faker.helpers.arrayElement(origin.languages),
      // Children hold no voter, national or citizenship papers.
      identityDocuments: faker.helpers.arrayElement(row.minor ? (origin.country === "IN" ? MINOR_DOCUMENTS : origin.documents.filter((doc) => !/national ID|citizenship/.test(doc))) : origin.documents),
    };
    const verbal = row.organisation === "police" ? faker.datatype.boolean({ probability: 0.7 }) : faker.datatype.boolean({ probability: 0.3 });
    const consentMethod = row.minor ? "guardian" : verbal ? "verbal_witnessed" : "written";
    const witness =
      consentMethod === "guardian" ? faker.helpers.arrayElement(GUARDIANS[row.organisation]) : consentMethod === "verbal_witnessed" ? faker.helpers.arrayElement(WITNESSES[row.organisation]) : null;
    return { ...row, index, identity, registeredDaysAgo, openedDaysAgo, inStageDaysAgo, consentMethod, witness };
  });
}

/** Which services each stage usually brings. */
export const STAGE_SERVICES: Record<OpenStage, readonly ServiceKind[]> = {
  report: ["counselling"],
  rescue: ["medical", "shelter"],
  rehabilitation: ["counselling", "shelter", "education", "medical"],
  repatriation: ["family_tracing", "repatriation"],
  reintegration: ["vocational_training", "education", "counselling"],
  recompensation: ["legal_aid"],
};

/** Bland, fictional service notes: what a caseworker would write, with nothing that identifies anyone. */
export const SERVICE_NOTES: Record<ServiceKind, readonly string[]> = {
  counselling: [
    "Individual counselling session. Talked about sleep and worries about home; agreed to meet again in two weeks.",
    "Group session with other residents on coping with stress. Participated and asked questions.",
    "Follow-up session; mood better than last time. Practised breathing exercises.",
  ],
  medical: [
    "General health check at the district hospital; no urgent concerns. Follow-up in one month.",
    "Treated for a minor infection; medicine given for five days.",
    "Medical examination done with a woman doctor present; report kept with the case file.",
  ],
  legal_aid: ["Met the lawyer; the next hearing date was explained to her.", "Statement prepared for court with the lawyer and a counsellor present."],
  shelter: [
    "Placed in the shelter; settling in, shares a room with one other resident.",
    "Shelter stay extended by one month while the family is assessed.",
  ],
  education: [
    "Enrolled in the bridge course for the school-leaving exam.",
    "Attends the evening literacy class twice a week.",
  ],
  vocational_training: [
    "Completed the tailoring module; practising at the training centre.",
    "Started the bookkeeping and computer course at the training centre.",
    "Attends the mobile phone repair course; first module done.",
  ],
  family_tracing: [
    "Family traced through the partner organisation; first phone call arranged with her consent.",
    "Home visit by the partner's field worker; family willing to receive her.",
  ],
  investigation: [
    "Statement recorded by the investigating officer with a counsellor present.",
    "Charge sheet filed; she will be informed of the trial date.",
  ],
  repatriation: [
    "Travel documents arranged with the home-state authority.",
    "Escorted home; handed over safely to the family with the home-state authority present.",
  ],
};

export const PAINTING_NOTE = "Painting workshop at the network's studio twice a week; her first pieces sold at the network's stall.";

/** Training given by the cooperative. */
export const COOPERATIVE_TRAINING_NOTES: readonly string[] = [
  "Started the weaving course at the cooperative; attends three mornings a week.",
  "Training in beekeeping with the cooperative; first hive visit done.",
  "Weaving at the cooperative: now makes stoles on her own; stipend paid for the month.",
];

/** What the police do while a case is still a report. */
export const REPORT_INVESTIGATION_NOTES: readonly string[] = [
  "Information verified with the source; a rescue operation is being planned.",
  "Location traced with the help of the railway police; team on standby.",
];

/** What legal aid in the Re-compensation stage is about. */
export const COMPENSATION_NOTES: readonly string[] = [
  "Compensation claim papers prepared and filed with the legal services authority.",
  "Hearing on the compensation claim attended with the lawyer; the order is awaited.",
];

/** How long a case usually stays in each stage, relative to the others (a report is dealt with in days, re-integration takes months). */
export const STAGE_WEIGHTS: Record<OpenStage, number> = { report: 1, rescue: 2, rehabilitation: 5, repatriation: 3, reintegration: 6, recompensation: 4 };

/** A reason for each stage's usual unchecked item (its position in the default checklist). */
export const UNCHECKED_REASONS: Record<OpenStage, { item: number; reason: string }> = {
  report: { item: 1, reason: "Risk assessed by phone only; the full assessment will be done at the first visit." },
  rescue: { item: 2, reason: "The magistrate's sitting was postponed; the statement will be recorded at the next date." },
  rehabilitation: { item: 2, reason: "The lawyer will be assigned when the charge sheet is filed." },
  repatriation: { item: 2, reason: "She travelled home with her brother; no separate escort was needed." },
  reintegration: { item: 1, reason: "Voter ID applied for; the card has not arrived yet." },
  recompensation: { item: 1, reason: "The award is still pending before the district authority." },
};

export const RETRAFFICKED_REASON =
  "Re-trafficked: she left for a job offer in another state and was found again during a raid. Back under the network's care; the re-integration plan will be redone.";

export const REFERRAL_REASONS: Record<string, string> = {
  legal_aid: "Needs a lawyer for the trial against the recruiter and help with the victim compensation claim.",
  investigation: "She is willing to give a statement about the recruiter; the case crosses state lines.",
  shelter: "Needs a safe place to stay near her home district while the family is assessed.",
  counselling: "Would benefit from counselling in her own language near home.",
  transfer: "She has returned to Meghalaya; the Shillong network is better placed to lead her re-integration.",
};

export const REFERRAL_RESPONSES: Record<"accepted" | "rejected" | "completed" | "revoked", string> = {
  accepted: "Accepted. A caseworker will contact the referring caseworker this week.",
  rejected: "We cannot take this on: our lawyers do not appear in the court where the case is listed. Please try the district legal services authority.",
  completed: "The work asked for is done; summary shared with the referring caseworker.",
  revoked: "Revoked: she withdrew her consent to share her record with partner agencies.",
};

export const OVERRIDE_REASON =
  "Child rescued at night without a reachable guardian; the Child Welfare Committee directed immediate shelter. Sharing consent to be recorded when the guardian is traced.";

export const CLOSE_NOTES = {
  requested: "Goals of the care plan met; she asked to close the case and keeps the helpline number.",
  police: "Handed over to the shelter's care and the trial is under way; the unit's part is done.",
  earlier: "She returned home and asked to close the case; she knows how to reach the network.",
};

/** The services the organisations offer, for the directory. ISO 639-1 language codes only (Khasi has none). */
export const DIRECTORY = [
  {
    organisation: "ngo",
    service: "shelter",
    descriptionEn: "Short-stay shelter for women and girls, with a warden on duty day and night.",
    descriptionHi: "महिलाओं और लड़कियों के लिए अल्पकालिक आश्रय, दिन-रात वार्डन की ड्यूटी के साथ।",
    districts: ["East Khasi Hills", "Ri-Bhoi"],
    states: ["Meghalaya"],
    countries: ["IN"],
    languages: ["en", "hi"],
    phone: "+91 90000 09101",
    email: "shelter.shillong@demo.reweave.org",
    hours: "24 hours, every day",
  },
  {
    organisation: "ngo",
    service: "counselling",
    descriptionEn: "Trauma-informed counselling, individual and in groups, by trained counsellors.",
    descriptionHi: "प्रशिक्षित परामर्शदाताओं द्वारा आघात को समझने वाला परामर्श, व्यक्तिगत और समूह में।",
    districts: [],
    states: ["Meghalaya"],
    countries: ["IN"],
    languages: ["en", "hi", "ne"],
    phone: "+91 90000 09102",
    email: "counselling.shillong@demo.reweave.org",
    hours: "Mon–Sat 9:00–17:00",
  },
  {
    organisation: "ngo",
    service: "family_tracing",
    descriptionEn: "Finding families in Meghalaya, Nepal and Bangladesh through partner field workers, with the person's consent.",
    descriptionHi: "व्यक्ति की सहमति से, साझेदार फ़ील्ड कार्यकर्ताओं के ज़रिए मेघालय, नेपाल और बांग्लादेश में परिवारों की खोज।",
    districts: [],
    states: ["Meghalaya"],
    countries: ["IN", "NP", "BD"],
    languages: ["en", "ne", "bn"],
    phone: "+91 90000 09103",
    email: "tracing.shillong@demo.reweave.org",
    hours: "Mon–Fri 10:00–17:00",
  },
  {
    organisation: "ngo",
    service: "education",
    descriptionEn: "Bridge courses and evening literacy classes for young survivors.",
    descriptionHi: "युवा सर्वाइवरों के लिए ब्रिज कोर्स और शाम की साक्षरता कक्षाएँ।",
    districts: ["East Khasi Hills", "West Jaintia Hills"],
    states: ["Meghalaya"],
    countries: ["IN"],
    languages: ["en", "hi"],
    phone: "+91 90000 09104",
    email: "learning.shillong@demo.reweave.org",
    hours: "Mon–Sat 15:00–19:00",
  },
  {
    organisation: "ngo",
    service: "repatriation",
    descriptionEn: "Safe return home across state and national borders, with escorts and home-state authorities informed.",
    descriptionHi: "राज्य और राष्ट्रीय सीमाओं के पार सुरक्षित घर वापसी, साथ जाने वालों और गृह राज्य के अधिकारियों को सूचना के साथ।",
    districts: [],
    states: ["Meghalaya", "Assam"],
    countries: ["IN", "NP", "BD"],
    languages: ["en", "hi", "ne", "bn"],
    phone: "+91 90000 09105",
    email: "return.shillong@demo.reweave.org",
    hours: "Mon–Fri 9:00–17:00",
  },
  {
    organisation: "legalAid",
    service: "legal_aid",
    descriptionEn: "Free lawyers for survivors in trafficking trials, from the first statement to the judgment.",
    descriptionHi: "मानव तस्करी के मुक़दमों में सर्वाइवरों के लिए मुफ़्त वकील, पहले बयान से फ़ैसले तक।",
    districts: ["Kamrup Metropolitan", "Sonitpur"],
    states: ["Assam"],
    countries: ["IN"],
    languages: ["en", "as", "hi", "bn"],
    phone: "+91 90000 09201",
    email: "lawyers.guwahati@demo.reweave.org",
    hours: "Mon–Sat 10:00–18:00",
  },
  {
    organisation: "legalAid",
    service: "legal_aid",
    descriptionEn: "Help with victim compensation claims before the legal services authorities of Assam and Meghalaya.",
    descriptionHi: "असम और मेघालय के विधिक सेवा प्राधिकरणों के सामने पीड़ित मुआवज़ा दावों में मदद।",
    districts: [],
    states: ["Assam", "Meghalaya"],
    countries: ["IN"],
    languages: ["en", "as", "hi"],
    phone: "+91 90000 09202",
    email: "compensation.guwahati@demo.reweave.org",
    hours: "Mon–Fri 10:00–17:00",
  },
  {
    organisation: "legalAid",
    service: "counselling",
    descriptionEn: "Counselling before and after court appearances, in Assamese, Bengali and Hindi.",
    descriptionHi: "अदालत में पेशी से पहले और बाद में परामर्श, असमिया, बांग्ला और हिंदी में।",
    districts: ["Kamrup Metropolitan"],
    states: ["Assam"],
    countries: ["IN"],
    languages: ["as", "bn", "hi"],
    phone: "+91 90000 09203",
    email: "support.guwahati@demo.reweave.org",
    hours: "Mon–Fri 10:00–16:00",
  },
  {
    organisation: "police",
    service: "investigation",
    descriptionEn: "Investigation of trafficking offences, rescue operations and statements with a woman officer present.",
    descriptionHi: "मानव तस्करी के अपराधों की जाँच, बचाव अभियान और महिला अधिकारी की उपस्थिति में बयान।",
    districts: ["Kamrup Metropolitan"],
    states: ["Assam"],
    countries: ["IN"],
    languages: ["as", "hi", "en", "bn"],
    phone: "+91 90000 09301",
    email: "ahtu.guwahati@demo.reweave.org",
    hours: "24 hours, every day",
  },
  {
    organisation: "police",
    service: "family_tracing",
    descriptionEn: "Tracing families through police stations in Assam and counterparts in Nepal and Bangladesh.",
    descriptionHi: "असम के पुलिस थानों और नेपाल व बांग्लादेश के समकक्षों के ज़रिए परिवारों की खोज।",
    districts: [],
    states: ["Assam"],
    countries: ["IN", "NP", "BD"],
    languages: ["as", "hi", "ne", "bn"],
    phone: "+91 90000 09302",
    email: "tracing.ahtu.guwahati@demo.reweave.org",
    hours: "Mon–Sat 10:00–17:00",
  },
  {
    organisation: "police",
    service: "repatriation",
    descriptionEn: "Escorted return of rescued persons to their home states and, with the border authorities, to Nepal and Bangladesh.",
    descriptionHi: "बचाए गए लोगों की उनके गृह राज्यों में, और सीमा अधिकारियों के साथ नेपाल व बांग्लादेश में, सुरक्षित वापसी।",
    districts: [],
    states: ["Assam"],
    countries: ["IN", "NP", "BD"],
    languages: ["as", "hi", "en"],
    phone: "+91 90000 09303",
    email: "return.ahtu.guwahati@demo.reweave.org",
    hours: "Mon–Fri 10:00–17:00",
  },
  {
    organisation: "cooperative",
    service: "vocational_training",
    descriptionEn: "Weaving, beekeeping and bamboo work at the cooperative, with a stipend while training.",
    descriptionHi: "सहकारी समिति में बुनाई, मधुमक्खी पालन और बाँस का काम, प्रशिक्षण के दौरान वज़ीफ़े के साथ।",
    districts: ["Ri-Bhoi", "East Khasi Hills"],
    states: ["Meghalaya"],
    countries: ["IN"],
    languages: ["en", "hi"],
    phone: "+91 90000 09401",
    email: "training.cooperative@demo.reweave.org",
    hours: "Mon–Sat 8:00–14:00",
  },
] as const satisfies ReadonlyArray<{
  organisation: CareOrganisationKey | "cooperative";
  service: ServiceKind;
  descriptionEn: string;
  descriptionHi: string;
  districts: readonly string[];
  states: readonly string[];
  countries: readonly string[];
  languages: readonly string[];
  phone: string;
  email: string;
  hours: string;
}>;
