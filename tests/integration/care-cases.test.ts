import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { checklistFor } from "~/modules/cases/index.server";
import { action as openAction, loader as openLoader } from "~/routes/care.cases.new";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { caseAct, casePage, caseWorld, openedPage, today } from "./care-cases-helpers";
import { makeRequest } from "./helpers";
import { signIn } from "./admin-helpers";

const eventsOf = (caseId: string) => db.caseEvent.findMany({ where: { caseId }, orderBy: { createdAt: "asc" } });
const stageOf = async (caseId: string) => (await db.careCase.findUniqueOrThrow({ where: { id: caseId } })).stage;

describe("care cases: opening a case", () => {
  it("is refused without case-management consent, clearly and with nothing written; with consent it opens in Report, audited", async () => {
    const world = await caseWorld();
    const { beneficiary } = await careBeneficiary({ organisationId: world.organisation.id, registeredById: world.caseworkerUser.id, consents: ["share_partners"], withCase: false });
    const form = {
      beneficiary: beneficiary.code,
      leadOrganisationId: world.organisation.id,
      district: "East Khasi Hills",
      state: "Meghalaya",
      country: "IN",
      assignedToId: world.caseworkerUser.id,
    };
    const open = (cookie: string, values: Record<string, string>) => settle(openAction(args(makeRequest(`/care/cases/new?beneficiary=${beneficiary.code}`, { cookie, form: values }))));

    const page = (await openLoader(args(makeRequest(`/care/cases/new?beneficiary=${beneficiary.code}`, { cookie: world.caseworker })))) as { consent: boolean };
    expect(page.consent).toBe(false);
    const refusal = refused(await open(world.caseworker, form));
    expect(refusal.status).toBe(400);
    expect(refusal.errors[""]).toEqual(["careCases:errors.noConsent"]);
    expect(await db.careCase.count({ where: { beneficiaryId: beneficiary.id } })).toBe(0);

    await db.consent.create({ data: { beneficiaryId: beneficiary.id, purpose: "case_management", method: "written", givenOn: new Date("2026-01-10") } });
    // A review date in the past is bad input.
    expect(refused(await open(world.caseworker, { ...form, reviewDueOn: "2020-01-01" })).errors.reviewDueOn).toEqual(["careCases:errors.datePast"]);
    const location = locationOf(await open(world.caseworker, { ...form, reviewDueOn: today() }));
    const opened = await db.careCase.findFirstOrThrow({ where: { beneficiaryId: beneficiary.id } });
    expect(location).toBe(`/care/cases/${opened.id}?done=opened`);
    expect(opened).toMatchObject({ stage: "report", leadOrganisationId: world.organisation.id, assignedToId: world.caseworkerUser.id, district: "East Khasi Hills", country: "IN" });
    expect(await eventsOf(opened.id)).toMatchObject([{ kind: "opened", toStage: "report", actorId: world.caseworkerUser.id }]);
    const audit = await db.auditLog.findMany({ where: { action: "care.case.opened", entityId: opened.id } });
    expect(audit).toMatchObject([{ actorId: world.caseworkerUser.id, details: { code: beneficiary.code } }]);

    // A second open case for the same person in the same organisation is refused.
    expect(refused(await open(world.caseworker, form)).errors[""]).toEqual(["careCases:errors.alreadyOpen"]);
    // Someone of an unrelated organisation gets the 404 page.
    const stranger = await careUser("caseworker", (await careOrganisation()).id);
    expect(((await open(await signIn(stranger), form)) as Response).status).toBe(404);
  });
});

