import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { isUuid } from "~/lib/validation";
import { forbidden, type SessionUser } from "~/modules/identity/index.server";
import { roleGrants, type Permission } from "~/modules/identity/permissions";
import { accessToCase, type CareAccess } from "./access.server";
import { recordBeneficiaryDenied } from "./read-audit.server";
import type { CaseStage } from "./vocabulary";

/** Who is looking at which case, through which access: what every case page and action starts from. */
export interface CaseContext {
  user: SessionUser;
  caseId: string;
  code: string;
  access: CareAccess;
  ip: string | null;
}

/**
 * The user's access to a case (the foundation's rules), or a 404: an unknown id and a case the user may
 * not see look the same, and a refused look at an existing case is audited.
 */
export async function requireCaseContext(user: SessionUser, caseId: string | undefined, request: { ip: string | null; path: string }): Promise<CaseContext> {
  const found = isUuid(caseId) ? await accessToCase(user, caseId) : null;
  if (!found) {
    const known = isUuid(caseId) ? await db.careCase.findUnique({ where: { id: caseId }, select: { beneficiary: { select: { code: true } } } }) : null;
    if (known) await recordBeneficiaryDenied({ user, code: known.beneficiary.code, ip: request.ip, path: request.path });
    throw notFound();
  }
  return { user, caseId: found.caseId, code: found.beneficiary.code, access: found.access, ip: request.ip };
}

/** Whether one of the user's memberships in `organisationId` grants `permission`. */
export function holdsIn(user: SessionUser, organisationId: string, permission: Permission) {
  return user.memberships.some((m) => m.organisationId === organisationId && roleGrants(m.role, permission));
}

export interface CaseState {
  stage: CaseStage;
  leadOrganisationId: string;
  closedAt: Date | null;
  closeRequestedAt: Date | null;
}

/** What this user may do on this case now; the page hides what these refuse, and every action checks them again. */
export interface CasePowers {
  /** Move stages, set the review date, ask to close: the lead organisation's case staff. */
  manage: boolean;
  /** Hand the case to another caseworker: the lead organisation's supervisors. */
  assign: boolean;
  requestClose: boolean;
  decideClose: boolean;
  recordService: boolean;
  /** Partners record only services their own organisation provided. */
  serviceAsOwnOrganisation: boolean;
}

export async function casePowers(ctx: CaseContext, state: CaseState): Promise<CasePowers> {
  const open = state.closedAt === null && state.stage !== "closed";
  const { access, user } = ctx;
  // After a transfer the registering organisation still sees the case; only the lead acts on its course.
  const manage = open && access.kind === "team" && access.canManage && holdsIn(user, state.leadOrganisationId, "manage:case:own");
  let partnerService = false;
  if (open && access.kind === "referral" && roleGrants(access.role, "respond:referral:own")) {
    partnerService = (await db.referral.count({ where: { caseId: ctx.caseId, toOrganisationId: access.organisationId, status: "accepted" } })) > 0;
  }
  return {
    manage,
    assign: open && access.kind === "team" && holdsIn(user, state.leadOrganisationId, "manage:case:org"),
    requestClose: manage && state.closeRequestedAt === null,
    decideClose: open && state.closeRequestedAt !== null && access.kind === "team" && holdsIn(user, state.leadOrganisationId, "approve:case-close:org"),
    recordService: open && ((access.kind === "team" && access.canManage) || partnerService),
    serviceAsOwnOrganisation: access.kind === "referral",
  };
}

/** The case's state for the checks above, or a 404 when it vanished. */
export async function caseState(caseId: string): Promise<CaseState & { code: string; closeRequestedById: string | null; assignedToId: string | null }> {
  const row = await db.careCase.findUnique({
    where: { id: caseId },
    select: { stage: true, leadOrganisationId: true, closedAt: true, closeRequestedAt: true, closeRequestedById: true, assignedToId: true, beneficiary: { select: { code: true } } },
  });
  if (!row) throw notFound();
  return { ...row, code: row.beneficiary.code };
}

/** Refuses (403) an action the user's powers do not include. */
export function requirePower(powers: CasePowers, power: keyof CasePowers) {
  if (!powers[power]) throw forbidden();
}
