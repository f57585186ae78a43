import { fakerEN_IN as faker } from "@faker-js/faker";
import { DEMO_ACCOUNTS } from "~/lib/demo-accounts";
import type { Role } from "~/modules/identity/roles";

/** The demo organisations and people: pure data, the same on every run. */

export const DEMO_ORGANISATIONS = {
  ngo: {
    name: "Shillong Anti-Trafficking Network",
    kind: "ngo",
    country: "IN",
    region: "Meghalaya",
    mandates: ["partnership", "prevention", "protection", "press"],
    beneficiaryCodePrefix: "MEG",
  },
  cooperative: {
    name: "Khasi Hills Honey & Weaving Cooperative",
    kind: "cooperative",
    country: "IN",
    region: "Meghalaya",
    mandates: ["prevention", "partnership"],
    beneficiaryCodePrefix: "KHC",
  },
  legalAid: {
    name: "Brahmaputra Legal Aid Centre",
    kind: "legal_aid",
    country: "IN",
    region: "Assam",
    mandates: ["prosecution", "protection"],
    beneficiaryCodePrefix: "ASM",
  },
  police: {
    name: "Guwahati Police Anti-Human Trafficking Unit",
    kind: "government_ahtu",
    country: "IN",
    region: "Assam",
    mandates: ["policing"],
    beneficiaryCodePrefix: "GHY",
  },
} as const;

export type OrganisationKey = keyof typeof DEMO_ORGANISATIONS;

export interface DemoPerson {
  email: string;
  name: string;
  preferredLanguage: "en" | "hi";
  role: Role;
  organisations: OrganisationKey[];
  /** True for the seven accounts named in the README. */
  demoAccount: boolean;
}

/** Where each demo account works. The coordinator serves both the NGO and its cooperative. */
const DEMO_MEMBERSHIPS: Record<Role, OrganisationKey[]> = {
  admin: ["ngo"],
  coordinator: ["ngo", "cooperative"],
  supervisor: ["ngo"],
  caseworker: ["ngo"],
  artisan: ["cooperative"],
  partner: ["legalAid"],
  auditor: ["ngo"],
};

const DEMO_NAMES: Record<Role, string> = {
  admin: "Asha Admin (demo)",
  coordinator: "Kynsai Coordinator (demo)",
  supervisor: "Meera Supervisor (demo)",
  caseworker: "Ibanri Caseworker (demo)",
  artisan: "Daphi Artisan (demo)",
  partner: "Rupam Partner (demo)",
  auditor: "Anil Auditor (demo)",
};

/** Further staff and artisans with generated names, so that lists have something to show. */
const EXTRA_PEOPLE: ReadonlyArray<{ organisation: OrganisationKey; role: Role; count: number }> = [
  { organisation: "ngo", role: "caseworker", count: 4 },
  { organisation: "cooperative", role: "artisan", count: 6 },
  { organisation: "legalAid", role: "partner", count: 2 },
  { organisation: "legalAid", role: "supervisor", count: 1 },
  { organisation: "legalAid", role: "caseworker", count: 2 },
  { organisation: "police", role: "supervisor", count: 1 },
  { organisation: "police", role: "caseworker", count: 1 },
  { organisation: "police", role: "partner", count: 1 },
];

export function demoPeople(): DemoPerson[] {
  faker.seed(2026);
  const people: DemoPerson[] = DEMO_ACCOUNTS.map(({ role, email }) => ({
    email,
    name: DEMO_NAMES[role],
    preferredLanguage: role === "artisan" ? "hi" : "en",
    role,
    organisations: DEMO_MEMBERSHIPS[role],
    demoAccount: true,
  }));
  for (const { organisation, role, count } of EXTRA_PEOPLE) {
    for (let index = 0; index < count; index++) {
      const firstName = faker.person.firstName("female");
      const lastName = faker.person.lastName();
      people.push({
        email: faker.internet.email({ firstName, lastName, provider: "demo.reweave.org" }).toLowerCase(),
        name: `${firstName} ${lastName}`,
        preferredLanguage: faker.helpers.arrayElement(["en", "hi"] as const),
        role,
        organisations: [organisation],
        demoAccount: false,
      });
    }
  }
  return people;
}
