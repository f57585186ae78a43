import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { loader as photoLoader } from "~/routes/care.beneficiaries.$code_.photo";
import { jpegWithGpsExif } from "../fixtures/images";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { careBeneficiary, SAMPLE_IDENTITY } from "./care-factories";
import { beneficiaryAt, careTeam, openRecord, postRecord, register, registerMultipart, registrationForm, type RecordPage } from "./care-beneficiaries-helpers";
import { makeRequest } from "./helpers";

const IDENTITY_COLUMNS = ["legal_name", "other_names", "date_of_birth", "estimated_age", "sex_gender", "phone", "address", "origin_district", "origin_state", "origin_country", "languages", "identity_documents"];
const WITNESS = "Witnessa Imaginary Marbaniang";

function inDays(days: number) {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe("care: registering a person", () => {
  it("registers with consent; every identity value and the witness are encrypted at rest; audited without identity", async () => {
    const team = await careTeam({ prefix: "MEG" });
    const form = registrationForm(team.organisation.id, SAMPLE_IDENTITY, { purposes: ["case_management", "share_partners"], method: "verbal_witnessed", witness: WITNESS });
    const location = locationOf(await register(team.caseworker.cookie, form));
    expect(location).toMatch(/^\/care\/beneficiaries\/MEG-\d{4}-\d{4}\?registered=1$/);
    const person = await beneficiaryAt(location);
    expect(person).toMatchObject({ organisationId: team.organisation.id, registeredById: team.caseworker.user.id });
    expect(person.matchKey).toBeTruthy();

    const beneficiaries = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM beneficiary`;
    const consents = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM consent`;
    expect(consents).toHaveLength(2);
    const raw = JSON.stringify([beneficiaries, consents]);
    for (const value of [...Object.values(SAMPLE_IDENTITY), WITNESS]) {
      // Two-letter values ("IN") can occur by chance inside ciphertext: those are checked column by column below.
      if (value!.length >= 4) expect(raw.toLowerCase()).not.toContain(value!.toLowerCase());
    }
    for (const column of IDENTITY_COLUMNS) {
      const stored = beneficiaries[0]![column];
      if (stored !== null) expect(String(stored), column).toMatch(/^enc:v1:/);
    }
    for (const consent of consents) expect(String(consent.witness)).toMatch(/^enc:v1:/);

    const audit = await db.auditLog.findMany({ where: { entityId: person.code }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["care.consent.recorded", "care.consent.recorded", "care.beneficiary.registered"]);
    const logged = JSON.stringify(audit.map((row) => ({ ...row, id: String(row.id) })));
    for (const value of Object.values(SAMPLE_IDENTITY)) if (value!.length >= 4) expect(logged).not.toContain(value);
    expect(logged).not.toContain(WITNESS);

    // The record shows what was registered.
    const page = (await openRecord(team.caseworker.cookie, person.code)) as RecordPage;
    expect(page.record?.identity.find((item) => item.field === "legalName")?.value).toBe(SAMPLE_IDENTITY.legalName);
    expect(page.record?.consents.map((c) => [c.purpose, c.method, c.witness])).toEqual(
      expect.arrayContaining([
        ["case_management", "verbal_witnessed", WITNESS],
        ["share_partners", "verbal_witnessed", WITNESS],
      ]),
    );
  });

  it("refuses a date of birth in the future (or before 1900), missing consent and a missing witness, each on its field, creating nothing", async () => {
    const team = await careTeam();
    const before = { people: await db.beneficiary.count(), consents: await db.consent.count() };
    const future = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, dateOfBirth: inDays(3) })));
    expect(future.status).toBe(400);
    expect(future.errors.dateOfBirth).toEqual(["careBeneficiaries:errors.dobFuture"]);

    const early = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, dateOfBirth: "1899-12-31" })));
    expect(early.errors.dateOfBirth).toEqual(["careBeneficiaries:errors.dateTooEarly"]);

    const noBirth = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, dateOfBirth: undefined })));
    expect(noBirth.errors.dateOfBirth).toEqual(["careBeneficiaries:errors.dobOrAge"]);
    const badAge = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, dateOfBirth: undefined }, { estimatedAge: "121" })));
    expect(badAge.errors.estimatedAge).toEqual(["careBeneficiaries:errors.age"]);

    const noConsent = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, SAMPLE_IDENTITY, { purposes: ["share_partners"] })));
    expect(noConsent.errors.purposes).toEqual(["careBeneficiaries:errors.caseManagementRequired"]);
    const noWitness = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, SAMPLE_IDENTITY, { method: "guardian" })));
    expect(noWitness.errors.witness).toEqual(["careBeneficiaries:errors.guardianRequired"]);
    const futureConsent = refused(await register(team.caseworker.cookie, registrationForm(team.organisation.id, SAMPLE_IDENTITY, { givenOn: inDays(3) })));
    expect(futureConsent.errors.givenOn).toEqual(["careBeneficiaries:errors.givenOnFuture"]);

    // An organisation the user is not a member of.
    const other = await careTeam();
    const elsewhere = refused(await register(team.caseworker.cookie, registrationForm(other.organisation.id)));
    expect(elsewhere.errors.organisationId).toEqual(["careBeneficiaries:errors.organisationRequired"]);

    expect({ people: await db.beneficiary.count(), consents: await db.consent.count() }).toEqual(before);

    // Only an estimated age is enough.
    const location = locationOf(await register(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, dateOfBirth: undefined }, { estimatedAge: "22" })));
    expect((await beneficiaryAt(location)).matchKey).toBeTruthy();
  });

  it("strips the photo's GPS position, stores it encrypted outside the public media, and shows it only through an audited, uncached route", async () => {
    const team = await careTeam();
    const photo = await jpegWithGpsExif(3000, 2000);
    const location = locationOf(
      await registerMultipart(team.caseworker.cookie, registrationForm(team.organisation.id), {
        photo: { blob: new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), name: "phone.jpg" },
      }),
    );
    const person = await beneficiaryAt(location);
    expect(person.photoFile).toMatch(/\.jpg$/);
    const stored = fs.readFileSync(path.resolve(getEnv().DATA_DIR, "care-photos", person.photoFile!), "utf8");
    expect(stored).toMatch(/^enc:v1:/);
    expect(fs.existsSync(path.resolve(getEnv().DATA_DIR, "uploads"))).toBe(false);

    const response = (await settle(photoLoader(args(makeRequest(`/care/beneficiaries/${person.code}/photo`, { cookie: team.supervisor.cookie }), { code: person.code })))) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    const shown = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(shown.exif).toBeUndefined();
    expect(Math.max(shown.width, shown.height)).toBeLessThanOrEqual(1024);
    expect(await db.auditLog.count({ where: { entityId: person.code, action: "care.beneficiary.photo_viewed", actorId: team.supervisor.user.id } })).toBe(1);

    // A file that is not an image is refused on its field.
    const text = refused(
      await registerMultipart(team.caseworker.cookie, registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, legalName: "Another Fictional Person" }), {
        photo: { blob: new Blob(["not a photo"], { type: "image/jpeg" }), name: "x.jpg" },
      }),
    );
    expect(text.errors.photo).toEqual(["careBeneficiaries:errors.photo.notAllowed"]);
  });
});

