import { demoPeople, type DemoPerson } from "../../prisma/seed/people";

/** The first seeded person, not a demo account, with this role and language: for tests that change an account. */
export function extraSeededUser(role: string, preferredLanguage: "en" | "hi"): DemoPerson {
  const person = demoPeople().find((candidate) => !candidate.demoAccount && candidate.role === role && candidate.preferredLanguage === preferredLanguage);
  if (!person) throw new Error(`the seed has no extra ${role} who prefers ${preferredLanguage}`);
  return person;
}

/**
 * The maker who has just joined the cooperative (prisma/seed/reintegration-maker.ts): one product in the shop,
 * no sale yet, linked to the demo caseworker's client in Re-integration. The maker keeps 85 % of the price.
 */
export const FIRST_SALE_PRODUCT = { slug: "natural-dyed-cotton-stole", title: "Natural-dyed cotton stole", makerShare: "₹1,190.00" };
