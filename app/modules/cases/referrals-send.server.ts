import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { countryName } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { getTranslator } from "~/lib/i18n.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { Mandate } from "~/modules/identity/roles";
import { accessToCase, type CareAccess } from "./access.server";
import { consentsInForce, sharingPurposeFor } from "./consent-state.server";
import { directoryEntryView, directorySearch } from "./directory.server";
import type { DirectorySearch } from "./directory-schema";
import { encryptNote } from "./identity-codec.server";
import { recordBeneficiaryDenied } from "./read-audit.server";
import { notifyReferral } from "./referral-notify.server";
import { refuseField, refuseForm, type Outcome } from "./referral-outcome";
import type { SendReferralInput } from "./referral-schemas";
import { ACTIVE_REFERRAL_STATUSES, SERVICE_KINDS, SERVICE_MANDATES, TRANSFER_MANDATES, fieldsForMandates, type ServiceKind } from "./vocabulary";

const CASE_SELECT = {
  id: true,
  stage: true,
  district: true,
  state: true,
  country: true,
  beneficiaryId: true,
  leadOrganisationId: true,
  beneficiary: { select: { code: true } },
  leadOrganisation: { select: { id: true, name: true, kind: true, region: true, country: true } },
} satisfies Prisma.CareCaseSelect;

export type CaseToRefer =
  | { ok: true; careCase: Prisma.CareCaseGetPayload<{ select: typeof CASE_SELECT }>; access: Extract<CareAccess, { kind: "team" }>; canOverride: boolean }
  | { ok: false; status: 403 | 404 };

/**
 * The case a user may refer: her organisation's team manages it (accessToCase, canManage) and she holds
 * refer:case there. Anyone without access gets 404 and the refusal is audited; a team member who cannot
 * manage the case (or a partner seeing it through a referral) gets 403.
 */
export async function openCaseToRefer(user: SessionUser, caseId: string, request: { ip: string | null; path: string }): Promise<CaseToRefer> {
  if (!isUuid(caseId)) return { ok: false, status: 404 };
  const found = await accessToCase(user, caseId);
  if (!found) {
    const known = await db.careCase.findUnique({ where: { id: caseId }, select: { beneficiary: { select: { code: true } } } });
    if (known) await recordBeneficiaryDenied({ user, code: known.beneficiary.code, ip: request.ip, path: request.path });
    return { ok: false, status: 404 };
  }
  const { access } = found;
  if (access.kind !== "team" || !access.canManage) return { ok: false, status: 403 };
  const roles = user.memberships.filter((m) => m.organisationId === access.organisationId).map((m) => m.role);
  if (!roles.some((role) => roleGrants(role, "refer:case:own"))) return { ok: false, status: 403 };
  const careCase = await db.careCase.findUniqueOrThrow({ where: { id: caseId }, select: CASE_SELECT });
  return { ok: true, careCase, access, canOverride: roles.some((role) => roleGrants(role, "override:consent:own")) };
}

/** The mandates that may receive this referral. */
export function mandatesNeeded(kind: "service" | "transfer", service: ServiceKind | null | undefined): readonly Mandate[] {
  return kind === "transfer" || !service ? TRANSFER_MANDATES : SERVICE_MANDATES[service];
}

const ORGANISATION_SELECT = { id: true, name: true, kind: true, region: true, country: true, mandates: true } satisfies Prisma.OrganisationSelect;

/**
 * What the referral form shows: the case (code, stage, where it is worked), the organisations that could
 * receive it, the chosen one with the fields its mandates need and whether the matching consent is in
 * force, and the directory entries serving the case's place.
 */
export async function referralFormData(
  opened: Extract<CaseToRefer, { ok: true }>,
  query: { to?: string; search: DirectorySearch; placeGiven: boolean },
  language: string,
) {
  const { careCase, access } = opened;
  const organisations = await db.organisation.findMany({
    where: { id: { notIn: [careCase.leadOrganisationId, access.organisationId] } },
    select: ORGANISATION_SELECT,
    orderBy: { name: "asc" },
  });
  const consents = await consentsInForce(careCase.beneficiaryId);
  const chosen = organisations.find((org) => org.id === query.to) ?? null;
  const search: DirectorySearch = {
    ...query.search,
    place: query.placeGiven ? query.search.place : `${careCase.district}, ${careCase.state}`,
    country: query.search.country ?? careCase.country,
  };
  const entries = (await directorySearch(search)).filter((row) => row.organisationId !== careCase.leadOrganisationId && row.organisationId !== access.organisationId);
  const withPlace = <T extends { country: string }>(org: T) => ({ ...org, countryName: countryName(org.country, language) });
  return {
    careCase: {
      id: careCase.id,
      code: careCase.beneficiary.code,
      stage: careCase.stage,
      district: careCase.district,
      state: careCase.state,
      countryName: countryName(careCase.country, language),
      lead: withPlace(careCase.leadOrganisation),
      isLead: careCase.leadOrganisationId === access.organisationId,
    },
    organisations: organisations.map(withPlace),
    target: chosen
      ? {
          ...withPlace(chosen),
          fields: fieldsForMandates(chosen.mandates),
          purpose: sharingPurposeFor(chosen.kind),
          consentInForce: consents.has(sharingPurposeFor(chosen.kind)),
          services: SERVICE_KINDS.filter((service) => SERVICE_MANDATES[service].some((mandate) => chosen.mandates.includes(mandate))),
          canTakeLead: TRANSFER_MANDATES.some((mandate) => chosen.mandates.includes(mandate)),
        }
      : null,
    search,
    directory: entries.map((row) => directoryEntryView(row, language)),
    canOverride: opened.canOverride,
  };
}