describe("care: duplicate detection", () => {
  it("finds a re-registration in another organisation despite spacing and case, and reveals nothing of the other organisation", async () => {
    const first = await careTeam({ prefix: "MEG", name: "Fictional Shelter Meghalaya" });
    // A district of its own, so that only this test's first registration can match.
    const firstPerson = await careBeneficiary({ organisationId: first.organisation.id, registeredById: first.caseworker.user.id, identity: { ...SAMPLE_IDENTITY, originDistrict: "Jaintia Hills" } });
    const second = await careTeam({ prefix: "ASM", name: "Fictional Legal Aid Assam" });
    const identity = { ...SAMPLE_IDENTITY, originDistrict: "Jaintia Hills", legalName: "testa  FICTIONAL lyngdoh", otherNames: "Tess", phone: "+91 98000 99999", address: "4 Pretend Road, Guwahati", identityDocuments: "None" };

    const location = locationOf(await register(second.caseworker.cookie, registrationForm(second.organisation.id, identity)));
    expect(location).toMatch(/^\/care\/beneficiaries\/ASM-\d{4}-\d{4}\?possibleDuplicate=1$/);
    const secondPerson = await beneficiaryAt(location);
    expect(secondPerson.matchKey).toBe(firstPerson.beneficiary.matchKey);

    const page = (await openRecord(second.caseworker.cookie, secondPerson.code, "?possibleDuplicate=1")) as RecordPage;
    expect(page.duplicate).toEqual({ canAsk: false });
    const shown = JSON.stringify(page);
    for (const secret of [first.organisation.name, firstPerson.beneficiary.code, firstPerson.beneficiary.id, SAMPLE_IDENTITY.legalName!, SAMPLE_IDENTITY.phone!, SAMPLE_IDENTITY.address!, SAMPLE_IDENTITY.otherNames!, SAMPLE_IDENTITY.identityDocuments!]) {
      expect(shown).not.toContain(secret);
    }
    // Without consent to share, asking is refused and nobody is told.
    expect(locationOf(await postRecord(second.caseworker.cookie, secondPerson.code, { intent: "askReferral" }))).toBe(`/care/beneficiaries/${secondPerson.code}?possibleDuplicate=1`);
    expect(await db.notification.count({ where: { kind: "possible_duplicate" } })).toBe(0);

    // The address alone shows nothing when there is no match.
    const unique = await careBeneficiary({ organisationId: second.organisation.id, identity: { ...SAMPLE_IDENTITY, legalName: "Nobody Else Fictional" } });
    expect(((await openRecord(second.caseworker.cookie, unique.beneficiary.code, "?possibleDuplicate=1")) as RecordPage).duplicate).toBeNull();
  });

  it("with consent to share, asks the other organisation's supervisors to consider a referral, giving them only our code and name", async () => {
    const first = await careTeam({ prefix: "MEG" });
    const firstPerson = await careBeneficiary({ organisationId: first.organisation.id, identity: { ...SAMPLE_IDENTITY, originDistrict: "West Garo Hills" } });
    const second = await careTeam({ prefix: "ASM" });
    const location = locationOf(
      await register(
        second.caseworker.cookie,
        registrationForm(second.organisation.id, { ...SAMPLE_IDENTITY, legalName: "TESTA fictional  Lyngdoh", originDistrict: "west garo  hills" }, { purposes: ["case_management", "share_partners"] }),
      ),
    );
    const secondPerson = await beneficiaryAt(location);
    expect(((await openRecord(second.caseworker.cookie, secondPerson.code, "?possibleDuplicate=1")) as RecordPage).duplicate).toEqual({ canAsk: true });

    expect(locationOf(await postRecord(second.caseworker.cookie, secondPerson.code, { intent: "askReferral" }))).toBe(`/care/beneficiaries/${secondPerson.code}?asked=1`);
    const notices = await db.notification.findMany({ where: { kind: "possible_duplicate" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      userId: first.supervisor.user.id,
      params: { code: firstPerson.beneficiary.code, otherCode: secondPerson.code, from: second.organisation.name },
      link: `/care/beneficiaries/${firstPerson.beneficiary.code}`,
    });
    const audit = await db.auditLog.findMany({ where: { action: "care.beneficiary.possible_duplicate" } });
    expect(audit).toMatchObject([{ entityId: secondPerson.code, actorId: second.caseworker.user.id, organisationId: second.organisation.id }]);
    const logged = JSON.stringify(audit.map((row) => ({ ...row, id: String(row.id) })));
    expect(logged).not.toContain(firstPerson.beneficiary.code);
    expect(logged).not.toContain(first.organisation.name);

    // The other organisation's staff cannot use the notice to open our person's record.
    expect(((await openRecord(first.supervisor.cookie, secondPerson.code)) as Response).status).toBe(404);
  });

  it("warns before registering someone the same organisation already has, naming the code, until the user confirms a different person", async () => {
    const team = await careTeam({ prefix: "MEG" });
    const existing = await careBeneficiary({ organisationId: team.organisation.id, identity: { ...SAMPLE_IDENTITY, originDistrict: "Ri-Bhoi" } });
    const before = await db.beneficiary.count();
    const form = registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, legalName: " testa fictional LYNGDOH ", originDistrict: "Ri-Bhoi" });
    const warned = await register(team.caseworker.cookie, form);
    expect(refused(warned).errors.differentPerson).toEqual(["careBeneficiaries:errors.differentPerson"]);
    expect((warned as unknown as { data: { sameOrganisationCodes: string[] } }).data.sameOrganisationCodes).toEqual([existing.beneficiary.code]);
    expect(await db.beneficiary.count()).toBe(before);

    const location = locationOf(await register(team.caseworker.cookie, { ...form, differentPerson: "on" }));
    expect(location).toMatch(/\?registered=1$/);
    expect(await db.beneficiary.count()).toBe(before + 1);
  });
});