describe("care cases: the six stages", () => {
  it("moves to Rescue with the checklist ticked: on the timeline with the ticked labels, audited", async () => {
    const world = await caseWorld();
    const items = await checklistFor(world.organisation.id, "report");
    expect(items.map((item) => item.labelEn)).toContain("Immediate risk assessed");
    const answer = await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", checked: items.map((item) => item.id) });
    expect(locationOf(answer)).toBe(`/care/cases/${world.caseId}?done=moved`);
    const moved = await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } });
    expect(moved.stage).toBe("rescue");
    const events = await eventsOf(world.caseId);
    expect(events.map((event) => event.kind)).toEqual(["opened", "stage_changed"]);
    expect(events[1]).toMatchObject({ fromStage: "report", toStage: "rescue", notes: null, checklist: { checked: items.map((item) => item.labelEn), unchecked: [] } });

    const page = await openedPage(world.caseworker, world.caseId);
    expect(page.case.stage).toBe("rescue");
    expect(page.timeline[0]).toMatchObject({ kind: "stage_changed", fromStage: "report", toStage: "rescue", checklist: { checked: items.map((item) => item.labelEn), unchecked: [] } });
    expect(page.checklist.map((item) => item.label)).toContain("FIR number recorded");
    const audit = await db.auditLog.findMany({ where: { action: "care.case.stage_changed", entityId: world.caseId } });
    expect(audit).toMatchObject([{ details: { from: "report", to: "rescue", skipped: false, revisit: false, unchecked: 0 } }]);
  });

  it("refuses a skip without a reason with a clear message and changes nothing; with a reason it skips", async () => {
    const world = await caseWorld();
    const before = (await eventsOf(world.caseId)).length;
    const items = await checklistFor(world.organisation.id, "report");
    const all = items.map((item) => item.id);
    const refusal = refused(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rehabilitation", checked: all }));
    expect(refusal.status).toBe(400);
    expect(refusal.errors.reason).toEqual(["careCases:errors.reasonForSkip"]);
    expect(await stageOf(world.caseId)).toBe("report");
    expect(await eventsOf(world.caseId)).toHaveLength(before);
    expect(await db.auditLog.count({ where: { action: "care.case.stage_changed", entityId: world.caseId } })).toBe(0);

    const reason = "Rescued by the police before the report reached us";
    expect(locationOf(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rehabilitation", checked: all, reason }))).toContain("done=moved");
    expect(await stageOf(world.caseId)).toBe("rehabilitation");
    const event = (await eventsOf(world.caseId)).at(-1)!;
    expect(event).toMatchObject({ kind: "stage_changed", fromStage: "report", toStage: "rehabilitation" });
    expect(event.notes).toMatch(/^enc:/);
    expect(event.notes).not.toContain("police");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "care.case.stage_changed", entityId: world.caseId } });
    expect(audit.details).toMatchObject({ skipped: true, revisit: false });
    expect(JSON.stringify(audit.details)).not.toContain("police");
    // The team reads the reason on the timeline.
    expect((await openedPage(world.caseworker, world.caseId)).timeline[0]).toMatchObject({ kind: "stage_changed", notes: reason });
  });

  it("refuses moving on with unchecked items without a reason; with one it keeps the unchecked labels", async () => {
    const world = await caseWorld();
    const items = await checklistFor(world.organisation.id, "report");
    const refusal = refused(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", checked: [items[0]!.id] }));
    expect(refusal.errors.reason).toEqual(["careCases:errors.reasonForUnchecked"]);
    expect(await stageOf(world.caseId)).toBe("report");

    await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", checked: [items[0]!.id], reason: "Risk assessment waits for the district officer" });
    const event = (await eventsOf(world.caseId)).at(-1)!;
    expect(event.checklist).toMatchObject({ checked: [items[0]!.labelEn], unchecked: items.slice(1).map((item) => item.labelEn) });
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "care.case.stage_changed", entityId: world.caseId } })).details).toMatchObject({ unchecked: items.length - 1 });
  });

  it("goes back to an earlier stage only with a reason, keeps the whole timeline, and never moves twice from a stale form", async () => {
    const world = await caseWorld();
    const report = (await checklistFor(world.organisation.id, "report")).map((item) => item.id);
    const rescue = (await checklistFor(world.organisation.id, "rescue")).map((item) => item.id);
    await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", checked: report });
    await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "rescue", toStage: "rehabilitation", checked: rescue });

    const refusal = refused(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "rehabilitation", toStage: "rescue" }));
    expect(refusal.errors.reason).toEqual(["careCases:errors.reasonForRevisit"]);
    expect(await stageOf(world.caseId)).toBe("rehabilitation");

    await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "rehabilitation", toStage: "rescue", reason: "Re-trafficked from the shelter; rescued again" });
    expect(await stageOf(world.caseId)).toBe("rescue");
    const page = await openedPage(world.caseworker, world.caseId);
    expect(page.timeline.map((entry) => [entry.kind, entry.fromStage, entry.toStage])).toEqual([
      ["stage_changed", "rehabilitation", "rescue"],
      ["stage_changed", "rescue", "rehabilitation"],
      ["stage_changed", "report", "rescue"],
      ["opened", null, "report"],
    ]);
    expect((await db.auditLog.findMany({ where: { action: "care.case.stage_changed", entityId: world.caseId }, orderBy: { id: "asc" } })).at(-1)!.details).toMatchObject({ revisit: true });

    // A form still showing Rehabilitation (the case moved meanwhile) is refused; nothing moves twice.
    const count = (await eventsOf(world.caseId)).length;
    const stale = refused(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "rehabilitation", toStage: "repatriation", checked: [], reason: "whatever" }));
    expect(stale.errors[""]).toEqual(["careCases:errors.movedMeanwhile"]);
    expect(await eventsOf(world.caseId)).toHaveLength(count);
    // Closed is reached only by closing.
    expect(refused(await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "rescue", toStage: "closed", reason: "done" })).errors.toStage).toEqual(["careCases:errors.closeByApproval"]);
  });
});