class Refused extends Error {
  constructor(readonly refusal: Extract<Outcome, { ok: false }>) {
    super("refused");
  }
}

/**
 * Sends a referral (or a transfer of the lead) of a case to another organisation. Every rule refuses with
 * a message and changes nothing: not the case's own organisation, a closed case, a target without the
 * mandate, a second active referral for the same service, and no matching consent unless overridden
 * with the permission and a reason. The shared fields are what the sender ticked, within the target's
 * mandates.
 */
export async function sendReferral(
  user: SessionUser,
  opened: Extract<CaseToRefer, { ok: true }>,
  input: SendReferralInput,
  context: { ip: string | null; language: string },
): Promise<Outcome<{ referralId: string }>> {
  const { careCase, access } = opened;
  const t = await getTranslator(context.language);
  const fromId = access.organisationId;
  if (careCase.stage === "closed") return refuseForm("careReferrals:send.errors.caseClosed");
  const target = await db.organisation.findUnique({ where: { id: input.toOrganisationId }, select: ORGANISATION_SELECT });
  if (!target) return refuseField("toOrganisationId", "validation.choose");
  if (target.id === careCase.leadOrganisationId || target.id === fromId) return refuseField("toOrganisationId", "careReferrals:send.errors.ownOrganisation");
  const service = input.kind === "service" ? input.service! : null;
  if (input.kind === "transfer" && fromId !== careCase.leadOrganisationId) return refuseField("kind", "careReferrals:send.errors.transferNotLead");
  const needed = mandatesNeeded(input.kind, service);
  if (!needed.some((mandate) => target.mandates.includes(mandate))) {
    return refuseField("toOrganisationId", "careReferrals:send.errors.mandate", {
      organisation: target.name,
      service: service ? t(`care:services.${service}`) : t("care:referralKinds.transfer"),
      mandates: needed.map((mandate) => t(`care:mandates.${mandate}`)).join(t("careReferrals:send.or")),
    });
  }
  const purpose = sharingPurposeFor(target.kind);
  let consentOverride = false;
  if (!(await consentsInForce(careCase.beneficiaryId)).has(purpose)) {
    if (!input.override) return refuseForm("careReferrals:send.errors.noConsent", { purpose: t(`care:consentPurposes.${purpose}`) });
    if (!opened.canOverride) return refuseField("override", "careReferrals:send.errors.overrideNotAllowed");
    consentOverride = true;
  }
  const allowed = fieldsForMandates(target.mandates);
  const sharedFields = allowed.filter((field) => input.sharedFields.includes(field));
  const id = randomUUID();
  const from = await db.organisation.findUniqueOrThrow({ where: { id: fromId }, select: { name: true } });

  try {
    await db.$transaction(async (tx) => {
      const active = await tx.referral.findFirst({
        where: {
          caseId: careCase.id,
          status: { in: [...ACTIVE_REFERRAL_STATUSES] },
          ...(input.kind === "transfer" ? { kind: "transfer" } : { kind: "service", service, toOrganisationId: target.id }),
        },
        select: { toOrganisationId: true },
      });
      if (active) {
        throw new Refused(
          input.kind === "transfer"
            ? refuseField("kind", "careReferrals:send.errors.transferPending")
            : refuseField("toOrganisationId", "careReferrals:send.errors.duplicate", { organisation: target.name, service: t(`care:services.${service!}`) }),
        );
      }
      await tx.referral.create({
        data: {
          id,
          caseId: careCase.id,
          kind: input.kind,
          fromOrganisationId: fromId,
          toOrganisationId: target.id,
          service,
          reason: encryptNote("referral.reason", id, input.reason)!,
          sharedFields,
          consentOverride,
          overrideReason: consentOverride ? encryptNote("referral.override", id, input.overrideReason) : null,
          createdById: user.id,
        },
      });
      await tx.caseEvent.create({
        data: { caseId: careCase.id, kind: "referral_sent", occurredOn: new Date(), actorId: user.id, organisationId: fromId, service, referralId: id },
      });
      await recordAudit(
        {
          action: "care.referral.sent",
          actorId: user.id,
          organisationId: fromId,
          entityType: "referral",
          entityId: id,
          ip: context.ip,
          details: { code: careCase.beneficiary.code, to: target.id, service, kind: input.kind, fields: sharedFields, consentOverride },
        },
        tx,
      );
      if (consentOverride) {
        // The reason is the overrider's own justification, asked to be written without the person's identity.
        await recordAudit(
          {
            action: "care.referral.consent_overridden",
            actorId: user.id,
            organisationId: fromId,
            entityType: "referral",
            entityId: id,
            ip: context.ip,
            reason: input.overrideReason ?? null,
            details: { code: careCase.beneficiary.code, to: target.id, purpose },
          },
          tx,
        );
      }
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }

  await notifyReferral(target.id, "referral_received", { id, code: careCase.beneficiary.code, kind: input.kind, service, from: from.name, to: target.name }, user.id);
  return { ok: true, referralId: id };
}
