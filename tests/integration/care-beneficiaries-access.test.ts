import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { loader as listLoader } from "~/routes/care.beneficiaries._index";
import { loader as photoLoader } from "~/routes/care.beneficiaries.$code_.photo";
import { action as editAction, loader as editLoader } from "~/routes/care.beneficiaries.$code_.edit";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, SAMPLE_IDENTITY } from "./care-factories";
import { careTeam, openRecord, postRecord, readRows, signedInCare, type RecordPage } from "./care-beneficiaries-helpers";
import { makeRequest } from "./helpers";

type ListPage = Exclude<Awaited<ReturnType<typeof listLoader>>, Response>;
const list = async (cookie: string, search = "") => (await listLoader(args(makeRequest(`/care/beneficiaries${search}`, { cookie })))) as ListPage;
const valueOf = (page: RecordPage, field: string) => page.record?.identity.find((item) => item.field === field);

describe("care: who opens a person's record", () => {
  it("writes exactly one read to the audit log per opening; a user of another organisation gets 404 and a denied row", async () => {
    const team = await careTeam();
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id });
    const page = (await openRecord(team.caseworker.cookie, beneficiary.code)) as RecordPage;
    expect(valueOf(page, "phone")).toMatchObject({ shown: true, value: SAMPLE_IDENTITY.phone });
    expect(page.record?.cases).toHaveLength(1);
    const reads = await readRows(beneficiary.code);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: team.caseworker.user.id, organisationId: team.organisation.id, reason: null, details: { access: "team", via: "record" } });

    const stranger = await careTeam();
    const refusedPage = (await openRecord(stranger.supervisor.cookie, beneficiary.code)) as Response;
    expect(refusedPage.status).toBe(404);
    expect(await readRows(beneficiary.code)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.denied", actorId: stranger.supervisor.user.id, entityId: beneficiary.code } })).toBe(1);
    // An unknown code looks the same.
    expect(((await openRecord(stranger.supervisor.cookie, "TST-1999-9999")) as Response).status).toBe(404);

    // The caseworker has no audit trail on the page; the supervisor reads who opened the record (newest first).
    expect(page.record?.auditTrail).toBeNull();
    const supervised = (await openRecord(team.supervisor.cookie, beneficiary.code)) as RecordPage;
    expect(supervised.record?.auditTrail?.map((event) => [event.action, event.actor])).toEqual([
      ["care.beneficiary.denied", `${stranger.supervisor.user.name} (${stranger.supervisor.user.email})`],
      ["care.beneficiary.read", `${team.caseworker.user.name} (${team.caseworker.user.email})`],
    ]);
  });

  it("an auditor sees no identity until she gives a reason; the read then carries it", async () => {
    const team = await careTeam();
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id });
    const auditor = await signedInCare("auditor", (await careOrganisation()).id);
    const first = (await openRecord(auditor.cookie, beneficiary.code)) as RecordPage;
    expect(first).toMatchObject({ needsReason: true, record: null });
    const shown = JSON.stringify(first);
    for (const value of Object.values(SAMPLE_IDENTITY)) if (value!.length >= 4) expect(shown).not.toContain(value);
    expect(await readRows(beneficiary.code)).toHaveLength(0);

    const short = refused(await postRecord(auditor.cookie, beneficiary.code, { intent: "reason", reason: "check" }));
    expect(short.errors.reason).toEqual(["care:access.reasonRequired"]);
    expect(await readRows(beneficiary.code)).toHaveLength(0);

    const reason = "Quarterly audit of consent records, ticket 42";
    const answered = (await postRecord(auditor.cookie, beneficiary.code, { intent: "reason", reason })) as { record: RecordPage["record"] };
    expect(answered.record?.identity.find((item) => item.field === "legalName")?.value).toBe(SAMPLE_IDENTITY.legalName);
    expect(answered.record?.auditTrail).not.toBeNull();
    const reads = await readRows(beneficiary.code);
    expect(reads).toMatchObject([{ actorId: auditor.user.id, reason, details: { access: "audit" } }]);
  });

  it("a partner with an accepted referral sees only the shared fields of the referred case, and no photo", async () => {
    const team = await careTeam();
    const { beneficiary, careCase } = await careBeneficiary({ organisationId: team.organisation.id, consents: ["case_management", "share_partners"] });
    await db.beneficiary.update({ where: { id: beneficiary.id }, data: { photoFile: "00000000-0000-4000-8000-000000000000.jpg" } });
    const other = await db.careCase.create({ data: { beneficiaryId: beneficiary.id, leadOrganisationId: team.organisation.id, district: "Ri-Bhoi", state: "Meghalaya", country: "IN" } });
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"] });
    await careReferral({ caseId: careCase!.id, fromOrganisationId: team.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted", sharedFields: ["legalName", "sexGender", "languages"] });
    const partner = await signedInCare("partner", partnerOrg.id);

    const page = (await openRecord(partner.cookie, beneficiary.code)) as RecordPage;
    expect(page.record?.access.kind).toBe("referral");
    expect(page.record?.identity.filter((item) => item.shown).map((item) => [item.field, item.value])).toEqual([
      ["legalName", SAMPLE_IDENTITY.legalName],
      ["sexGender", SAMPLE_IDENTITY.sexGender],
      ["languages", SAMPLE_IDENTITY.languages],
    ]);
    expect(page.record?.hasPhoto).toBe(false);
    expect(page.record?.cases.map((c) => c.id)).toEqual([careCase!.id]);
    expect(page.record?.cases.map((c) => c.id)).not.toContain(other.id);
    expect(page.record?.auditTrail).toBeNull();
    expect(page.record?.can).toEqual({ edit: false, consent: false, openCase: false, linkMaker: false, export: false, anonymise: false });
    const shown = JSON.stringify(page);
    // (otherNames "Testa" is part of the shared legal name; the district and state of origin are also where the case is worked.)
    for (const field of ["phone", "address", "dateOfBirth", "identityDocuments"] as const) expect(shown).not.toContain(SAMPLE_IDENTITY[field]);
    expect((await readRows(beneficiary.code))[0]).toMatchObject({ actorId: partner.user.id, organisationId: partnerOrg.id, details: { access: "referral", fields: ["legalName", "sexGender", "languages"] } });

    // The photo route refuses partners (they hold no photo permission) and nothing is decrypted for them.
    const photo = (await settle(photoLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/photo`, { cookie: partner.cookie }), { code: beneficiary.code })))) as Response;
    expect(photo.status).toBe(403);
    // Nor can they edit.
    expect(((await settle(editLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/edit`, { cookie: partner.cookie }), { code: beneficiary.code })))) as Response).status).toBe(403);
  });

  it("a caseworker of an organisation that limits caseworkers to their own cases cannot open another caseworker's person", async () => {
    const team = await careTeam({ ownCasesOnly: true });
    const other = await team.member("caseworker");
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id, assignedToId: team.caseworker.user.id });
    const registered = await careBeneficiary({ organisationId: team.organisation.id, registeredById: other.user.id, withCase: false, identity: { ...SAMPLE_IDENTITY, legalName: "Other Fictional Person" } });

    expect(((await openRecord(other.cookie, beneficiary.code)) as Response).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.denied", actorId: other.user.id } })).toBe(1);
    expect(await readRows(beneficiary.code)).toHaveLength(0);
    expect(((await openRecord(team.caseworker.cookie, beneficiary.code)) as RecordPage).record?.code).toBe(beneficiary.code);
    expect(((await openRecord(team.supervisor.cookie, beneficiary.code)) as RecordPage).record?.code).toBe(beneficiary.code);

    // Lists follow the same rule: her own case, and the person she registered without a case.
    expect((await list(team.caseworker.cookie)).beneficiaries.map((row) => row.code)).toEqual([beneficiary.code]);
    expect((await list(other.cookie)).beneficiaries.map((row) => row.code)).toEqual([registered.beneficiary.code]);
    expect((await list(team.supervisor.cookie)).beneficiaries.map((row) => row.code).sort()).toEqual([beneficiary.code, registered.beneficiary.code].sort());
  });
});

