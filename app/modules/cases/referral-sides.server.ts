import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";

/**
 * Which side of a referral a user is on: the sending organisation's team (holds refer:case there) or
 * the receiving organisation's staff (holds respond:referral there). Anyone else is neither, and sees
 * nothing of it.
 */
export function referralSides(user: SessionUser, referral: { fromOrganisationId: string; toOrganisationId: string }) {
  return {
    sender: user.memberships.some((m) => m.organisationId === referral.fromOrganisationId && roleGrants(m.role, "refer:case:own")),
    receiver: user.memberships.some((m) => m.organisationId === referral.toOrganisationId && roleGrants(m.role, "respond:referral:own")),
  };
}

/** The organisations whose sent referrals the user follows. */
export function sendingOrganisations(user: SessionUser) {
  return [...new Set(user.memberships.filter((m) => roleGrants(m.role, "refer:case:own")).map((m) => m.organisationId))];
}

/** The organisations whose received referrals the user answers. */
export function receivingOrganisations(user: SessionUser) {
  return [...new Set(user.memberships.filter((m) => roleGrants(m.role, "respond:referral:own")).map((m) => m.organisationId))];
}
