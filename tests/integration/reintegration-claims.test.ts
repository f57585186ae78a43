import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { careToday, dayText, parseCareDay } from "~/modules/cases/case-dates";
import { requireUser } from "~/modules/identity/index.server";
import { hearingsWithin, sendHearingReminders } from "~/modules/reintegration/claims-reminders.server";
import { DEFAULT_SCHEMES } from "~/modules/reintegration/default-schemes";
import { ensureSchemes } from "~/modules/reintegration/schemes.server";
import { action as claimAction, loader as claimLoader } from "~/routes/care.cases.$caseId.claims.$claimId";
import { action as listAction, loader as listLoader } from "~/routes/care.cases.$caseId.claims._index";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { careOrganisation, careReferral, careUser } from "./care-factories";
import { caseWorld } from "./care-cases-helpers";
import { makeRequest } from "./helpers";

const inDays = (days: number) => dayText(new Date(parseCareDay(careToday())!.getTime() + days * 86_400_000));

async function scheme(name = "Meghalaya Victim Compensation Scheme") {
  await ensureSchemes();
  return db.compensationScheme.findUniqueOrThrow({ where: { name } });
}

const listPage = (cookie: string, caseId: string) => settle(listLoader(args(makeRequest(`/care/cases/${caseId}/claims`, { cookie }), { caseId })));
const file = (cookie: string, caseId: string, form: Record<string, string>) => settle(listAction(args(makeRequest(`/care/cases/${caseId}/claims`, { cookie, form }), { caseId })));
const claimPage = (cookie: string, caseId: string, claimId: string) => settle(claimLoader(args(makeRequest(`/care/cases/${caseId}/claims/${claimId}`, { cookie }), { caseId, claimId })));
const act = (cookie: string, caseId: string, claimId: string, form: Record<string, string>) =>
  settle(claimAction(args(makeRequest(`/care/cases/${caseId}/claims/${claimId}`, { cookie, form }), { caseId, claimId })));

type ClaimPage = Exclude<Awaited<ReturnType<typeof claimLoader>>, Response>;
async function openedClaim(cookie: string, caseId: string, claimId: string) {
  const page = await claimPage(cookie, caseId, claimId);
  if (page instanceof Response) throw new Error(`expected the claim page, got ${page.status}`);
  return page as ClaimPage;
}

/** A world with one filed claim (filed 2025-06-01, ₹3,00,000 claimed). */
async function claimWorld() {
  const world = await caseWorld();
  const meghalaya = await scheme();
  const location = locationOf(await file(world.caseworker, world.caseId, { schemeId: meghalaya.id, filedOn: "2025-06-01", claimed: "300000", authority: "" }));
  const claim = await db.compensationClaim.findFirstOrThrow({ where: { caseId: world.caseId } });
  expect(location).toBe(`/care/cases/${world.caseId}/claims/${claim.id}?done=filed`);
  return { ...world, scheme: meghalaya, claimId: claim.id };
}

const move = (world: Awaited<ReturnType<typeof claimWorld>>, fromStatus: string, toStatus: string, occurredOn: string, extra: Record<string, string> = {}) =>
  act(world.caseworker, world.caseId, world.claimId, { intent: "status", fromStatus, toStatus, occurredOn, ...extra });

describe("reintegration: compensation schemes", () => {
  it("are upserted by name, once", async () => {
    await ensureSchemes();
    await ensureSchemes();
    const rows = await db.compensationScheme.findMany({ where: { name: { in: DEFAULT_SCHEMES.map((s) => s.name) } } });
    expect(rows).toHaveLength(DEFAULT_SCHEMES.length);
    expect(rows.find((row) => row.name === "Meghalaya Victim Compensation Scheme")).toMatchObject({ country: "IN", state: "Meghalaya", legalBasis: "Section 357A CrPC / Section 396 BNSS", authority: "District Legal Services Authority" });
    expect(rows.map((row) => row.country).sort()).toEqual(expect.arrayContaining(["BD", "IN", "NP"]));
  });
});

