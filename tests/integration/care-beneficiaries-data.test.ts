import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { decryptNote, encryptNote } from "~/modules/cases/index.server";
import { action as anonymiseAction } from "~/routes/care.beneficiaries.$code_.anonymise";
import { action as exportAction } from "~/routes/care.beneficiaries.$code_.export";
import { jpegPhoto } from "../fixtures/images";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { createMaker } from "./catalog-factories";
import { careOrganisation, careReferral, SAMPLE_IDENTITY } from "./care-factories";
import { beneficiaryAt, careTeam, openRecord, readRows, registerMultipart, registrationForm, type RecordPage } from "./care-beneficiaries-helpers";
import { makeRequest } from "./helpers";

const WITNESS = "Fictional Witness Kharkongor";
const NOTES = "Fictional counselling notes: sleeps badly";
const RESPONSE = "Fictional answer: hearing on Monday";
const PDF = Buffer.from("%PDF-1.4\n%%EOF\n");

/** A person registered with photo and evidence, a case with a noted service, a referral with an answer, and a shop maker. */
async function richPerson() {
  const team = await careTeam();
  const location = locationOf(
    await registerMultipart(
      team.caseworker.cookie,
      registrationForm(team.organisation.id, { ...SAMPLE_IDENTITY, originDistrict: `District ${randomUUID().slice(0, 6)}` }, { purposes: ["case_management", "share_partners", "public_maker_profile"], method: "verbal_witnessed", witness: WITNESS }),
      {
        photo: { blob: new Blob([new Uint8Array(await jpegPhoto(400, 300))], { type: "image/jpeg" }), name: "p.jpg" },
        evidence: { blob: new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), name: "form.pdf" },
      },
    ),
  );
  const person = await beneficiaryAt(location);
  const careCase = await db.careCase.create({ data: { beneficiaryId: person.id, leadOrganisationId: team.organisation.id, stage: "rehabilitation", district: "Ri-Bhoi", state: "Meghalaya", country: "IN" } });
  const eventId = randomUUID();
  await db.caseEvent.create({
    data: { id: eventId, caseId: careCase.id, kind: "service", service: "counselling", occurredOn: new Date("2026-02-01"), organisationId: team.organisation.id, notes: encryptNote("case_event.notes", eventId, NOTES) },
  });
  const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], name: `Fictional Legal Aid ${randomUUID().slice(0, 6)}` });
  const referral = await careReferral({ caseId: careCase.id, fromOrganisationId: team.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
  await db.referral.update({ where: { id: referral.id }, data: { responseNote: encryptNote("referral.response", referral.id, RESPONSE) } });
  const maker = await createMaker({ publicProfile: true });
  await db.beneficiary.update({ where: { id: person.id }, data: { makerId: maker.id } });
  return { team, person, careCase, eventId, referral, partnerOrg, maker };
}

describe("care: a person's own data", () => {
  it("exports everything held about her as a JSON download, audited as an export and a read; caseworkers may not", async () => {
    const { team, person, partnerOrg } = await richPerson();
    const post = (cookie: string) => settle(exportAction(args(makeRequest(`/care/beneficiaries/${person.code}/export`, { cookie, method: "POST" }), { code: person.code })));
    expect(((await post(team.caseworker.cookie)) as Response).status).toBe(403);

    const response = (await post(team.supervisor.cookie)) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${person.code}-own-data.json"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const document = (await response.json()) as {
      code: string;
      identity: Record<string, string>;
      photo: { contentType: string } | null;
      consents: { purpose: string; witness: string | null; evidenceHeld: boolean }[];
      cases: { stage: string; timeline: { kind: string; notes: string | null }[]; referrals: { to: { name: string }; status: string; reason: string; response: string | null }[] }[];
    };
    expect(document.code).toBe(person.code);
    expect(document.identity).toMatchObject({ legalName: SAMPLE_IDENTITY.legalName, phone: SAMPLE_IDENTITY.phone, dateOfBirth: SAMPLE_IDENTITY.dateOfBirth });
    expect(document.photo?.contentType).toBe("image/jpeg");
    expect(document.consents.map((c) => [c.purpose, c.witness, c.evidenceHeld])).toEqual([
      ["case_management", WITNESS, true],
      ["share_partners", WITNESS, true],
      ["public_maker_profile", WITNESS, true],
    ]);
    expect(document.cases[0]!.stage).toBe("rehabilitation");
    expect(document.cases[0]!.timeline).toMatchObject([{ kind: "service", notes: NOTES }]);
    expect(document.cases[0]!.referrals).toMatchObject([{ to: { name: partnerOrg.name }, status: "accepted", reason: "Needs legal counsel for the trial", response: RESPONSE }]);

    expect(await db.auditLog.findMany({ where: { action: "care.beneficiary.exported", entityId: person.code } })).toMatchObject([{ actorId: team.supervisor.user.id }]);
    expect(await readRows(person.code)).toMatchObject([{ actorId: team.supervisor.user.id, details: { via: "export" } }]);
  });
});

