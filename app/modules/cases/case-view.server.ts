import { countryName } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { roleGrants } from "~/modules/identity/permissions";
import { careToday, CLOSE_REQUEST_OVERDUE_DAYS, dayText } from "./case-dates";
import { casePowers, type CaseContext } from "./case-context.server";
import { caseTimeline } from "./case-timeline.server";
import { caseworkersOf } from "./cases.server";
import { checklistFor, checklistLabel } from "./checklists.server";
import { decryptIdentity } from "./identity-codec.server";
import { recordBeneficiaryRead } from "./read-audit.server";
import { defaultProvider } from "./services.server";

/** Whether a case needs attention: its review is past due, or a request to close has waited over a week. */
export function isOverdue(row: { reviewDueOn: Date | null; closeRequestedAt: Date | null; closedAt: Date | null }, now = new Date()) {
  if (row.closedAt) return false;
  if (row.reviewDueOn && dayText(row.reviewDueOn) < careToday(now)) return true;
  return row.closeRequestedAt !== null && now.getTime() - row.closeRequestedAt.getTime() > CLOSE_REQUEST_OVERDUE_DAYS * 86_400_000;
}

/**
 * Everything the case page shows. The legal name (when this access may see it) and the notes are the
 * only decrypted data; when any is shown, the read is audited once.
 */
export async function casePageData(ctx: CaseContext, language: string) {
  const row = await db.careCase.findUniqueOrThrow({
    where: { id: ctx.caseId },
    include: {
      leadOrganisation: { select: { id: true, name: true, region: true, country: true } },
      assignedTo: { select: { id: true, name: true } },
      beneficiary: { select: { id: true, code: true, legalName: true } },
    },
  });
  const { access } = ctx;
  const showsName = access.kind !== "audit" && access.fields.includes("legalName");
  const legalName = showsName ? (decryptIdentity(row.beneficiary, ["legalName"]).legalName ?? null) : null;
  const [timeline, powers, checklist, requester] = await Promise.all([
    caseTimeline(ctx, language),
    casePowers(ctx, row),
    row.closedAt ? Promise.resolve([]) : checklistFor(row.leadOrganisationId, row.stage),
    row.closeRequestedById ? db.user.findUnique({ where: { id: row.closeRequestedById }, select: { name: true } }) : Promise.resolve(null),
  ]);
  if (legalName !== null || timeline.some((entry) => entry.notes !== null)) {
    await recordBeneficiaryRead({ user: ctx.user, code: row.beneficiary.code, access, via: "case", ip: ctx.ip });
  }
  const [caseworkers, organisations] = await Promise.all([
    powers.assign ? caseworkersOf([row.leadOrganisationId]) : Promise.resolve(new Map<string, { id: string; name: string }[]>()),
    powers.recordService && !powers.serviceAsOwnOrganisation ? db.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }) : Promise.resolve([]),
  ]);
  const providerId = defaultProvider(ctx, row.leadOrganisationId);
  const provider = powers.serviceAsOwnOrganisation ? await db.organisation.findUnique({ where: { id: providerId }, select: { id: true, name: true } }) : null;
  return {
    case: {
      id: row.id,
      code: row.beneficiary.code,
      stage: row.stage,
      stageEnteredAt: row.stageEnteredAt.toISOString(),
      district: row.district,
      state: row.state,
      country: countryName(row.country, language),
      leadOrganisation: { name: row.leadOrganisation.name, region: row.leadOrganisation.region, country: countryName(row.leadOrganisation.country, language) },
      assignedTo: row.assignedTo,
      reviewDueOn: row.reviewDueOn ? dayText(row.reviewDueOn) : null,
      overdue: isOverdue(row),
      closeRequest: row.closeRequestedAt ? { at: row.closeRequestedAt.toISOString(), by: requester?.name ?? null } : null,
      closedAt: row.closedAt?.toISOString() ?? null,
    },
    person: { legalName },
    access: { kind: access.kind, organisationId: access.organisationId },
    powers,
    canRefer: powers.manage && roleGrants(access.role, "refer:case:own"),
    checklist: checklist.map((item) => ({ id: item.id, label: checklistLabel(item, language) })),
    timeline,
    assignees: caseworkers.get(row.leadOrganisationId) ?? [],
    providers: organisations,
    ownProvider: provider,
    defaultProviderId: providerId,
    today: careToday(),
  };
}

export type CasePageData = Awaited<ReturnType<typeof casePageData>>;
