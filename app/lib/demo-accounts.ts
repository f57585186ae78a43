import type { Role } from "~/modules/identity/roles";

/** The demo installation's accounts (created by `npm run db:seed`), shown on the sign-in page of demos. */
export const DEMO_PASSWORD = "reweave-demo-2026";

export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string }> = (
  ["admin", "coordinator", "supervisor", "caseworker", "artisan", "partner", "auditor"] as const
).map((role) => ({ role, email: `${role}@demo.reweave.org` }));
