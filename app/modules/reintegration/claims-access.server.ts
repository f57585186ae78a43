import { notFound } from "~/lib/http.server";
import { recordBeneficiaryDenied, requireCaseContext, type CaseContext } from "~/modules/cases/index.server";
import { forbidden, type SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";

/**
 * A case's claims are for the person's team only: partners and auditors get the same 404 as an unknown
 * case (and the refusal is audited). Pages show the code, never identity, so no read row is written.
 */
export async function requireClaimsCase(user: SessionUser, caseId: string | undefined, request: { ip: string | null; path: string }): Promise<CaseContext> {
  const ctx = await requireCaseContext(user, caseId, request);
  if (ctx.access.kind !== "team") {
    await recordBeneficiaryDenied({ user, code: ctx.code, ip: request.ip, path: request.path });
    throw notFound();
  }
  return ctx;
}

/** Filing and changing claims: the team's case staff holding manage:claim. */
export function canManageClaims(ctx: CaseContext) {
  return ctx.access.kind === "team" && ctx.access.canManage && roleGrants(ctx.access.role, "manage:claim:own");
}

export function requireClaimManager(ctx: CaseContext) {
  if (!canManageClaims(ctx)) throw forbidden();
}
