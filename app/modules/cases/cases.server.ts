import { randomUUID } from "node:crypto";
import { isCountryCode } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/index.server";
import { forbidden, type SessionUser } from "~/modules/identity/index.server";
import { refuseField, refuseForm, type Outcome } from "~/modules/identity/outcome";
import { roleGrants } from "~/modules/identity/permissions";
import type { Role } from "~/modules/identity/roles";
import { accessToBeneficiary } from "./access.server";
import { careToday, parseCareDay } from "./case-dates";
import type { OpenCaseInput } from "./case-schemas";
import { BENEFICIARY_CODE } from "./codes.server";
import { consentsInForce } from "./consent-state.server";
import { recordBeneficiaryDenied } from "./read-audit.server";

/** Opening a case for a registered person: the lead organisation, where it is worked, who works it. */

/** Roles that can be assigned a case (they manage cases). */
const ASSIGNABLE_ROLES: readonly Role[] = ["caseworker", "supervisor"];

/** The person the user may open a case for (team access with the right to manage cases), or 404/403. */
async function requireOpenAccess(user: SessionUser, code: string, request: { ip: string | null; path: string }) {
  const normalised = code.trim().toUpperCase();
  const found = BENEFICIARY_CODE.test(normalised) ? await accessToBeneficiary(user, normalised) : null;
  if (!found) {
    if (BENEFICIARY_CODE.test(normalised)) await recordBeneficiaryDenied({ user, code: normalised, ip: request.ip, path: request.path });
    throw notFound();
  }
  if (found.access.kind !== "team" || !found.access.canManage) throw forbidden();
  return found;
}

/** The user's organisations in which they manage cases: the possible lead organisations. */
async function leadOptions(user: SessionUser) {
  const ids = [...new Set(user.memberships.filter((m) => roleGrants(m.role, "manage:case:own")).map((m) => m.organisationId))];
  return db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, region: true, country: true }, orderBy: { name: "asc" } });
}

/** The active caseworkers and supervisors of organisations, by organisation. */
export async function caseworkersOf(organisationIds: string[]) {
  const memberships = await db.membership.findMany({
    where: { organisationId: { in: organisationIds }, role: { in: [...ASSIGNABLE_ROLES] }, user: { deactivatedAt: null } },
    select: { organisationId: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const byOrganisation = new Map<string, { id: string; name: string }[]>();
  for (const { organisationId, user } of memberships) {
    const list = byOrganisation.get(organisationId) ?? [];
    if (!list.some((other) => other.id === user.id)) list.push(user);
    byOrganisation.set(organisationId, list);
  }
  return byOrganisation;
}

/** What the "open a case" form needs; refuses (404/403) a person the user may not open a case for. */
export async function openCaseForm(user: SessionUser, code: string, request: { ip: string | null; path: string }) {
  const found = await requireOpenAccess(user, code, request);
  const [consents, organisations] = await Promise.all([consentsInForce(found.beneficiary.id), leadOptions(user)]);
  const caseworkers = await caseworkersOf(organisations.map((o) => o.id));
  const openCases = await db.careCase.findMany({ where: { beneficiaryId: found.beneficiary.id, closedAt: null }, select: { id: true, leadOrganisationId: true } });
  const preferred = organisations.find((o) => o.id === found.access.organisationId) ?? organisations[0];
  return {
    code: found.beneficiary.code,
    consent: consents.has("case_management"),
    organisations: organisations.map((o) => ({ ...o, caseworkers: caseworkers.get(o.id) ?? [] })),
    defaultOrganisationId: preferred?.id ?? null,
    openCases: openCases.filter((c) => organisations.some((o) => o.id === c.leadOrganisationId)).map((c) => c.id),
  };
}

/** Opens the case in stage Report, with an "opened" event on its timeline. */
export async function openCase(user: SessionUser, input: OpenCaseInput, request: { ip: string | null; path: string }): Promise<Outcome<{ caseId: string }>> {
  const found = await requireOpenAccess(user, input.beneficiary, request);
  const organisations = await leadOptions(user);
  const lead = organisations.find((o) => o.id === input.leadOrganisationId);
  if (!lead) return refuseField("leadOrganisationId", "careCases:errors.organisation");
  if (!isCountryCode(input.country)) return refuseField("country", "validation.country");
  const caseworkers = (await caseworkersOf([lead.id])).get(lead.id) ?? [];
  if (!caseworkers.some((c) => c.id === input.assignedToId)) return refuseField("assignedToId", "careCases:errors.assignee");
  if (!(await consentsInForce(found.beneficiary.id)).has("case_management")) return refuseForm("careCases:errors.noConsent");
  const open = await db.careCase.findFirst({ where: { beneficiaryId: found.beneficiary.id, leadOrganisationId: lead.id, closedAt: null }, select: { id: true } });
  if (open) return refuseForm("careCases:errors.alreadyOpen");

  const caseId = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.careCase.create({
      data: {
        id: caseId,
        beneficiaryId: found.beneficiary.id,
        leadOrganisationId: lead.id,
        assignedToId: input.assignedToId,
        stage: "report",
        district: input.district,
        state: input.state,
        country: input.country,
        reviewDueOn: input.reviewDueOn ? parseCareDay(input.reviewDueOn) : null,
        events: { create: { kind: "opened", occurredOn: parseCareDay(careToday())!, actorId: user.id, organisationId: lead.id, toStage: "report" } },
      },
    });
    await recordAudit(
      { action: "care.case.opened", actorId: user.id, organisationId: lead.id, entityType: "care_case", entityId: caseId, ip: request.ip, details: { code: found.beneficiary.code } },
      tx,
    );
  });
  return { ok: true, caseId };
}
