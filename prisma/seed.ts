import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db } from "~/lib/db.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "~/lib/demo-accounts";
import { hashPassword } from "~/modules/identity/passwords.server";
import type { Role } from "~/modules/identity/roles";

/**
 * Deterministic demo data: the same organisations, people and passwords on every run.
 * Later modules add their own seed steps after this one.
 */

export const DEMO_ORGANISATIONS = {
  ngo: {
    name: "Shillong Anti-Trafficking Network",
    kind: "ngo",
    country: "IN",
    region: "Meghalaya",
    mandates: ["partnership", "prevention", "protection", "press"],
  },
  cooperative: {
    name: "Khasi Hills Honey & Weaving Cooperative",
    kind: "cooperative",
    country: "IN",
    region: "Meghalaya",
    mandates: ["prevention", "partnership"],
  },
  legalAid: {
    name: "Brahmaputra Legal Aid Centre",
    kind: "legal_aid",
    country: "IN",
    region: "Assam",
    mandates: ["prosecution", "protection"],
  },
} as const;

type OrganisationKey = keyof typeof DEMO_ORGANISATIONS;

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
];

export async function isDatabaseEmpty(db: Db) {
  return (await db.organisation.count()) === 0 && (await db.user.count()) === 0;
}

export async function seed(db: Db) {
  faker.seed(2026);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$transaction(async (tx) => {
    const organisationIds = {} as Record<OrganisationKey, string>;
    for (const [key, organisation] of Object.entries(DEMO_ORGANISATIONS) as [OrganisationKey, (typeof DEMO_ORGANISATIONS)[OrganisationKey]][]) {
      const created = await tx.organisation.create({ data: { ...organisation, mandates: [...organisation.mandates] } });
      organisationIds[key] = created.id;
    }

    for (const { role, email } of DEMO_ACCOUNTS) {
      await tx.user.create({
        data: {
          email,
          name: DEMO_NAMES[role],
          preferredLanguage: role === "artisan" ? "hi" : "en",
          passwordHash,
          memberships: { create: DEMO_MEMBERSHIPS[role].map((key) => ({ organisationId: organisationIds[key], role })) },
        },
      });
    }

    for (const { organisation, role, count } of EXTRA_PEOPLE) {
      for (let index = 0; index < count; index++) {
        const firstName = faker.person.firstName("female");
        const lastName = faker.person.lastName();
        await tx.user.create({
          data: {
            email: faker.internet.email({ firstName, lastName, provider: "demo.reweave.org" }).toLowerCase(),
            name: `${firstName} ${lastName}`,
            preferredLanguage: faker.helpers.arrayElement(["en", "hi"]),
            passwordHash,
            memberships: { create: { organisationId: organisationIds[organisation], role } },
          },
        });
      }
    }
  });
}