describe("reintegration: filing a claim", () => {
  it("files a claim in paise with the scheme's authority, on the timeline and in the audit log; the list shows it", async () => {
    const world = await claimWorld();
    const claim = await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId }, include: { events: true } });
    expect(claim).toMatchObject({ status: "filed", claimedInr: 30_000_000, authority: "District Legal Services Authority", createdById: world.caseworkerUser.id, schemeId: world.scheme.id });
    expect(claim.events).toMatchObject([{ kind: "status_changed", toStatus: "filed" }]);
    expect(await db.auditLog.findMany({ where: { action: "care.claim.filed", entityId: world.claimId } })).toMatchObject([{ actorId: world.caseworkerUser.id, details: { code: world.subject.beneficiary.code, claimedInr: 30_000_000 } }]);
    const list = (await listPage(world.caseworker, world.caseId)) as { claims: { id: string; status: string; scheme: { name: string } }[]; canManage: boolean };
    expect(list.canManage).toBe(true);
    expect(list.claims).toMatchObject([{ id: world.claimId, status: "filed", scheme: { name: "Meghalaya Victim Compensation Scheme" } }]);
    // Reading the claims writes no read row: the pages show the code only.
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.read" } })).toBe(0);
  });

  it("refuses a future filing date, an amount of zero or less, an unknown scheme: 400, nothing created", async () => {
    const world = await caseWorld();
    const meghalaya = await scheme();
    const good = { schemeId: meghalaya.id, filedOn: "2025-06-01", claimed: "150000" };
    expect(refused(await file(world.caseworker, world.caseId, { ...good, filedOn: inDays(2) })).errors.filedOn).toEqual(["careClaims:errors.dateFuture"]);
    expect(refused(await file(world.caseworker, world.caseId, { ...good, claimed: "0" })).errors.claimed).toEqual(["careClaims:errors.amountPositive"]);
    expect(refused(await file(world.caseworker, world.caseId, { ...good, claimed: "-5" })).errors.claimed).toEqual(["careClaims:errors.amount"]);
    const unknown = refused(await file(world.caseworker, world.caseId, { ...good, schemeId: "00000000-0000-4000-8000-000000000000" }));
    expect(unknown.status).toBe(400);
    expect(unknown.errors.schemeId).toEqual(["careClaims:errors.scheme"]);
    expect(await db.compensationClaim.count({ where: { caseId: world.caseId } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "care.claim.filed", organisationId: world.organisation.id } })).toBe(0);
  });
});

