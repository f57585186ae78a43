import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { encryptIdentity, encryptNote, matchKeyFor, birthYearOf, nextBeneficiaryCode, type Identity } from "~/modules/cases/index.server";
import type { CaseStage, ConsentPurpose, IdentityField, ReferralStatus, ServiceKind } from "~/modules/cases/vocabulary";
import type { Mandate, OrganisationKind, Role } from "~/modules/identity/roles";
import { createUser } from "./helpers";

/**
 * Test data for the care side, written straight to the database (the way the seed does), so that each
 * test starts from the state it needs. The behaviour under test always goes through the modules.
 */

export async function careOrganisation(options: Partial<{ name: string; kind: OrganisationKind; mandates: Mandate[]; prefix: string; region: string; country: string; ownCasesOnly: boolean }> = {}) {
  return db.organisation.create({
    data: {
      name: options.name ?? `Care organisation ${randomUUID().slice(0, 8)}`,
      kind: options.kind ?? "ngo",
      country: options.country ?? "IN",
      region: options.region ?? "Meghalaya",
      mandates: options.mandates ?? ["protection", "prevention"],
      beneficiaryCodePrefix: options.prefix ?? "TST",
      caseworkersSeeOwnCasesOnly: options.ownCasesOnly ?? false,
    },
  });
}

export function careUser(role: Role, organisationId: string) {
  return createUser([role], { organisationId });
}

export const SAMPLE_IDENTITY: Identity = {
  legalName: "Testa Fictional Lyngdoh",
  otherNames: "Testa",
  dateOfBirth: "2004-03-15",
  sexGender: "female",
  phone: "+91 98000 00001",
  address: "12 Imaginary Lane, Nowhere Village",
  originDistrict: "East Khasi Hills",
  originState: "Meghalaya",
  originCountry: "IN",
  languages: "Khasi, English",
  identityDocuments: "Aadhaar (copy held)",
};

export async function careBeneficiary(options: {
  organisationId: string;
  registeredById?: string | null;
  identity?: Identity;
  consents?: ConsentPurpose[];
  stage?: CaseStage;
  assignedToId?: string | null;
  withCase?: boolean;
}) {
  const id = randomUUID();
  const identity = options.identity ?? SAMPLE_IDENTITY;
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: options.organisationId } });
  const code = await nextBeneficiaryCode(db, organisation.beneficiaryCodePrefix);
  const beneficiary = await db.beneficiary.create({
    data: {
      id,
      code,
      organisationId: options.organisationId,
      registeredById: options.registeredById ?? null,
      ...encryptIdentity(id, identity),
      matchKey: matchKeyFor({ legalName: identity.legalName, birthYear: birthYearOf(identity, new Date()), originDistrict: identity.originDistrict }),
      consents: {
        create: (options.consents ?? ["case_management"]).map((purpose) => ({ purpose, method: "written" as const, givenOn: new Date("2026-01-10") })),
      },
    },
  });
  const careCase =
    options.withCase === false
      ? null
      : await db.careCase.create({
          data: {
            beneficiaryId: id,
            leadOrganisationId: options.organisationId,
            assignedToId: options.assignedToId ?? null,
            stage: options.stage ?? "report",
            district: "East Khasi Hills",
            state: "Meghalaya",
            country: "IN",
            events: { create: { kind: "opened", occurredOn: new Date("2026-01-10"), organisationId: options.organisationId, toStage: options.stage ?? "report" } },
          },
        });
  return { beneficiary, careCase, identity };
}

export async function careReferral(options: {
  caseId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  status?: ReferralStatus;
  service?: ServiceKind;
  sharedFields?: IdentityField[];
  consentOverride?: boolean;
}) {
  const id = randomUUID();
  return db.referral.create({
    data: {
      id,
      caseId: options.caseId,
      kind: "service",
      fromOrganisationId: options.fromOrganisationId,
      toOrganisationId: options.toOrganisationId,
      service: options.service ?? "legal_aid",
      reason: encryptNote("referral.reason", id, "Needs legal counsel for the trial")!,
      sharedFields: options.sharedFields ?? ["legalName", "sexGender", "languages"],
      consentOverride: options.consentOverride ?? false,
      status: options.status ?? "pending",
    },
  });
}