describe("care cases: services", () => {
  it("records a medical service with notes encrypted at rest, readable by the team on the case page", async () => {
    const world = await caseWorld();
    const notes = "Treated for malnutrition; follow-up at the district hospital";
    const future = refused(await caseAct(world.caseworker, world.caseId, { intent: "service", service: "medical", occurredOn: "2999-01-01", notes }));
    expect(future.errors.occurredOn).toEqual(["careCases:errors.dateFuture"]);
    expect(await db.caseEvent.count({ where: { caseId: world.caseId, kind: "service" } })).toBe(0);

    expect(locationOf(await caseAct(world.caseworker, world.caseId, { intent: "service", service: "medical", providerId: world.organisation.id, occurredOn: today(), notes }))).toContain("done=service");
    const raw = await db.$queryRaw<{ notes: string; service: string }[]>`SELECT notes, service::text AS service FROM case_event WHERE case_id = ${world.caseId}::uuid AND kind = 'service'`;
    expect(raw).toHaveLength(1);
    expect(raw[0]!.service).toBe("medical");
    expect(raw[0]!.notes).toMatch(/^enc:/);
    expect(raw[0]!.notes).not.toContain("malnutrition");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "care.case.service_recorded", entityId: world.caseId } });
    expect(audit.details).toMatchObject({ service: "medical" });
    expect(JSON.stringify(audit.details)).not.toContain("malnutrition");

    const page = await openedPage(world.supervisor, world.caseId);
    expect(page.timeline[0]).toMatchObject({ kind: "service", service: "medical", organisationName: world.organisation.name, notes });
  });

  it("shows a partner with an accepted referral the case read-only without the team's notes; it records a service of its own organisation", async () => {
    const world = await caseWorld();
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], region: "Assam", prefix: "LAW" });
    const partnerUser = await careUser("partner", partnerOrg.id);
    const partner = await signIn(partnerUser);
    await caseAct(world.caseworker, world.caseId, { intent: "service", service: "counselling", occurredOn: today(), notes: "Team-only counselling notes" });

    // A pending referral shows the case, but gives no right to record.
    const referral = await careReferral({ caseId: world.caseId, fromOrganisationId: world.organisation.id, toOrganisationId: partnerOrg.id, status: "pending" });
    const pending = await openedPage(partner, world.caseId);
    expect(pending.powers).toMatchObject({ manage: false, recordService: false, assign: false, decideClose: false });
    expect(((await caseAct(partner, world.caseId, { intent: "service", service: "legal_aid", occurredOn: today() })) as Response).status).toBe(403);

    await db.referral.update({ where: { id: referral.id }, data: { status: "accepted" } });
    const page = await openedPage(partner, world.caseId);
    expect(page.access.kind).toBe("referral");
    expect(page.powers).toMatchObject({ manage: false, recordService: true, serviceAsOwnOrganisation: true });
    const teamService = page.timeline.find((entry) => entry.kind === "service")!;
    expect(teamService).toMatchObject({ notes: null, notesWithheld: true });
    expect(JSON.stringify(page)).not.toContain("Team-only");
    expect(page.person.legalName).toBe(world.subject.identity.legalName);

    // Moving the case, asking to close: refused.
    expect(((await caseAct(partner, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", reason: "x" })) as Response).status).toBe(403);
    expect(((await caseAct(partner, world.caseId, { intent: "requestClose", reason: "x" })) as Response).status).toBe(403);
    expect(await stageOf(world.caseId)).toBe("report");

    // Its own service: provided by the partner, whatever organisation the form names.
    expect(locationOf(await caseAct(partner, world.caseId, { intent: "service", service: "legal_aid", providerId: world.organisation.id, occurredOn: today(), notes: "Filed the bail objection" }))).toContain("done=service");
    const recorded = await db.caseEvent.findFirstOrThrow({ where: { caseId: world.caseId, service: "legal_aid" } });
    expect(recorded).toMatchObject({ organisationId: partnerOrg.id, actorId: partnerUser.id });
    const after = await openedPage(partner, world.caseId);
    expect(after.timeline.find((entry) => entry.service === "legal_aid")).toMatchObject({ notes: "Filed the bail objection", organisationName: partnerOrg.name });
    // The team reads both.
    const team = await openedPage(world.caseworker, world.caseId);
    expect(team.timeline.filter((entry) => entry.kind === "service").map((entry) => entry.notes)).toEqual(expect.arrayContaining(["Filed the bail objection", "Team-only counselling notes"]));
  });
});

