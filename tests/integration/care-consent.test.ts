import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { accessToBeneficiary } from "~/modules/cases/index.server";
import { publicMakerBySlug } from "~/modules/catalog/index.server";
import { action as newConsentAction } from "~/routes/care.beneficiaries.$code_.consents.new";
import { loader as evidenceLoader } from "~/routes/care.beneficiaries.$code_.consents.$consentId.evidence";
import { action as withdrawAction } from "~/routes/care.beneficiaries.$code_.consents.$consentId.withdraw";
import { action as makerAction, loader as makerLoader } from "~/routes/care.beneficiaries.$code_.maker";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { createMaker } from "./catalog-factories";
import { careBeneficiary, careOrganisation, careReferral } from "./care-factories";
import { careTeam, openRecord, sessionUserOf, signedInCare, type RecordPage } from "./care-beneficiaries-helpers";
import { makeRequest } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function withdraw(cookie: string, code: string, consentId: string, form: Record<string, string> = { confirm: "on" }) {
  return settle(withdrawAction(args(makeRequest(`/care/beneficiaries/${code}/consents/${consentId}/withdraw`, { cookie, form }), { code, consentId })));
}

function recordConsent(cookie: string, code: string, fields: Record<string, string>, evidence?: Blob) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  if (evidence) body.append("evidence", evidence, "form.pdf");
  return settle(newConsentAction(args(makeRequest(`/care/beneficiaries/${code}/consents/new`, { method: "POST", cookie, body }), { code })));
}

const consentId = async (beneficiaryId: string, purpose: "share_partners" | "public_maker_profile" | "case_management") =>
  (await db.consent.findFirstOrThrow({ where: { beneficiaryId, purpose, withdrawnAt: null } })).id;