describe("reintegration: the claim's status path", () => {
  it("goes filed → under review → hearing → awarded → disbursed with amounts and dates, each step on the timeline and audited", async () => {
    const world = await claimWorld();
    const plan = await db.reintegrationPlan.create({
      data: {
        caseId: world.caseId,
        livelihoodTrack: "beekeeping",
        targetMonthlyIncomeInr: 800_000,
        startOn: new Date("2025-05-01"),
        milestones: { create: { kind: "recompensation", title: "Compensation disbursed", rule: "compensation_disbursed" } },
      },
      include: { milestones: true },
    });
    expect(locationOf(await move(world, "filed", "under_review", "2025-07-01", { notes: "Papers complete" }))).toBe(`/care/cases/${world.caseId}/claims/${world.claimId}?done=status`);
    locationOf(await move(world, "under_review", "hearing", "2025-08-01"));
    // Awarding needs the amount.
    expect(refused(await move(world, "hearing", "awarded", "2025-09-01")).errors.amount).toEqual(["careClaims:errors.awardedAmount"]);
    locationOf(await move(world, "hearing", "awarded", "2025-09-01", { amount: "200000" }));
    // More than awarded is refused, nothing changes.
    const over = refused(await move(world, "awarded", "disbursed", "2025-10-01", { amount: "200000.01" }));
    expect(over.errors.amount).toEqual(["careClaims:errors.overAwarded"]);
    expect((await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId } })).status).toBe("awarded");
    locationOf(await move(world, "awarded", "disbursed", "2025-10-01", { amount: "150000" }));

    const claim = await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId } });
    expect(claim).toMatchObject({ status: "disbursed", awardedInr: 20_000_000, disbursedInr: 15_000_000 });
    expect(dayText(claim.awardedOn!)).toBe("2025-09-01");
    expect(dayText(claim.disbursedOn!)).toBe("2025-10-01");
    // The plan's "compensation disbursed" milestone is met on the day of the disbursement.
    const milestone = await db.milestone.findUniqueOrThrow({ where: { id: plan.milestones[0]!.id } });
    expect(dayText(milestone.metOn!)).toBe("2025-10-01");

    const page = await openedClaim(world.caseworker, world.caseId, world.claimId);
    expect(page.timeline.map((event) => event.toStatus)).toEqual(["filed", "under_review", "hearing", "awarded", "disbursed"]);
    expect(page.timeline[1]!.notes).toBe("Papers complete");
    expect(page.next).toEqual([]);
    // The note is stored encrypted.
    const stored = await db.claimEvent.findFirstOrThrow({ where: { claimId: world.claimId, toStatus: "under_review" } });
    expect(stored.notes).not.toContain("Papers");
    const audit = await db.auditLog.findMany({ where: { action: "care.claim.status_changed", entityId: world.claimId }, orderBy: { at: "asc" } });
    expect(audit.map((row) => (row.details as { to: string }).to)).toEqual(["under_review", "hearing", "awarded", "disbursed"]);
  });

  it("refuses a step the path does not allow, naming both statuses, and a change made on a stale form", async () => {
    const world = await claimWorld();
    const answer = await move(world, "filed", "disbursed", "2025-07-01", { amount: "1000" });
    const refusal = refused(answer);
    expect(refusal.status).toBe(400);
    expect(refusal.errors[""]).toEqual(["careClaims:errors.transition"]);
    expect((answer as unknown as { data: { values: Record<string, string> } }).data.values).toEqual({ from: "Filed", to: "Disbursed" });
    // The form was shown when the claim was under review; it is still filed.
    expect(refused(await move(world, "under_review", "hearing", "2025-07-01")).errors[""]).toEqual(["careClaims:errors.stale"]);
    expect((await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId } })).status).toBe("filed");
    expect(await db.claimEvent.count({ where: { claimId: world.claimId } })).toBe(1);
  });

  it("goes rejected → appealed", async () => {
    const world = await claimWorld();
    locationOf(await move(world, "filed", "rejected", "2025-07-01"));
    locationOf(await move(world, "rejected", "appealed", "2025-07-15"));
    const page = await openedClaim(world.caseworker, world.caseId, world.claimId);
    expect(page.claim.status).toBe("appealed");
    expect(page.next).toEqual(["under_review", "hearing", "awarded", "rejected"]);
  });
});