describe("care cases: closing", () => {
  it("a caseworker asks, cannot close alone; the supervisor approves; both are notified; audited", async () => {
    const world = await caseWorld();
    expect(refused(await caseAct(world.caseworker, world.caseId, { intent: "requestClose", reason: " " })).errors.reason).toEqual(["careCases:errors.closeReason"]);
    expect(locationOf(await caseAct(world.caseworker, world.caseId, { intent: "requestClose", reason: "Reintegrated and compensated; no open needs" }))).toContain("done=closeRequested");
    const requested = await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } });
    expect(requested.closeRequestedById).toBe(world.caseworkerUser.id);
    expect(requested.closeRequestedAt).toBeInstanceOf(Date);
    expect(await db.notification.findMany({ where: { userId: world.supervisorUser.id } })).toMatchObject([
      { kind: "close_requested", params: { code: world.subject.beneficiary.code, by: world.caseworkerUser.name }, link: `/care/cases/${world.caseId}` },
    ]);
    const closeEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId: world.caseId, kind: "close_requested" } });
    expect(closeEvent.notes).toMatch(/^enc:/);

    // The caseworker cannot approve her own request.
    expect(((await caseAct(world.caseworker, world.caseId, { intent: "approveClose" })) as Response).status).toBe(403);
    expect((await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } })).closedAt).toBeNull();
    expect((await openedPage(world.caseworker, world.caseId)).powers.decideClose).toBe(false);

    expect((await openedPage(world.supervisor, world.caseId)).powers.decideClose).toBe(true);
    expect(locationOf(await caseAct(world.supervisor, world.caseId, { intent: "approveClose" }))).toContain("done=closed");
    const closed = await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } });
    expect(closed.stage).toBe("closed");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect((await eventsOf(world.caseId)).map((event) => event.kind)).toEqual(["opened", "close_requested", "close_approved"]);
    expect(await db.notification.findMany({ where: { userId: world.caseworkerUser.id } })).toMatchObject([{ kind: "close_approved", params: { code: world.subject.beneficiary.code } }]);
    expect((await db.auditLog.findMany({ where: { entityId: world.caseId, action: { startsWith: "care.case." } }, orderBy: { id: "asc" } })).map((row) => row.action)).toEqual([
      "care.case.close_requested",
      "care.case.closed",
    ]);
    // A closed case changes no more.
    expect(refused(await caseAct(world.caseworker, world.caseId, { intent: "service", service: "medical", occurredOn: today() })).errors[""]).toEqual(["careCases:errors.closed"]);
  });

  it("the supervisor refuses with a reason: the request is cleared, the case stays, the caseworker is told", async () => {
    const world = await caseWorld();
    await caseAct(world.caseworker, world.caseId, { intent: "requestClose", reason: "Family found" });
    expect(refused(await caseAct(world.supervisor, world.caseId, { intent: "rejectClose" })).errors.reason).toEqual(["careCases:errors.rejectReason"]);
    expect(locationOf(await caseAct(world.supervisor, world.caseId, { intent: "rejectClose", reason: "Compensation claim still pending" }))).toContain("done=closeRejected");
    const row = await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } });
    expect(row).toMatchObject({ stage: "report", closedAt: null, closeRequestedAt: null, closeRequestedById: null });
    expect(await db.notification.findMany({ where: { userId: world.caseworkerUser.id } })).toMatchObject([{ kind: "close_rejected" }]);
    expect(await db.auditLog.count({ where: { action: "care.case.close_rejected", entityId: world.caseId } })).toBe(1);
    const page = await openedPage(world.caseworker, world.caseId);
    expect(page.timeline[0]).toMatchObject({ kind: "close_rejected", notes: "Compensation claim still pending" });
    expect(page.powers.requestClose).toBe(true);
  });
});