describe("care: anonymising a person", () => {
  it("erases identity, photo, match key, witnesses, evidence, notes and referral words, unlinks the maker; keeps the code and the case; audited with the reason", async () => {
    const { team, person, careCase, eventId, referral, maker } = await richPerson();
    const consents = await db.consent.findMany({ where: { beneficiaryId: person.id } });
    const evidencePath = path.resolve(getEnv().DATA_DIR, "care-evidence", consents[0]!.evidenceFile!);
    const photoPath = path.resolve(getEnv().DATA_DIR, "care-photos", person.photoFile!);
    expect(fs.existsSync(evidencePath) && fs.existsSync(photoPath)).toBe(true);

    const post = (cookie: string, form: Record<string, string>) => settle(anonymiseAction(args(makeRequest(`/care/beneficiaries/${person.code}/anonymise`, { cookie, form }), { code: person.code })));
    const reason = "The person asked for her record to be erased";
    expect(((await post(team.caseworker.cookie, { reason, confirmCode: person.code })) as Response).status).toBe(403);
    const stranger = await careTeam();
    expect(((await post(stranger.supervisor.cookie, { reason, confirmCode: person.code })) as Response).status).toBe(404);
    expect(refused(await post(team.supervisor.cookie, { reason: "asked", confirmCode: person.code })).errors.reason).toEqual(["careBeneficiaries:errors.anonymiseReason"]);
    expect(refused(await post(team.supervisor.cookie, { reason, confirmCode: "TST-0000-0000" })).errors.confirmCode).toEqual(["careBeneficiaries:errors.codeMismatch"]);
    expect((await db.beneficiary.findUniqueOrThrow({ where: { id: person.id } })).anonymisedAt).toBeNull();

    expect(locationOf(await post(team.supervisor.cookie, { reason, confirmCode: person.code.toLowerCase() }))).toBe(`/care/beneficiaries/${person.code}?done=anonymised`);

    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM beneficiary WHERE id = ${person.id}::uuid`;
    for (const column of ["legal_name", "other_names", "date_of_birth", "estimated_age", "sex_gender", "phone", "address", "origin_district", "origin_state", "origin_country", "languages", "identity_documents", "photo_file", "match_key", "maker_id"]) {
      expect(row![column], column).toBeNull();
    }
    expect(row!.code).toBe(person.code);
    expect(row!.anonymised_at).toBeInstanceOf(Date);
    const consentRows = await db.$queryRaw<{ purpose: string; witness: string | null; evidence_file: string | null; given_on: Date }[]>`SELECT purpose, witness, evidence_file, given_on FROM consent WHERE beneficiary_id = ${person.id}::uuid`;
    expect(consentRows).toHaveLength(3);
    for (const consent of consentRows) expect([consent.witness, consent.evidence_file, consent.given_on instanceof Date]).toEqual([null, null, true]);
    const [event] = await db.$queryRaw<{ notes: string | null; kind: string }[]>`SELECT notes, kind FROM case_event WHERE id = ${eventId}::uuid`;
    expect(event).toEqual({ notes: null, kind: "service" });
    const erased = await db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(decryptNote("referral.reason", erased.id, erased.reason)).toBe("[erased]");
    expect(decryptNote("referral.response", erased.id, erased.responseNote)).toBe("[erased]");
    expect(await db.careCase.findUniqueOrThrow({ where: { id: careCase.id } })).toMatchObject({ stage: "rehabilitation", beneficiaryId: person.id });
    expect(fs.existsSync(evidencePath) || fs.existsSync(photoPath)).toBe(false);
    expect((await db.maker.findUniqueOrThrow({ where: { id: maker.id } })).publicProfile).toBe(false);

    expect(await db.auditLog.findMany({ where: { action: "care.beneficiary.anonymised", entityId: person.code } })).toMatchObject([{ actorId: team.supervisor.user.id, reason }]);
    const page = (await openRecord(team.supervisor.cookie, person.code)) as RecordPage;
    expect(page.record?.anonymisedAt).toBeInstanceOf(Date);
    expect(page.record?.can).toMatchObject({ edit: false, consent: false, anonymise: false });
    expect(JSON.stringify(page)).not.toContain(SAMPLE_IDENTITY.legalName);

    // Once is enough.
    expect(((await post(team.supervisor.cookie, { reason, confirmCode: person.code })) as unknown as { data: { result: { error: Record<string, string[]> } } }).data.result.error[""]).toEqual([
      "careBeneficiaries:errors.anonymised",
    ]);
  });
});