describe("care: the list of people", () => {
  it("shows codes, organisation, open stages and consents in force (never identity), people without a case included; search by code", async () => {
    const team = await careTeam({ prefix: "LST" });
    const withCase = await careBeneficiary({ organisationId: team.organisation.id, stage: "rescue", consents: ["case_management", "share_partners"] });
    const noCase = await careBeneficiary({ organisationId: team.organisation.id, withCase: false, identity: { ...SAMPLE_IDENTITY, legalName: "Second Fictional Person" } });
    await db.consent.updateMany({ where: { beneficiaryId: withCase.beneficiary.id, purpose: "share_partners" }, data: { withdrawnAt: new Date() } });
    const elsewhere = await careBeneficiary({ organisationId: (await careOrganisation({ prefix: "LST" })).id });

    const page = await list(team.caseworker.cookie);
    expect(page.beneficiaries.map((row) => row.code).sort()).toEqual([withCase.beneficiary.code, noCase.beneficiary.code].sort());
    expect(page.beneficiaries.find((row) => row.code === withCase.beneficiary.code)).toMatchObject({ organisation: team.organisation.name, openStages: ["rescue"], consents: ["case_management"] });
    expect(page.beneficiaries.find((row) => row.code === noCase.beneficiary.code)).toMatchObject({ openStages: [] });
    const shown = JSON.stringify(page);
    for (const value of Object.values(SAMPLE_IDENTITY)) if (value!.length >= 4) expect(shown).not.toContain(value);
    expect(shown).not.toContain(elsewhere.beneficiary.code);

    const found = await list(team.caseworker.cookie, `?q=${withCase.beneficiary.code.toLowerCase()}`);
    expect(found.beneficiaries.map((row) => row.code)).toEqual([withCase.beneficiary.code]);
    // A whole code outside the list is offered to open: the record decides (here: 404).
    expect((await list(team.caseworker.cookie, `?q=${elsewhere.beneficiary.code}`)).openCode).toBe(elsewhere.beneficiary.code);
  });
});

