import type { Db } from "~/lib/db.server";
import { DEMO_ACCOUNTS } from "~/lib/demo-accounts";
import { seed } from "../../prisma/seed";

export interface SeededUser {
  email: string;
  name: string;
  preferredLanguage: string;
  roles: string[];
}

/**
 * The users the demo seed creates, found by running the (deterministic) seed against a recorder
 * instead of a database. Tests use it to pick an account that no other test signs in as.
 */
export async function seededUsers(): Promise<SeededUser[]> {
  const users: SeededUser[] = [];
  let nextId = 0;
  const recorder = {
    organisation: { create: async () => ({ id: `organisation-${++nextId}` }) },
    user: {
      create: async ({ data }: { data: Omit<SeededUser, "roles"> & { memberships: { create: { role: string } | { role: string }[] } } }) => {
        const memberships = [data.memberships.create].flat();
        users.push({ email: data.email, name: data.name, preferredLanguage: data.preferredLanguage, roles: memberships.map((m) => m.role) });
        return { id: `user-${++nextId}` };
      },
    },
  };
  const db = { ...recorder, $transaction: async (work: (tx: typeof recorder) => Promise<void>) => work(recorder) };
  await seed(db as unknown as Db);
  return users;
}

/** The first seeded user, not a demo account, with this role and language: for tests that change an account. */
export async function extraSeededUser(role: string, preferredLanguage: "en" | "hi"): Promise<SeededUser> {
  const demoEmails = new Set(DEMO_ACCOUNTS.map((account) => account.email));
  const user = (await seededUsers()).find((u) => !demoEmails.has(u.email) && u.roles.includes(role) && u.preferredLanguage === preferredLanguage);
  if (!user) throw new Error(`the seed has no extra ${role} who prefers ${preferredLanguage}`);
  return user;
}
