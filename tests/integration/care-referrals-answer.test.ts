import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { decryptNote } from "~/modules/cases/index.server";
import { IDENTITY_FIELDS } from "~/modules/cases/vocabulary";
import { loader as listLoader } from "~/routes/care.referrals._index";
import { args, locationOf, refused, signIn } from "./admin-helpers";
import { careUser } from "./care-factories";
import { answer, openReferral, outbox, REASON, refer, referralWorld, sendLegalAid, type ReferralPage } from "./care-referrals-world";
import { makeRequest } from "./helpers";

const reads = (actorId: string, code: string) => db.auditLog.count({ where: { action: "care.beneficiary.read", actorId, entityId: code } });

describe("care: answering referrals", () => {
  it("the partner accepts (note encrypted) and completes; each step is a case event, audited, and tells the sender in the app and by email", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world);
    const page = (await openReferral(world.lawyer.cookie, id)) as ReferralPage;
    expect(page.referral.intents).toEqual(["accept", "reject"]);

    expect(locationOf(await answer(world.lawyer.cookie, id, { intent: "accept", note: "Our advocate will call the shelter on Monday" }))).toBe(`/care/referrals/${id}?done=accept`);
    const accepted = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(accepted).toMatchObject({ status: "accepted", respondedById: world.lawyer.user.id });
    expect(accepted.respondedAt).toBeInstanceOf(Date);
    expect(accepted.responseNote).not.toContain("advocate");
    expect(decryptNote("referral.response", id, accepted.responseNote)).toBe("Our advocate will call the shelter on Monday");

    expect(await db.notification.findMany({ where: { userId: world.supervisor.user.id } })).toMatchObject([
      { kind: "referral_accepted", link: `/care/referrals/${id}`, params: { code: world.beneficiary.code, to: world.legalAid.name } },
    ]);
    const emails = (await outbox()).filter((email) => email.to === world.supervisor.user.email);
    expect(emails.map((email) => email.subject)).toEqual([`Referral for case ${world.beneficiary.code} accepted`]);
    expect(emails[0]!.text).toContain(`/care/referrals/${id}`);
    expect(emails[0]!.text).not.toContain(world.identity.legalName);
    // The partner's staff got the referral by email too.
    expect((await outbox()).filter((email) => email.to === world.lawyer.user.email).map((email) => email.subject)).toEqual([`New referral for case ${world.beneficiary.code}`]);

    expect(((await openReferral(world.lawyer.cookie, id)) as ReferralPage).referral.intents).toEqual(["complete"]);
    expect(((await openReferral(world.supervisor.cookie, id)) as ReferralPage).referral.intents).toEqual(["revoke"]);
    locationOf(await answer(world.lawyer.cookie, id, { intent: "complete" }));
    const completed = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(completed.status).toBe("completed");
    expect(completed.completedAt).toBeInstanceOf(Date);
    expect((await db.notification.findMany({ where: { userId: world.caseworker.user.id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind)).toEqual(["referral_accepted", "referral_completed"]);

    const events = await db.caseEvent.findMany({ where: { caseId: world.careCase.id, referralId: id }, orderBy: { createdAt: "asc" } });
    expect(events).toMatchObject([
      { kind: "referral_sent", organisationId: world.shelter.id },
      { kind: "referral_answered", organisationId: world.legalAid.id, actorId: world.lawyer.user.id },
      { kind: "referral_answered", organisationId: world.legalAid.id, actorId: world.lawyer.user.id },
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.organisationId])).toEqual([
      ["care.referral.sent", world.shelter.id],
      ["care.referral.accepted", world.legalAid.id],
      ["care.referral.completed", world.legalAid.id],
    ]);
    expect(JSON.stringify(audit.map((row) => row.details))).not.toContain("advocate");

    // Nothing more to do; a late second answer is refused.
    expect(refused(await answer(world.lawyer.cookie, id, { intent: "accept" })).errors[""]).toEqual(["careReferrals:answer.errors.changed"]);
  });

  it("the partner rejects; only the receiving side accepts or rejects, only the sending side revokes", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world);
    expect(refused(await answer(world.supervisor.cookie, id, { intent: "accept" })).errors[""]).toEqual(["careReferrals:answer.errors.notYourSide"]);
    expect(refused(await answer(world.lawyer.cookie, id, { intent: "revoke" })).errors[""]).toEqual(["careReferrals:answer.errors.notYourSide"]);
    expect(refused(await answer(world.lawyer.cookie, id, { intent: "complete" })).errors[""]).toEqual(["careReferrals:answer.errors.changed"]);
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).status).toBe("pending");

    locationOf(await answer(world.lawyer.cookie, id, { intent: "reject", note: "We have no advocate free this month" }));
    expect(await db.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "rejected", respondedById: world.lawyer.user.id });
    expect(await db.notification.findMany({ where: { userId: world.supervisor.user.id } })).toMatchObject([{ kind: "referral_rejected" }]);
    expect((await outbox()).filter((email) => email.to === world.supervisor.user.email).map((email) => email.subject)).toEqual([`Referral for case ${world.beneficiary.code} rejected`]);
    // A rejected referral no longer shows the person.
    const page = (await openReferral(world.lawyer.cookie, id)) as ReferralPage;
    expect(page.referral).toMatchObject({ identityState: "inactive", identity: [], intents: [], responseNote: "We have no advocate free this month" });
  });

  it("two answers at once: one wins, the other is refused with a message", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world);
    const results = await Promise.all([answer(world.lawyer.cookie, id, { intent: "accept" }), answer(world.lawyer.cookie, id, { intent: "reject" })]);
    const wins = results.filter((result) => result instanceof Response);
    expect(wins).toHaveLength(1);
    const loser = results.find((result) => !(result instanceof Response));
    expect(refused(loser).errors[""]).toEqual(["careReferrals:answer.errors.changed"]);
    expect(await db.caseEvent.count({ where: { referralId: id, kind: "referral_answered" } })).toBe(1);
  });

  it("the partner sees exactly the fields of its mandate; each opening is audited once", async () => {
    const world = await referralWorld();
    const legalId = await sendLegalAid(world, { sharedFields: [...IDENTITY_FIELDS] });
    const policeResult = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.police.id, kind: "service", service: "investigation", reason: REASON, sharedFields: [...IDENTITY_FIELDS] });
    const policeId = locationOf(policeResult)!.split("/").pop()!.replace(/\?.*$/, "");

    const police = (await openReferral(world.officer.cookie, policeId)) as ReferralPage;
    const shown = (page: ReferralPage) => Object.fromEntries(page.referral.identity.filter((item) => item.shared).map((item) => [item.field, item.value]));
    expect(police.referral.identityState).toBe("shown");
    expect(shown(police)).toMatchObject({ legalName: world.identity.legalName, originDistrict: "East Khasi Hills", identityDocuments: world.identity.identityDocuments });
    expect(shown(police)).not.toHaveProperty("address");
    expect(shown(police)).not.toHaveProperty("phone");
    expect(police.referral.identity.find((item) => item.field === "address")).toEqual({ field: "address", shared: false, value: null });
    expect(await reads(world.officer.user.id, world.beneficiary.code)).toBe(1);
    const read = await db.auditLog.findFirstOrThrow({ where: { action: "care.beneficiary.read", actorId: world.officer.user.id } });
    expect(read).toMatchObject({ organisationId: world.police.id, details: { access: "referral", via: "case" } });

    const lawyer = (await openReferral(world.lawyer.cookie, legalId)) as ReferralPage;
    expect(shown(lawyer)).toMatchObject({ legalName: world.identity.legalName, address: world.identity.address, phone: world.identity.phone });
    expect(shown(lawyer)).not.toHaveProperty("identityDocuments");
    expect(await reads(world.lawyer.user.id, world.beneficiary.code)).toBe(1);
    // The police unit cannot open the legal-aid referral; the sender's page shows no identity and is not a read.
    expect(((await openReferral(world.officer.cookie, legalId)) as Response).status).toBe(404);
    const sender = (await openReferral(world.supervisor.cookie, legalId)) as ReferralPage;
    expect(sender.referral).toMatchObject({ identityState: "sender", identity: [], caseOpen: true });
    expect(await reads(world.supervisor.user.id, world.beneficiary.code)).toBe(0);
  });

  it("revoking ends the partner's access at once and tells it", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world, { sharedFields: ["legalName", "phone"] });
    locationOf(await answer(world.lawyer.cookie, id, { intent: "accept" }));
    expect(((await openReferral(world.lawyer.cookie, id)) as ReferralPage).referral.identityState).toBe("shown");
    const readsBefore = await reads(world.lawyer.user.id, world.beneficiary.code);

    expect(locationOf(await answer(world.caseworker.cookie, id, { intent: "revoke" }))).toBe(`/care/referrals/${id}?done=revoke`);
    const revoked = await db.referral.findUniqueOrThrow({ where: { id } });
    expect(revoked.status).toBe("revoked");
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    const page = (await openReferral(world.lawyer.cookie, id)) as ReferralPage;
    expect(page.referral).toMatchObject({ identityState: "inactive", identity: [], caseOpen: false, intents: [] });
    expect(await reads(world.lawyer.user.id, world.beneficiary.code)).toBe(readsBefore);
    expect((await db.notification.findMany({ where: { userId: world.lawyer.user.id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind)).toEqual(["referral_received", "referral_revoked"]);
    expect((await outbox()).some((email) => email.to === world.lawyer.user.email && email.subject === `Referral for case ${world.beneficiary.code} revoked`)).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: id, action: "care.referral.revoked", organisationId: world.shelter.id } })).toBe(1);
    expect(await db.caseEvent.count({ where: { referralId: id, kind: "referral_answered", organisationId: world.shelter.id } })).toBe(1);
  });

  it("withdrawn sharing consent: the partner sees no identity and a message, and cannot accept", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world);
    await db.consent.updateMany({ where: { beneficiaryId: world.beneficiary.id, purpose: "share_partners" }, data: { withdrawnAt: new Date() } });
    const page = (await openReferral(world.lawyer.cookie, id)) as ReferralPage;
    expect(page.referral).toMatchObject({ identityState: "consentWithdrawn", identity: [], caseOpen: false });
    expect(await reads(world.lawyer.user.id, world.beneficiary.code)).toBe(0);
    expect(refused(await answer(world.lawyer.cookie, id, { intent: "accept" })).errors[""]).toEqual(["careReferrals:answer.errors.consentWithdrawn"]);
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  it("an unrelated organisation gets 404 for the page and the answers, and each look is audited as denied", async () => {
    const world = await referralWorld();
    const id = await sendLegalAid(world);
    expect(((await openReferral(world.outsider.cookie, id)) as Response).status).toBe(404);
    expect(((await answer(world.outsider.cookie, id, { intent: "accept" })) as Response).status).toBe(404);
    expect(((await answer(world.outsider.cookie, id, { intent: "revoke" })) as Response).status).toBe(404);
    const denied = await db.auditLog.findMany({ where: { action: "care.beneficiary.denied", actorId: world.outsider.user.id } });
    expect(denied).toHaveLength(3);
    expect(denied.every((row) => row.entityId === world.beneficiary.code)).toBe(true);
    expect((await db.referral.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    // An unknown id looks the same.
    expect(((await openReferral(world.outsider.cookie, "6f1c1b0e-0000-4000-8000-000000000000")) as Response).status).toBe(404);
    const list = await listLoader(args(makeRequest("/care/referrals", { cookie: world.outsider.cookie })));
    expect(list.received).toEqual([]);
    expect(list.sent).toEqual([]);
  });

  it("a transfer accepted moves the lead to the receiving organisation, unassigned; it cannot be revoked afterwards", async () => {
    const world = await referralWorld();
    const result = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "transfer", reason: "The person moves to Guwahati for the trial" });
    const id = locationOf(result)!.split("/").pop()!.replace(/\?.*$/, "");
    expect(await db.referral.findUniqueOrThrow({ where: { id } })).toMatchObject({ kind: "transfer", service: null });
    expect(await db.notification.findFirst({ where: { userId: world.lawyer.user.id } })).toMatchObject({ params: { service: "Transfer of the lead" } });
    // Only one transfer at a time.
    expect(refused(await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.stranger.id, kind: "transfer", reason: "Another handover attempt" })).errors.kind).toEqual([
      "careReferrals:send.errors.transferPending",
    ]);

    locationOf(await answer(world.lawyer.cookie, id, { intent: "accept" }));
    const moved = await db.careCase.findUniqueOrThrow({ where: { id: world.careCase.id } });
    expect(moved).toMatchObject({ leadOrganisationId: world.legalAid.id, assignedToId: null });
    expect(await db.caseEvent.findFirst({ where: { caseId: world.careCase.id, kind: "transferred" } })).toMatchObject({ organisationId: world.legalAid.id, referralId: id });
    // The identity record stays with the registering organisation.
    expect((await db.beneficiary.findUniqueOrThrow({ where: { id: world.beneficiary.id } })).organisationId).toBe(world.shelter.id);
    expect(refused(await answer(world.supervisor.cookie, id, { intent: "revoke" })).errors[""]).toEqual(["careReferrals:answer.errors.transferAccepted"]);
    // The new lead's caseworkers see the person in full (its partner-role staff only what the referral shared).
    const caseworker = await careUser("caseworker", world.legalAid.id);
    const page = (await openReferral(await signIn(caseworker), id)) as ReferralPage;
    expect(page.referral.identityState).toBe("shown");
    expect(page.referral.identity.every((item) => item.shared)).toBe(true);
    expect(((await openReferral(world.lawyer.cookie, id)) as ReferralPage).referral.identityState).toBe("codeOnly");
  });

  it("across a state border each side sees where the other is, in both lists", async () => {
    const world = await referralWorld();
    await sendLegalAid(world);
    const received = await listLoader(args(makeRequest("/care/referrals", { cookie: world.lawyer.cookie })));
    expect(received.sent).toBeNull();
    expect(received.received).toMatchObject([
      { code: world.beneficiary.code, service: "legal_aid", status: "pending", from: { name: world.shelter.name, region: "Meghalaya", countryName: "India" }, to: { name: world.legalAid.name, region: "Assam", countryName: "India" } },
    ]);
    const sent = await listLoader(args(makeRequest("/care/referrals", { cookie: world.supervisor.cookie })));
    expect(sent.sent).toMatchObject([{ from: { region: "Meghalaya" }, to: { region: "Assam" } }]);
    expect(sent.received).toEqual([]);
    expect(JSON.stringify(sent)).not.toContain(world.identity.legalName);
    const filtered = await listLoader(args(makeRequest("/care/referrals?status=completed", { cookie: world.supervisor.cookie })));
    expect(filtered.sent).toEqual([]);
  });
});