describe("care cases: assignment and review", () => {
  it("a supervisor reassigns to a caseworker of the lead organisation; a caseworker cannot; the review date is not in the past", async () => {
    const world = await caseWorld();
    const other = await careUser("caseworker", world.organisation.id);
    const outsider = await careUser("caseworker", (await careOrganisation()).id);
    expect(((await caseAct(world.caseworker, world.caseId, { intent: "assign", assignedToId: other.id })) as Response).status).toBe(403);
    expect(refused(await caseAct(world.supervisor, world.caseId, { intent: "assign", assignedToId: outsider.id })).errors.assignedToId).toEqual(["careCases:errors.assignee"]);
    expect(locationOf(await caseAct(world.supervisor, world.caseId, { intent: "assign", assignedToId: other.id }))).toContain("done=assigned");
    expect((await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } })).assignedToId).toBe(other.id);
    expect(await db.auditLog.count({ where: { action: "care.case.assigned", entityId: world.caseId } })).toBe(1);
    expect((await openedPage(world.supervisor, world.caseId)).timeline[0]).toMatchObject({ kind: "assigned", assignedToName: other.name });

    expect(refused(await caseAct(world.caseworker, world.caseId, { intent: "review", reviewDueOn: "2020-02-02" })).errors.reviewDueOn).toEqual(["careCases:errors.datePast"]);
    await caseAct(world.caseworker, world.caseId, { intent: "review", reviewDueOn: today() });
    expect((await db.careCase.findUniqueOrThrow({ where: { id: world.caseId } })).reviewDueOn?.toISOString().slice(0, 10)).toBe(today());
    expect(await db.auditLog.findMany({ where: { action: "care.case.review_set", entityId: world.caseId }, select: { details: true } })).toEqual([
      { details: { code: world.subject.beneficiary.code, reviewDueOn: today() } },
    ]);
    const assigned = await db.caseEvent.findFirstOrThrow({ where: { caseId: world.caseId, kind: "assigned" } });
    expect(assigned).toMatchObject({ assignedToId: other.id, checklist: null });
  });
});

describe("care cases: the case page", () => {
  it("writes exactly one care.beneficiary.read row per opening, and answers an unrelated organisation with 404 (audited)", async () => {
    const world = await caseWorld();
    await caseAct(world.caseworker, world.caseId, { intent: "service", service: "shelter", occurredOn: today(), notes: "Placed in the shelter" });
    const page = await openedPage(world.caseworker, world.caseId);
    expect(page.person.legalName).toBe(world.subject.identity.legalName);
    expect(page.case).toMatchObject({ code: world.subject.beneficiary.code, stage: "report", leadOrganisation: { name: world.organisation.name } });
    const reads = await db.auditLog.findMany({ where: { action: "care.beneficiary.read", entityId: world.subject.beneficiary.code } });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: world.caseworkerUser.id, details: { via: "case", access: "team" } });

    const stranger = await careUser("supervisor", (await careOrganisation()).id);
    expect(((await casePage(await signIn(stranger), world.caseId)) as Response).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.denied", actorId: stranger.id, entityId: world.subject.beneficiary.code } })).toBe(1);
    expect(((await casePage(world.caseworker, "00000000-0000-4000-8000-000000000000")) as Response).status).toBe(404);
  });
});
