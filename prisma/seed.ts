import type { Db } from "~/lib/db.server";
import { hashPassword } from "~/modules/identity/passwords.server";
import { DEMO_PASSWORD } from "~/lib/demo-accounts";
import { DEMO_ORGANISATIONS, demoPeople, type OrganisationKey } from "./seed/people";
import { seedEarningsHistory } from "./seed/earnings-history";
import { seedShop } from "./seed/shop";
import { seedCare } from "./seed/care";
import { seedReintegrationDemo, seedReintegrationReferenceData } from "./seed/reintegration";

/**
 * Deterministic demo data: the same organisations, people, catalog and history on every run.
 * Each module's part lives in prisma/seed/; later modules add theirs after these.
 */

export { DEMO_ORGANISATIONS };

export async function isDatabaseEmpty(db: Db) {
  return (await db.organisation.count()) === 0 && (await db.user.count()) === 0;
}

export async function seed(db: Db, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = demoPeople();
  const organisationIds = {} as Record<OrganisationKey, string>;
  const userIdsByEmail = new Map<string, string>();

  await db.$transaction(async (tx) => {
    for (const [key, organisation] of Object.entries(DEMO_ORGANISATIONS) as [OrganisationKey, (typeof DEMO_ORGANISATIONS)[OrganisationKey]][]) {
      const created = await tx.organisation.create({ data: { ...organisation, mandates: [...organisation.mandates] } });
      organisationIds[key] = created.id;
    }
    for (const person of people) {
      const user = await tx.user.create({
        data: {
          email: person.email,
          name: person.name,
          preferredLanguage: person.preferredLanguage,
          passwordHash,
          memberships: { create: person.organisations.map((key) => ({ organisationId: organisationIds[key], role: person.role })) },
        },
      });
      userIdsByEmail.set(person.email, user.id);
    }
  });

  await seedShop(db, {
    organisationIds,
    userIdsByEmail,
    extraArtisanEmails: people.filter((person) => person.role === "artisan" && !person.demoAccount).map((person) => person.email),
    now,
  });
  await seedEarningsHistory(db, { coordinatorId: userIdsByEmail.get("coordinator@demo.reweave.org")!, now });
  await seedCare(db, { organisationIds, userIdsByEmail, now });
  await seedReintegrationReferenceData(organisationIds);
  await seedReintegrationDemo(db, { organisationIds, userIdsByEmail, now });
}