describe("reintegration: hearings, reminders and court milestones", () => {
  it("schedules hearings; hearingsWithin finds one in 10 days and not one in 20; reminders go once to the caseworker", async () => {
    const world = await claimWorld();
    const second = locationOf(await file(world.caseworker, world.caseId, { schemeId: world.scheme.id, filedOn: "2025-06-02", claimed: "1000" }))!.split("/")[5]!.split("?")[0]!;
    expect(refused(await act(world.caseworker, world.caseId, world.claimId, { intent: "schedule", hearingOn: inDays(-1) })).errors.hearingOn).toEqual(["careClaims:errors.datePast"]);
    locationOf(await act(world.caseworker, world.caseId, world.claimId, { intent: "schedule", hearingOn: inDays(10) }));
    locationOf(await act(world.caseworker, world.caseId, second, { intent: "schedule", hearingOn: inDays(20) }));
    expect(dayText((await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId } })).nextHearingOn!)).toBe(inDays(10));
    expect(await db.auditLog.count({ where: { action: "care.claim.hearing_scheduled", organisationId: world.organisation.id } })).toBe(2);

    const user = await requireUser(makeRequest("/care", { cookie: world.caseworker }));
    const soon = await hearingsWithin(user);
    expect(soon).toMatchObject([{ claimId: world.claimId, caseId: world.caseId, code: world.subject.beneficiary.code, authority: "District Legal Services Authority" }]);
    expect(dayText(soon[0]!.date)).toBe(inDays(10));
    // Someone of another organisation sees none of them.
    const stranger = await careUser("caseworker", (await careOrganisation()).id);
    expect(await hearingsWithin(await requireUser(makeRequest("/care", { cookie: await signIn(stranger) })))).toEqual([]);

    const notices = () => db.notification.findMany({ where: { userId: world.caseworkerUser.id, kind: "hearing_soon" } });
    // Ten days ahead is not yet a week ahead; four days later it is, once.
    expect(await sendHearingReminders(new Date())).toBe(0);
    const later = new Date(Date.now() + 4 * 86_400_000);
    expect(await sendHearingReminders(later)).toBe(1);
    expect(await sendHearingReminders(later)).toBe(0);
    expect(await notices()).toMatchObject([{ params: { code: world.subject.beneficiary.code, date: inDays(10) }, link: `/care/cases/${world.caseId}/claims/${world.claimId}` }]);
    // A hearing moved to a new date is reminded again.
    locationOf(await act(world.caseworker, world.caseId, world.claimId, { intent: "schedule", hearingOn: inDays(8) }));
    expect(await sendHearingReminders(later)).toBe(1);
    expect(await notices()).toHaveLength(2);
  });

  it("records a hearing held and court milestones on the same timeline; a future milestone date is refused", async () => {
    const world = await claimWorld();
    expect(refused(await act(world.caseworker, world.caseId, world.claimId, { intent: "milestone", milestone: "verdict", occurredOn: inDays(3) })).errors.occurredOn).toEqual(["careClaims:errors.dateFuture"]);
    locationOf(await act(world.caseworker, world.caseId, world.claimId, { intent: "milestone", milestone: "charge_sheet_filed", occurredOn: "2025-06-20" }));
    locationOf(await act(world.caseworker, world.caseId, world.claimId, { intent: "milestone", milestone: "trial_started", occurredOn: "2025-08-10" }));
    locationOf(await act(world.caseworker, world.caseId, world.claimId, { intent: "held", occurredOn: "2025-07-05", notes: "Adjourned" }));
    const page = await openedClaim(world.caseworker, world.caseId, world.claimId);
    expect(page.timeline.map((event) => [event.kind, event.milestone ?? event.toStatus ?? null])).toEqual([
      ["status_changed", "filed"],
      ["court_milestone", "charge_sheet_filed"],
      ["hearing_held", null],
      ["court_milestone", "trial_started"],
    ]);
    expect(page.timeline[2]!.notes).toBe("Adjourned");
    expect(await db.auditLog.findMany({ where: { action: "care.claim.court_milestone", entityId: world.claimId } })).toHaveLength(2);
  });
});

describe("reintegration: who sees claims", () => {
  it("gives a referral partner and an unrelated caseworker the 404 page (audited), and changes nothing", async () => {
    const world = await claimWorld();
    const partnerOrg = await careOrganisation({ kind: "ngo", prefix: "PRT" });
    await careReferral({ caseId: world.caseId, fromOrganisationId: world.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    const partner = await signIn(await careUser("partner", partnerOrg.id));
    const stranger = await signIn(await careUser("caseworker", (await careOrganisation()).id));
    for (const cookie of [partner, stranger]) {
      expect(((await listPage(cookie, world.caseId)) as Response).status).toBe(404);
      expect(((await claimPage(cookie, world.caseId, world.claimId)) as Response).status).toBe(404);
      const answer = await act(cookie, world.caseId, world.claimId, { intent: "status", fromStatus: "filed", toStatus: "under_review", occurredOn: "2025-07-01" });
      expect([403, 404]).toContain((answer as Response).status);
    }
    expect(await db.auditLog.count({ where: { action: "care.beneficiary.denied", entityId: world.subject.beneficiary.code } })).toBeGreaterThanOrEqual(4);
    expect((await db.compensationClaim.findUniqueOrThrow({ where: { id: world.claimId } })).status).toBe("filed");
    // A claim of another case is not found through this case.
    const other = await caseWorld();
    expect(((await claimPage(other.caseworker, other.caseId, world.claimId)) as Response).status).toBe(404);
  });
});
