import { demoPeople, type DemoPerson } from "../../prisma/seed/people";

/** The first seeded person, not a demo account, with this role and language: for tests that change an account. */
export function extraSeededUser(role: string, preferredLanguage: "en" | "hi"): DemoPerson {
  const person = demoPeople().find((candidate) => !candidate.demoAccount && candidate.role === role && candidate.preferredLanguage === preferredLanguage);
  if (!person) throw new Error(`the seed has no extra ${role} who prefers ${preferredLanguage}`);
  return person;
}
