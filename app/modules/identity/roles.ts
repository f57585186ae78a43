/** Roles a membership can carry. Shared by server and browser (labels, menus). */
export const ROLES = ["admin", "coordinator", "supervisor", "caseworker", "artisan", "partner", "auditor"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work with survivor data or administer the system: short idle sessions. */
export const STAFF_ROLES: readonly Role[] = ["admin", "coordinator", "supervisor", "caseworker", "partner", "auditor"];

/** Roles an organisation can oblige to use two-factor authentication (in production). */
export const TWO_FACTOR_REQUIRABLE_ROLES: readonly Role[] = ["admin", "supervisor", "caseworker"];

export const ORGANISATION_KINDS = [
  "ngo",
  "shelter",
  "cooperative",
  "government_ahtu",
  "legal_aid",
  "medical",
  "media",
  "social_enterprise",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The Impulse Model's 6 P's. */
export const MANDATES = ["partnership", "prevention", "protection", "policing", "press", "prosecution"] as const;
export type Mandate = (typeof MANDATES)[number];

/** Where each role starts after signing in; the first role in this order wins. */
const HOME_BY_ROLE: ReadonlyArray<[Role, string]> = [
  ["admin", "/admin"],
  ["auditor", "/admin/audit"],
  ["coordinator", "/admin"],
  ["supervisor", "/care"],
  ["caseworker", "/care"],
  ["partner", "/care"],
  ["artisan", "/studio"],
];

export function homePathFor(roles: readonly Role[]): string {
  return HOME_BY_ROLE.find(([role]) => roles.includes(role))?.[1] ?? "/";
}
