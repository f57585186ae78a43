import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { getTranslator } from "~/lib/i18n.server";
import { decryptNote } from "~/modules/cases/index.server";
import { fieldsForMandates, IDENTITY_FIELDS } from "~/modules/cases/vocabulary";
import { locationOf, refused, signIn } from "./admin-helpers";
import { careUser } from "./care-factories";
import { openReferral, REASON, refer, referPage, referralWorld, sendLegalAid, traces, type ReferPage, type ReferralPage } from "./care-referrals-world";

describe("care: sending a referral", () => {
  it("sends a legal-aid referral: fields fixed within the mandate, reason encrypted, case event, notice to the partner, audited", async () => {
    const world = await referralWorld();
    const location = locationOf(
      await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON, sharedFields: [...IDENTITY_FIELDS] }),
    );
    const referral = await db.referral.findFirstOrThrow({ where: { caseId: world.careCase.id } });
    expect(location).toBe(`/care/referrals/${referral.id}?done=sent`);
    expect(referral).toMatchObject({
      kind: "service",
      service: "legal_aid",
      status: "pending",
      fromOrganisationId: world.shelter.id,
      toOrganisationId: world.legalAid.id,
      consentOverride: false,
      overrideReason: null,
      createdById: world.supervisor.user.id,
    });
    // Everything was ticked; only what prosecution and protection need is kept.
    expect(referral.sharedFields).toEqual(fieldsForMandates(["prosecution", "protection"]));
    expect(referral.reason).not.toContain("trial");
    expect(decryptNote("referral.reason", referral.id, referral.reason)).toBe(REASON);

    expect(await db.caseEvent.findMany({ where: { caseId: world.careCase.id, kind: "referral_sent" } })).toMatchObject([
      { organisationId: world.shelter.id, referralId: referral.id, actorId: world.supervisor.user.id, service: "legal_aid" },
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: referral.id } });
    expect(audit).toMatchObject([
      {
        action: "care.referral.sent",
        actorId: world.supervisor.user.id,
        organisationId: world.shelter.id,
        entityType: "referral",
        details: { code: world.beneficiary.code, to: world.legalAid.id, service: "legal_aid", kind: "service", fields: referral.sharedFields },
      },
    ]);
    expect(JSON.stringify(audit.map((row) => [row.details, row.reason]))).not.toContain(world.identity.legalName);
    const notices = await db.notification.findMany({ where: { userId: world.lawyer.user.id } });
    expect(notices).toMatchObject([
      { kind: "referral_received", link: `/care/referrals/${referral.id}`, params: { code: world.beneficiary.code, from: world.shelter.name, to: world.legalAid.name, service: "Legal aid" } },
    ]);
    // The sender is not notified of her own referral.
    expect(await db.notification.count({ where: { userId: world.supervisor.user.id } })).toBe(0);
  });

  it("keeps only the fields the sender left ticked", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world, { sharedFields: ["legalName", "phone", "identityDocuments"] });
    // identityDocuments is not a prosecution or protection field: dropped.
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).sharedFields).toEqual(["legalName", "phone"]);
  });

  it("refuses a referral without the sharing consent, naming it, and creates nothing", async () => {
    const world = await referralWorld({ consents: ["case_management", "share_authorities"] });
    const before = await traces(world.careCase.id);
    const answer = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON });
    const { status, errors } = refused(answer);
    expect(status).toBe(400);
    expect(errors[""]).toEqual(["careReferrals:send.errors.noConsent"]);
    const values = (answer as unknown as { data: { values: Record<string, string> } }).data.values;
    const t = await getTranslator("en");
    expect(t("careReferrals:send.errors.noConsent", values as { purpose: string })).toBe('The person has not given consent for "Sharing with partner agencies": the referral was not sent.');
    expect(await traces(world.careCase.id)).toEqual(before);

    // The police unit needs consent to share with authorities, which she gave.
    const toPolice = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.police.id, kind: "service", service: "investigation", reason: REASON });
    expect(toPolice).toBeInstanceOf(Response);
  });

  it("with the override permission and a reason, sends without consent: flagged, reason encrypted, override audited separately", async () => {
    const world = await referralWorld({ consents: ["case_management"] });
    const before = await traces(world.careCase.id);
    // A caseworker may not override.
    const caseworker = refused(
      await refer(world.caseworker.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON, override: "on", overrideReason: "Trial date is tomorrow, no time" }),
    );
    expect(caseworker.errors.override).toEqual(["careReferrals:send.errors.overrideNotAllowed"]);
    // The override needs its reason.
    const noReason = refused(await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON, override: "on" }));
    expect(noReason.errors.overrideReason).toEqual(["careReferrals:send.errors.overrideReasonShort"]);
    expect(await traces(world.careCase.id)).toEqual(before);

    const overrideReason = "Court hearing tomorrow; person unreachable to renew consent";
    const id = await sendLegalAid(world, { override: "on", overrideReason, sharedFields: ["legalName"] });
    const referral = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(referral.consentOverride).toBe(true);
    expect(referral.overrideReason).not.toContain("Court");
    expect(decryptNote("referral.override", id, referral.overrideReason)).toBe(overrideReason);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["care.referral.sent", "care.referral.consent_overridden"]);
    expect(audit[1]).toMatchObject({ actorId: world.supervisor.user.id, reason: overrideReason, details: { code: world.beneficiary.code, to: world.legalAid.id, purpose: "share_partners" } });

    // The partner sees what was shared under the override.
    const page = (await openReferral(world.lawyer.cookie, id)) as ReferralPage;
    expect(page.referral.consentOverride).toBe(true);
    expect(page.referral.identityState).toBe("shown");
    expect(page.referral.overrideReason).toBeNull();
  });

  it("refuses an organisation without the mandate with a clear message, and changes nothing", async () => {
    const world = await referralWorld();
    const before = await traces(world.careCase.id);
    const answer = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.police.id, kind: "service", service: "legal_aid", reason: REASON });
    const { status, errors } = refused(answer);
    expect(status).toBe(400);
    expect(errors.toOrganisationId).toEqual(["careReferrals:send.errors.mandate"]);
    const values = (answer as unknown as { data: { values: Record<string, string> } }).data.values;
    const t = await getTranslator("en");
    expect(t("careReferrals:send.errors.mandate", values as { organisation: string; service: string; mandates: string })).toBe(`${world.police.name} does not hold a mandate needed for Legal aid (Prosecution).`);
    // A transfer needs protection, which the police unit does not hold either.
    const transfer = refused(await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.police.id, kind: "transfer", reason: REASON }));
    expect(transfer.errors.toOrganisationId).toEqual(["careReferrals:send.errors.mandate"]);
    expect(await traces(world.careCase.id)).toEqual(before);
  });

  it("refuses its own organisation, a short reason, a missing service, a second active referral and a closed case", async () => {
    const world = await referralWorld();
    const send = (form: Record<string, string>) => refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON, ...form });
    expect(refused(await send({ toOrganisationId: world.shelter.id })).errors.toOrganisationId).toEqual(["careReferrals:send.errors.ownOrganisation"]);
    expect(refused(await send({ reason: "Too short" })).errors.reason).toEqual(["careReferrals:send.errors.reasonShort"]);
    expect(refused(await send({ service: "" })).errors.service).toEqual(["careReferrals:send.errors.serviceRequired"]);
    expect(await db.referral.count({ where: { caseId: world.careCase.id } })).toBe(0);

    await sendLegalAid(world);
    const before = await traces(world.careCase.id);
    expect(refused(await send({})).errors.toOrganisationId).toEqual(["careReferrals:send.errors.duplicate"]);
    // Another service from the same organisation is a different referral.
    expect(await send({ service: "counselling" })).toBeInstanceOf(Response);
    expect((await traces(world.careCase.id)).referrals).toBe(before.referrals + 1);

    await db.careCase.update({ where: { id: world.careCase.id }, data: { stage: "closed", closedAt: new Date() } });
    expect(refused(await send({ service: "shelter" })).errors[""]).toEqual(["careReferrals:send.errors.caseClosed"]);
    expect((await traces(world.careCase.id)).referrals).toBe(before.referrals + 1);
  });

  it("the form lists candidates with kind, state and country, the chosen one's mandate fields, and the directory for the case's place", async () => {
    const world = await referralWorld();
    await db.directoryService.create({
      data: { organisationId: world.legalAid.id, service: "legal_aid", descriptionEn: "Free counsel for survivors", states: ["Meghalaya", "Assam"], countries: ["IN"], languages: ["en", "as"] },
    });
    await db.directoryService.create({ data: { organisationId: world.stranger.id, service: "legal_aid", descriptionEn: "Tripura only", states: ["Tripura"], countries: ["IN"] } });
    const page = (await referPage(world.supervisor.cookie, world.careCase.id, `?to=${world.police.id}&service=legal_aid`)) as ReferPage;
    expect(page.careCase).toMatchObject({ code: world.beneficiary.code, district: "East Khasi Hills", state: "Meghalaya", isLead: true });
    expect(page.organisations.map((org) => org.id)).not.toContain(world.shelter.id);
    expect(page.organisations.find((org) => org.id === world.police.id)).toMatchObject({ kind: "government_ahtu", region: "Assam", countryName: "India" });
    expect(page.target).toMatchObject({ id: world.police.id, fields: fieldsForMandates(["policing"]), purpose: "share_authorities", consentInForce: true, services: ["family_tracing", "investigation", "repatriation"], canTakeLead: false });
    expect(page.search).toMatchObject({ service: "legal_aid", place: "East Khasi Hills, Meghalaya", country: "IN" });
    expect(page.directory.map((entry) => entry.organisation.id)).toEqual([world.legalAid.id]);
    expect(page.directory[0]!.organisation).toMatchObject({ region: "Assam", countryName: "India" });
    expect(page.canOverride).toBe(true);
  });

  it("only the case's team that manages it may refer: outsiders get 404 (audited), partners and coordinators 403", async () => {
    const world = await referralWorld();
    const outsider = await refer(world.outsider.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON });
    expect((outsider as Response).status).toBe(404);
    expect(await db.auditLog.findFirst({ where: { action: "care.beneficiary.denied", actorId: world.outsider.user.id } })).toMatchObject({ entityId: world.beneficiary.code });
    expect(((await referPage(world.outsider.cookie, world.careCase.id)) as Response).status).toBe(404);
    expect(((await referPage(world.lawyer.cookie, world.careCase.id)) as Response).status).toBe(403);
    const coordinator = await careUser("coordinator", world.shelter.id);
    expect(((await referPage(await signIn(coordinator), world.careCase.id)) as Response).status).toBe(403);
    expect(((await referPage(world.supervisor.cookie, "not-a-uuid")) as Response).status).toBe(404);
    expect(await db.referral.count({ where: { caseId: world.careCase.id } })).toBe(0);
  });
});