describe("care: withdrawing consent takes effect at once", () => {
  it("withdrawing sharing with partners ends a partner's access: referral revoked, partner told, audited; an override referral and authorities stay", async () => {
    const team = await careTeam();
    const { beneficiary, careCase } = await careBeneficiary({ organisationId: team.organisation.id, consents: ["case_management", "share_partners", "share_authorities"] });
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], name: "Fictional Legal Aid" });
    const policeOrg = await careOrganisation({ kind: "government_ahtu", mandates: ["policing"] });
    const overrideOrg = await careOrganisation({ kind: "shelter", mandates: ["protection"] });
    const referral = await careReferral({ caseId: careCase!.id, fromOrganisationId: team.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    const police = await careReferral({ caseId: careCase!.id, fromOrganisationId: team.organisation.id, toOrganisationId: policeOrg.id, status: "pending", service: "investigation" });
    const override = await careReferral({ caseId: careCase!.id, fromOrganisationId: team.organisation.id, toOrganisationId: overrideOrg.id, status: "accepted", consentOverride: true, service: "shelter" });
    const partner = await signedInCare("partner", partnerOrg.id);
    expect(await accessToBeneficiary(await sessionUserOf(partner.cookie), beneficiary.code)).not.toBeNull();

    expect(locationOf(await withdraw(team.caseworker.cookie, beneficiary.code, await consentId(beneficiary.id, "share_partners")))).toBe(`/care/beneficiaries/${beneficiary.code}?done=consentWithdrawn`);

    expect(await accessToBeneficiary(await sessionUserOf(partner.cookie), beneficiary.code)).toBeNull();
    expect(((await openRecord(partner.cookie, beneficiary.code)) as Response).status).toBe(404);
    const revoked = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(revoked.status).toBe("revoked");
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect((await db.referral.findUniqueOrThrow({ where: { id: police.id } })).status).toBe("pending");
    expect((await db.referral.findUniqueOrThrow({ where: { id: override.id } })).status).toBe("accepted");

    const notices = await db.notification.findMany({ where: { kind: "referral_revoked" } });
    expect(notices).toMatchObject([{ userId: partner.user.id, params: { code: beneficiary.code, from: team.organisation.name, to: partnerOrg.name } }]);
    expect(await db.auditLog.findMany({ where: { action: "care.referral.revoked" } })).toMatchObject([{ entityType: "referral", entityId: referral.id, details: { cause: "consent_withdrawn" } }]);
    expect(await db.auditLog.findMany({ where: { action: "care.consent.withdrawn", entityId: beneficiary.code } })).toMatchObject([{ actorId: team.caseworker.user.id, details: { purpose: "share_partners" } }]);

    // Withdrawing twice says so and changes nothing.
    const withdrawn = (await db.consent.findFirstOrThrow({ where: { beneficiaryId: beneficiary.id, purpose: "share_partners" } })).id;
    expect(refused(await withdraw(team.caseworker.cookie, beneficiary.code, withdrawn)).errors[""]).toEqual(["careBeneficiaries:errors.alreadyWithdrawn"]);
  });

  it("needs the confirmation, the consent permission and the person's team", async () => {
    const team = await careTeam();
    const { beneficiary, careCase } = await careBeneficiary({ organisationId: team.organisation.id, consents: ["case_management", "share_partners"] });
    const id = await consentId(beneficiary.id, "share_partners");
    expect(refused(await withdraw(team.caseworker.cookie, beneficiary.code, id, {})).errors.confirm).toEqual(["careBeneficiaries:errors.confirmWithdrawal"]);

    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"] });
    await careReferral({ caseId: careCase!.id, fromOrganisationId: team.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    const partner = await signedInCare("partner", partnerOrg.id);
    expect(((await withdraw(partner.cookie, beneficiary.code, id)) as Response).status).toBe(403);
    const partnerSupervisor = await signedInCare("supervisor", partnerOrg.id);
    expect(((await withdraw(partnerSupervisor.cookie, beneficiary.code, id)) as Response).status).toBe(404);
    const stranger = await careTeam();
    expect(((await withdraw(stranger.supervisor.cookie, beneficiary.code, id)) as Response).status).toBe(404);
    expect((await db.consent.findUniqueOrThrow({ where: { id } })).withdrawnAt).toBeNull();
  });
});

describe("care: the public maker profile follows consent", () => {
  it("linking keeps the profile off without consent; recording consent turns it on; withdrawing turns it off; unlinking too", async () => {
    const team = await careTeam();
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id });
    const maker = await createMaker({ publicProfile: true, displayName: "Fictional Weaver" });
    const profile = async () => (await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).publicProfile;

    const choices = (await makerLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/maker`, { cookie: team.supervisor.cookie }), { code: beneficiary.code }))) as Exclude<
      Awaited<ReturnType<typeof makerLoader>>,
      Response
    >;
    expect(choices.choices.map((choice) => choice.displayName)).toContain("Fictional Weaver");
    const link = (form: Record<string, string>) => settle(makerAction(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/maker`, { cookie: team.supervisor.cookie, form }), { code: beneficiary.code })));
    expect(locationOf(await link({ intent: "link", makerId: maker.id }))).toBe(`/care/beneficiaries/${beneficiary.code}?done=makerLinked`);
    expect((await db.beneficiary.findUniqueOrThrow({ where: { id: beneficiary.id } })).makerId).toBe(maker.id);
    expect(await profile()).toBe(false);

    // Another person cannot be linked to the same maker.
    const other = await careBeneficiary({ organisationId: team.organisation.id });
    const taken = refused(
      await settle(makerAction(args(makeRequest(`/care/beneficiaries/${other.beneficiary.code}/maker`, { cookie: team.supervisor.cookie, form: { intent: "link", makerId: maker.id } }), { code: other.beneficiary.code }))),
    );
    expect(taken.errors.makerId).toEqual(["careBeneficiaries:errors.makerTaken"]);

    expect(locationOf(await recordConsent(team.caseworker.cookie, beneficiary.code, { purpose: "public_maker_profile", method: "written", givenOn: "2026-02-01" }))).toBe(
      `/care/beneficiaries/${beneficiary.code}?done=consentRecorded`,
    );
    expect(await profile()).toBe(true);
    expect(await publicMakerBySlug(maker.slug, "en")).not.toBeNull();

    expect(locationOf(await withdraw(team.caseworker.cookie, beneficiary.code, await consentId(beneficiary.id, "public_maker_profile")))).toMatch(/done=consentWithdrawn$/);
    expect(await profile()).toBe(false);
    // The shop page is gone at once, not after its cache's lifetime.
    expect(await publicMakerBySlug(maker.slug, "en")).toBeNull();

    await recordConsent(team.caseworker.cookie, beneficiary.code, { purpose: "public_maker_profile", method: "written", givenOn: "2026-02-02" });
    expect(await profile()).toBe(true);
    expect(locationOf(await link({ intent: "unlink" }))).toMatch(/done=makerUnlinked$/);
    expect(await profile()).toBe(false);
    expect((await db.beneficiary.findUniqueOrThrow({ where: { id: beneficiary.id } })).makerId).toBeNull();
  });
});

