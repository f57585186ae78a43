import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { accessToBeneficiary, accessToCase, visibleCasesWhere } from "~/modules/cases/index.server";
import { fieldsForMandates, IDENTITY_FIELDS } from "~/modules/cases/vocabulary";
import { getSessionUser, type SessionUser } from "~/modules/identity/index.server";
import type { Role } from "~/modules/identity/roles";
import { signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

async function sessionOf(role: Role, organisationId: string): Promise<SessionUser> {
  const user = await careUser(role, organisationId);
  return (await getSessionUser(makeRequest("/care", { cookie: await signIn(user) })))!;
}

describe("care access rules", () => {
  let owner: { id: string };
  let partnerOrg: { id: string };
  let police: { id: string };
  let unrelated: { id: string };
  let subject: Awaited<ReturnType<typeof careBeneficiary>>;

  beforeAll(async () => {
    owner = await careOrganisation({ prefix: "OWN" });
    partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution", "protection"], region: "Assam", prefix: "PAR" });
    police = await careOrganisation({ kind: "government_ahtu", mandates: ["policing"], region: "Assam", prefix: "POL" });
    unrelated = await careOrganisation({ prefix: "UNR" });
    subject = await careBeneficiary({ organisationId: owner.id, consents: ["case_management", "share_partners"] });
    await careReferral({
      caseId: subject.careCase!.id,
      fromOrganisationId: owner.id,
      toOrganisationId: partnerOrg.id,
      status: "accepted",
      sharedFields: fieldsForMandates(["prosecution", "protection"]),
    });
  });

  it("gives the owning organisation's staff the whole record, photo to caseworkers and supervisors only", async () => {
    for (const role of ["caseworker", "supervisor", "coordinator"] as const) {
      const found = await accessToBeneficiary(await sessionOf(role, owner.id), subject.beneficiary.code);
      expect(found?.access).toMatchObject({ kind: "team", fields: IDENTITY_FIELDS, caseIds: null, canSeePhoto: role !== "coordinator" });
    }
  });

  it("refuses the owning organisation's admin, artisan and partner roles", async () => {
    for (const role of ["admin", "artisan", "partner"] as const) {
      expect(await accessToBeneficiary(await sessionOf(role, owner.id), subject.beneficiary.code)).toBeNull();
    }
  });

  it("gives a partner organisation with an accepted referral the referred case and its shared fields only", async () => {
    for (const role of ["partner", "caseworker", "supervisor"] as const) {
      const found = await accessToBeneficiary(await sessionOf(role, partnerOrg.id), subject.beneficiary.code);
      expect(found?.access).toMatchObject({ kind: "referral", caseIds: [subject.careCase!.id], canSeePhoto: false, canManage: false });
      expect(found?.access.fields).toEqual(fieldsForMandates(["prosecution", "protection"]));
      expect(found?.access.fields).not.toContain("identityDocuments");
    }
  });

  it("refuses a partner organisation without a referral, and an unrelated organisation, whatever the role", async () => {
    for (const organisation of [police, unrelated]) {
      for (const role of ["partner", "caseworker", "supervisor", "coordinator", "admin"] as const) {
        const user = await sessionOf(role, organisation.id);
        expect(await accessToBeneficiary(user, subject.beneficiary.code)).toBeNull();
        expect(await accessToCase(user, subject.careCase!.id)).toBeNull();
        expect(await db.careCase.count({ where: { AND: [await visibleCasesWhere(user), { id: subject.careCase!.id }] } })).toBe(0);
      }
    }
  });

  it("lets auditors read, as an audit (the reason is asked for by the page), even in the person's own organisation", async () => {
    for (const organisation of [unrelated, owner]) {
      const auditor = await sessionOf("auditor", organisation.id);
      const found = await accessToBeneficiary(auditor, subject.beneficiary.code);
      expect(found?.access).toMatchObject({ kind: "audit", canSeePhoto: false, canManage: false });
      expect(await db.careCase.count({ where: { AND: [await visibleCasesWhere(auditor), { id: subject.careCase!.id }] } })).toBe(0);
    }
  });

  it("ends a partner's access the moment sharing consent is withdrawn, unless the referral was an override", async () => {
    const person = await careBeneficiary({ organisationId: owner.id, consents: ["case_management", "share_partners"] });
    await careReferral({ caseId: person.careCase!.id, fromOrganisationId: owner.id, toOrganisationId: partnerOrg.id, status: "pending" });
    const partner = await sessionOf("partner", partnerOrg.id);
    expect(await accessToCase(partner, person.careCase!.id)).not.toBeNull();
    await db.consent.updateMany({ where: { beneficiaryId: person.beneficiary.id, purpose: "share_partners" }, data: { withdrawnAt: new Date() } });
    expect(await accessToCase(partner, person.careCase!.id)).toBeNull();
    expect(await db.careCase.count({ where: { AND: [await visibleCasesWhere(partner), { id: person.careCase!.id }] } })).toBe(0);

    const overridden = await careBeneficiary({ organisationId: owner.id, consents: ["case_management"] });
    await careReferral({ caseId: overridden.careCase!.id, fromOrganisationId: owner.id, toOrganisationId: partnerOrg.id, consentOverride: true });
    expect(await accessToCase(partner, overridden.careCase!.id)).not.toBeNull();
  });

  it("asks a police unit for consent to share with authorities, not with partners", async () => {
    const person = await careBeneficiary({ organisationId: owner.id, consents: ["case_management", "share_partners"] });
    await careReferral({ caseId: person.careCase!.id, fromOrganisationId: owner.id, toOrganisationId: police.id, service: "investigation", sharedFields: fieldsForMandates(["policing"]) });
    const officer = await sessionOf("partner", police.id);
    expect(await accessToCase(officer, person.careCase!.id)).toBeNull();
    await db.consent.create({ data: { beneficiaryId: person.beneficiary.id, purpose: "share_authorities", method: "written", givenOn: new Date("2026-02-01") } });
    expect((await accessToCase(officer, person.careCase!.id))?.access.fields).toEqual(fieldsForMandates(["policing"]));
  });

  it("ends access when a referral is rejected, completed or revoked", async () => {
    const partner = await sessionOf("partner", partnerOrg.id);
    for (const status of ["rejected", "completed", "revoked"] as const) {
      const person = await careBeneficiary({ organisationId: owner.id, consents: ["case_management", "share_partners"] });
      await careReferral({ caseId: person.careCase!.id, fromOrganisationId: owner.id, toOrganisationId: partnerOrg.id, status });
      expect(await accessToCase(partner, person.careCase!.id)).toBeNull();
    }
  });

  it("keeps caseworkers to their own cases when the organisation says so; supervisors still see all", async () => {
    const strict = await careOrganisation({ ownCasesOnly: true, prefix: "STR" });
    const mine = await careUser("caseworker", strict.id);
    const other = await careUser("caseworker", strict.id);
    const hers = await careBeneficiary({ organisationId: strict.id, assignedToId: other.id, registeredById: other.id });
    const assigned = await careBeneficiary({ organisationId: strict.id, assignedToId: mine.id, registeredById: other.id });
    const me = (await getSessionUser(makeRequest("/care", { cookie: await signIn(mine) })))!;
    expect(await accessToBeneficiary(me, hers.beneficiary.code)).toBeNull();
    expect((await accessToBeneficiary(me, assigned.beneficiary.code))?.access.kind).toBe("team");
    const visible = await db.careCase.findMany({ where: { AND: [await visibleCasesWhere(me), { leadOrganisationId: strict.id }] }, select: { id: true } });
    expect(visible.map((c) => c.id)).toEqual([assigned.careCase!.id]);
    expect((await accessToBeneficiary(await sessionOf("supervisor", strict.id), hers.beneficiary.code))?.access.kind).toBe("team");
  });
});