describe("care: editing a person's identity", () => {
  it("saves the change, recomputes the match key, and audits which fields changed without their values", async () => {
    const team = await careTeam();
    const { beneficiary } = await careBeneficiary({ organisationId: team.organisation.id });
    const loaded = (await editLoader(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/edit`, { cookie: team.caseworker.cookie }), { code: beneficiary.code }))) as Exclude<
      Awaited<ReturnType<typeof editLoader>>,
      Response
    >;
    expect(loaded.current?.identity.legalName).toBe(SAMPLE_IDENTITY.legalName);
    expect(await readRows(beneficiary.code)).toHaveLength(1);

    const form: Record<string, string> = {};
    for (const [field, value] of Object.entries(SAMPLE_IDENTITY)) if (value) form[field] = value;
    const edit = (values: Record<string, string>) => settle(editAction(args(makeRequest(`/care/beneficiaries/${beneficiary.code}/edit`, { cookie: team.caseworker.cookie, form: values }), { code: beneficiary.code })));

    const bad = refused(await edit({ ...form, dateOfBirth: "2999-01-01" }));
    expect(bad.errors.dateOfBirth).toEqual(["careBeneficiaries:errors.dobFuture"]);

    expect(locationOf(await edit({ ...form, legalName: "Renamed Fictional Person", phone: "+91 98000 00002" }))).toBe(`/care/beneficiaries/${beneficiary.code}?done=saved`);
    const saved = await db.beneficiary.findUniqueOrThrow({ where: { id: beneficiary.id } });
    expect(saved.matchKey).not.toBe(beneficiary.matchKey);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "care.beneficiary.updated", entityId: beneficiary.code } });
    expect(audit.details).toEqual({ fields: ["legalName", "phone"] });
    expect(JSON.stringify(audit.details)).not.toContain("Renamed");
    const page = (await openRecord(team.caseworker.cookie, beneficiary.code)) as RecordPage;
    expect(valueOf(page, "legalName")?.value).toBe("Renamed Fictional Person");
  });
});