describe("care: recording consent", () => {
  it("records a consent with evidence stored encrypted; refuses a duplicate, a future date, a missing witness and a wrong file; evidence is shown to the team only, audited", async () => {
    const team = await careTeam();
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id });
    const base = { purpose: "share_partners", method: "verbal_witnessed", givenOn: "2026-03-01" };

    expect(refused(await recordConsent(team.caseworker.cookie, beneficiary.code, base)).errors.witness).toEqual(["careBeneficiaries:errors.witnessRequired"]);
    expect(refused(await recordConsent(team.caseworker.cookie, beneficiary.code, { ...base, witness: "A Witness", givenOn: "2999-01-01" })).errors.givenOn).toEqual([
      "careBeneficiaries:errors.givenOnFuture",
    ]);
    expect(refused(await recordConsent(team.caseworker.cookie, beneficiary.code, { ...base, purpose: "case_management", witness: "A Witness" })).errors.purpose).toEqual([
      "careBeneficiaries:errors.alreadyInForce",
    ]);
    expect(refused(await recordConsent(team.caseworker.cookie, beneficiary.code, { ...base, witness: "A Witness" }, new Blob(["plain text"], { type: "text/plain" }))).errors.evidence).toEqual([
      "careBeneficiaries:errors.evidence.notAllowed",
    ]);
    expect(await db.consent.count({ where: { beneficiaryId: beneficiary.id } })).toBe(1);

    expect(locationOf(await recordConsent(team.caseworker.cookie, beneficiary.code, { ...base, witness: "Fictional Witness" }, new Blob([new Uint8Array(PDF)], { type: "application/pdf" })))).toMatch(
      /done=consentRecorded$/,
    );
    const consent = await db.consent.findFirstOrThrow({ where: { beneficiaryId: beneficiary.id, purpose: "share_partners" } });
    expect(consent).toMatchObject({ method: "verbal_witnessed", recordedById: team.caseworker.user.id });
    expect(consent.witness).toMatch(/^enc:v1:/);
    expect(consent.evidenceFile).toMatch(/\.pdf$/);
    expect(await db.auditLog.findMany({ where: { action: "care.consent.recorded", entityId: beneficiary.code } })).toMatchObject([{ details: { purpose: "share_partners" } }]);

    const evidence = (cookie: string) =>
      settle(evidenceLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/consents/${consent.id}/evidence`, { cookie }), { code: beneficiary.code, consentId: consent.id })));
    const response = (await evidence(team.supervisor.cookie)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "care.consent.evidence_viewed", entityId: beneficiary.code, actorId: team.supervisor.user.id } })).toBe(1);

    const page = (await openRecord(team.caseworker.cookie, beneficiary.code)) as RecordPage;
    expect(page.record?.consents.find((c) => c.purpose === "share_partners")).toMatchObject({ witness: "Fictional Witness", hasEvidence: true, canWithdraw: true });

    const auditor = await signedInCare("auditor", (await careOrganisation()).id);
    expect(((await evidence(auditor.cookie)) as Response).status).toBe(404);
    const stranger = await careTeam();
    expect(((await evidence(stranger.supervisor.cookie)) as Response).status).toBe(404);
  });
});
