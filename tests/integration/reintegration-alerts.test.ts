import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { i18nForRequest } from "~/lib/i18n.server";
import { careToday, dayText, parseCareDay } from "~/modules/cases/case-dates";
import { getSessionUser, type SessionUser } from "~/modules/identity/index.server";
import type { AlertKind, Alerts } from "~/modules/reintegration/alert-kinds";
import { alertsFor, lastCompleteMonths } from "~/modules/reintegration/index.server";
import { ensureSchemes } from "~/modules/reintegration/schemes.server";
import * as homeRoute from "~/routes/care._index";
import { refused, signIn } from "./admin-helpers";
import { caseAct, openedPage } from "./care-cases-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

/** The caseworker's alerts and dashboard on the care home, and recording a contact on the case page. */

/** The care calendar's day `offset` days from today, "YYYY-MM-DD". */
const day = (offset: number) => dayText(new Date(parseCareDay(careToday())!.getTime() + offset * 86_400_000));
const date = (text: string) => new Date(`${text}T00:00:00.000Z`);
const [EARLIER, LATER] = lastCompleteMonths(careToday());

async function sessionOf(cookie: string): Promise<SessionUser> {
  return (await getSessionUser(makeRequest("/care", { cookie })))!;
}

/** An organisation with two caseworkers and a supervisor, signed in. */
async function team() {
  const organisation = await careOrganisation({ prefix: "ALR" });
  const [mine, other, boss] = await Promise.all([careUser("caseworker", organisation.id), careUser("caseworker", organisation.id), careUser("supervisor", organisation.id)]);
  const cookies = { caseworker: await signIn(mine), other: await signIn(other), supervisor: await signIn(boss) };
  return { organisation, caseworkerUser: mine, otherUser: other, ...cookies };
}

/** A person in Re-integration whose case is assigned to `assignedToId`, last contacted `contactDaysAgo` days ago (61 unless said). */
async function person(organisationId: string, assignedToId: string, contactDaysAgo = 61) {
  const { beneficiary } = await careBeneficiary({ organisationId, consents: ["case_management", "share_partners"], withCase: false });
  // The timeline is append-only: the case is opened on the day wanted.
  const careCase = await db.careCase.create({
    data: {
      beneficiaryId: beneficiary.id,
      leadOrganisationId: organisationId,
      assignedToId,
      stage: "reintegration",
      district: "East Khasi Hills",
      state: "Meghalaya",
      country: "IN",
      events: { create: { kind: "opened", occurredOn: date(day(-contactDaysAgo)), organisationId, toStage: "reintegration" } },
    },
  });
  return { code: beneficiary.code, beneficiaryId: beneficiary.id, caseId: careCase.id };
}

async function plan(caseId: string, options: { target?: number; startOn?: string; milestones?: { dueOn: string; metOn?: string }[] } = {}) {
  return db.reintegrationPlan.create({
    data: {
      caseId,
      livelihoodTrack: "handloom_weaving",
      targetMonthlyIncomeInr: options.target ?? 1_000_000,
      startOn: date(options.startOn ?? "2025-01-01"),
      milestones: {
        create: (options.milestones ?? []).map((m) => ({ kind: "custom" as const, title: "Test milestone", dueOn: date(m.dueOn), metOn: m.metOn ? date(m.metOn) : null })),
      },
    },
  });
}

async function income(beneficiaryId: string, month: string, amounts: Partial<Record<"shop" | "wages" | "farm_sales", number>>) {
  for (const [source, amountInr] of Object.entries(amounts)) {
    await db.incomeRecord.create({ data: { beneficiaryId, month: date(month), source: source as "shop", amountInr } });
  }
}

async function assessment(beneficiaryId: string, assessedOn: string, composite: string) {
  await db.assessment.create({
    data: { beneficiaryId, assessedOn: date(assessedOn), economicScore: composite, socialScore: composite, psychosocialScore: composite, compositeScore: composite },
  });
}

async function claim(caseId: string, hearingOn: string, status: "hearing" | "disbursed" = "hearing") {
  await ensureSchemes();
  const scheme = await db.compensationScheme.findFirstOrThrow();
  return db.compensationClaim.create({
    data: { caseId, schemeId: scheme.id, authority: "DLSA Test District", status, filedOn: date("2026-01-15"), claimedInr: 10_000_000, nextHearingOn: date(hearingOn) },
  });
}

function codesOf(alerts: Alerts, kind: AlertKind) {
  return (alerts.groups.find((group) => group.kind === kind)?.alerts ?? []).map((alert) => alert.code).sort();
}

function alertOf(alerts: Alerts, kind: AlertKind, code: string) {
  return alerts.groups.find((group) => group.kind === kind)?.alerts.find((alert) => alert.code === code);
}

/** Server-renders a page the way Remix does (loader, then component). */
async function render(path: string, cookie: string, language: "en" | "hi" = "en") {
  const handler = createStaticHandler([
    {
      id: "page",
      path: "/care",
      loader: ({ request, params }) => homeRoute.loader({ request: withCookie(request, cookie), params, context: {} } as never) as never,
      Component: homeRoute.default as never,
    },
  ]);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`got a response ${context.status}`);
  if (context.errors) throw new Error(JSON.stringify(context.errors));
  const router = createStaticRouter(handler.dataRoutes, context);
  const i18n = await i18nForRequest(language);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
}

function withCookie(request: Request, cookie: string) {
  const headers = new Headers(request.headers);
  headers.set("Cookie", cookie);
  headers.set("x-reweave-client-ip", "203.0.113.7");
  return new Request(request.url, { headers });
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the caseworker's alerts", () => {
  it("shows overdue milestones of her plans, not met or future ones, nor another caseworker's (which her supervisor sees)", async () => {
    const world = await team();
    const overdue = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(overdue.caseId, { milestones: [{ dueOn: day(-30) }, { dueOn: day(-3) }, { dueOn: day(5) }] });
    const met = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(met.caseId, { milestones: [{ dueOn: day(-30), metOn: day(-31) }, { dueOn: day(10) }] });
    const dueToday = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(dueToday.caseId, { milestones: [{ dueOn: day(0) }] });
    const others = await person(world.organisation.id, world.otherUser.id);
    await plan(others.caseId, { milestones: [{ dueOn: day(-10) }] });

    const alerts = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(alerts, "overdue_milestone")).toEqual([overdue.code]);
    expect(alertOf(alerts, "overdue_milestone", overdue.code)).toMatchObject({ dueOn: day(-30), count: 2, link: `/care/cases/${overdue.caseId}/reintegration` });
    // Nothing of the other caseworker's case, of any kind.
    expect(alerts.groups.flatMap((group) => group.alerts.map((alert) => alert.code))).not.toContain(others.code);
    expect(alerts.caseloadSize).toBe(3);

    const supervisor = await alertsFor(await sessionOf(world.supervisor));
    expect(codesOf(supervisor, "overdue_milestone")).toEqual([overdue.code, others.code].sort());
    // Large organisations: the supervisor's list is capped, and says so; the totals count every alert found.
    const capped = await alertsFor(await sessionOf(world.supervisor), { caseloadLimit: 2, perKind: 1 });
    expect(capped).toMatchObject({ caseloadSize: 2, truncated: true });
    expect(capped.groups.every((group) => group.alerts.length === 1 && group.total >= 1)).toBe(true);
    expect(capped.groups.find((group) => group.kind === "no_contact")?.total).toBe(2);
  });

  it("shows income below half of target in both of the last two complete months (all sources summed), not at 60 %, not for one low month", async () => {
    const world = await team();
    const target = 1_000_000;
    const low = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(low.caseId, { target });
    await income(low.beneficiaryId, EARLIER, { wages: 200_000, shop: 200_000 });
    await income(low.beneficiaryId, LATER, { farm_sales: 100_000 });
    const nothing = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(nothing.caseId, { target });
    const sixty = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(sixty.caseId, { target });
    // Each source alone is below half; together they make 60 %.
    await income(sixty.beneficiaryId, EARLIER, { wages: 300_000, farm_sales: 300_000 });
    await income(sixty.beneficiaryId, LATER, { wages: 300_000, shop: 300_000 });
    const oneLowMonth = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(oneLowMonth.caseId, { target });
    await income(oneLowMonth.beneficiaryId, EARLIER, { wages: 100_000 });
    await income(oneLowMonth.beneficiaryId, LATER, { wages: 900_000 });
    const recentPlan = await person(world.organisation.id, world.caseworkerUser.id);
    await plan(recentPlan.caseId, { target, startOn: LATER });

    const alerts = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(alerts, "low_income")).toEqual([low.code, nothing.code].sort());
    expect(alertOf(alerts, "low_income", low.code)).toMatchObject({
      months: [EARLIER.slice(0, 7), LATER.slice(0, 7)],
      amounts: [400_000, 100_000],
      target,
      link: `/care/cases/${low.caseId}/reintegration`,
    });
    expect(alertOf(alerts, "low_income", nothing.code)).toMatchObject({ amounts: [0, 0] });
  });

  it("shows no contact for 60 days, cleared by a contact recorded 59 days ago or an assessment", async () => {
    const world = await team();
    const silent = await person(world.organisation.id, world.caseworkerUser.id, 61);
    const sixty = await person(world.organisation.id, world.caseworkerUser.id, 60);
    const recent = await person(world.organisation.id, world.caseworkerUser.id, 59);
    const contacted = await person(world.organisation.id, world.caseworkerUser.id, 90);
    const assessed = await person(world.organisation.id, world.caseworkerUser.id, 90);
    await assessment(assessed.beneficiaryId, day(-20), "0.600");

    const before = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(before, "no_contact")).toEqual([silent.code, sixty.code, contacted.code].sort());
    expect(alertOf(before, "no_contact", silent.code)).toMatchObject({ lastContactOn: day(-61), days: 61, link: `/care/cases/${silent.caseId}` });
    expect(codesOf(before, "no_contact")).not.toContain(recent.code);

    const recorded = await caseAct(world.caseworker, contacted.caseId, { intent: "contact", contactedOn: day(-59), method: "home_visit", note: "Met her at home; the loom works" });
    expect(recorded).toBeInstanceOf(Response);
    expect((recorded as Response).headers.get("Location")).toBe(`/care/cases/${contacted.caseId}?done=contact`);
    const after = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(after, "no_contact")).toEqual([silent.code, sixty.code].sort());
  });

  it("shows hearings within 14 days of unfinished claims", async () => {
    const world = await team();
    const soon = await person(world.organisation.id, world.caseworkerUser.id);
    const hearing = await claim(soon.caseId, day(10));
    const later = await person(world.organisation.id, world.caseworkerUser.id);
    await claim(later.caseId, day(20));
    const past = await person(world.organisation.id, world.caseworkerUser.id);
    await claim(past.caseId, day(-1));
    const done = await person(world.organisation.id, world.caseworkerUser.id);
    await claim(done.caseId, day(3), "disbursed");

    const alerts = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(alerts, "hearing_soon")).toEqual([soon.code]);
    expect(alertOf(alerts, "hearing_soon", soon.code)).toMatchObject({ hearingOn: day(10), claimId: hearing.id, link: `/care/cases/${soon.caseId}/claims/${hearing.id}` });
  });

  it("shows a composite score that fell by 0.1 or more at the latest assessment, not a smaller fall or an earlier one", async () => {
    const world = await team();
    const dropped = await person(world.organisation.id, world.caseworkerUser.id);
    await assessment(dropped.beneficiaryId, day(-200), "0.500");
    await assessment(dropped.beneficiaryId, day(-100), "0.800");
    await assessment(dropped.beneficiaryId, day(-10), "0.700");
    const small = await person(world.organisation.id, world.caseworkerUser.id);
    await assessment(small.beneficiaryId, day(-100), "0.800");
    await assessment(small.beneficiaryId, day(-10), "0.750");
    const recovered = await person(world.organisation.id, world.caseworkerUser.id);
    await assessment(recovered.beneficiaryId, day(-200), "0.800");
    await assessment(recovered.beneficiaryId, day(-100), "0.500");
    await assessment(recovered.beneficiaryId, day(-10), "0.550");
    const once = await person(world.organisation.id, world.caseworkerUser.id);
    await assessment(once.beneficiaryId, day(-10), "0.200");

    const alerts = await alertsFor(await sessionOf(world.caseworker));
    expect(codesOf(alerts, "score_drop")).toEqual([dropped.code]);
    expect(alertOf(alerts, "score_drop", dropped.code)).toMatchObject({ from: 0.8, to: 0.7, on: day(-10), link: `/care/beneficiaries/${dropped.code}/assessments` });
  });
});

describe("the care home dashboard", () => {
  it("renders the caseload by stage, the alerts grouped with counts and links, and recent activity, in English and Hindi", async () => {
    const world = await team();
    const overdue = await person(world.organisation.id, world.caseworkerUser.id, 10);
    await plan(overdue.caseId, { milestones: [{ dueOn: day(-5) }] });
    const silent = await person(world.organisation.id, world.caseworkerUser.id, 70);
    const others = await person(world.organisation.id, world.otherUser.id, 70);

    for (const language of ["en", "hi"] as const) {
      const html = await render("/care", world.caseworker, language);
      expect(html).toContain(`href="/care/cases/${overdue.caseId}/reintegration"`);
      expect(html).toContain(`href="/care/cases/${silent.caseId}"`);
      expect(html).toContain("/care/cases?view=mine&amp;stage=reintegration");
      expect(html).not.toContain(others.code);
      expect(html).toMatch(/<th scope="col"/);
      expect(html).not.toContain("Testa Fictional");
    }
    const page = text(await render("/care", world.caseworker));
    expect(page).toContain("Your caseload by stage");
    expect(page).toMatch(/Re-?integration\s+2/i);
    expect(page).toMatch(/Overdue milestones\s*:\s*1/);
    expect(page).toMatch(/No contact for 60 days\s*:\s*1/);
    expect(page).toContain(`${silent.code} last contact`);
    expect(page).toContain("(70 days ago)");
    expect(page).toContain("Recent activity");
    expect(page).toContain("Case opened");

    const calm = await careUser("caseworker", world.organisation.id);
    expect(text(await render("/care", await signIn(calm)))).toContain("No alerts in your caseload.");
    const supervisorPage = await render("/care", world.supervisor);
    expect(supervisorPage).toContain(others.code);
    expect(supervisorPage).toContain("/care/cases?view=organisation&amp;stage=reintegration");
  });
});

describe("recording a contact", () => {
  it("writes a note event with the how and an encrypted note, shown on the timeline and audited", async () => {
    const world = await team();
    const subject = await person(world.organisation.id, world.caseworkerUser.id);
    await caseAct(world.caseworker, subject.caseId, { intent: "contact", contactedOn: day(-2), method: "phone_call", note: "Called; all well at home" });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: subject.caseId, kind: "note" } });
    expect(event.contactMethod).toBe("phone_call");
    expect(event.notes).toMatch(/^enc:/);
    expect(dayText(event.occurredOn)).toBe(day(-2));
    const page = await openedPage(world.caseworker, subject.caseId);
    expect(page.timeline.find((entry) => entry.kind === "note")).toMatchObject({ notes: "Called; all well at home", occurredOn: day(-2), contactMethod: "phone_call" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "care.case.contact_recorded", entityId: subject.caseId } });
    expect(JSON.stringify(audit.details)).not.toContain("all well");
  });

  it("refuses a future date or a missing how with field messages and writes nothing", async () => {
    const world = await team();
    const subject = await person(world.organisation.id, world.caseworkerUser.id);
    const future = refused(await caseAct(world.caseworker, subject.caseId, { intent: "contact", contactedOn: day(1), method: "home_visit" }));
    expect(future.status).toBe(400);
    expect(future.errors.contactedOn).toEqual(["careCases:errors.dateFuture"]);
    const noHow = refused(await caseAct(world.caseworker, subject.caseId, { intent: "contact", contactedOn: day(0), method: "carrier_pigeon" }));
    expect(noHow.errors.method).toEqual(["careAlerts:contact.errors.method"]);
    expect(await db.caseEvent.count({ where: { caseId: subject.caseId, kind: "note" } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "care.case.contact_recorded", entityId: subject.caseId } })).toBe(0);
  });

  it("is refused to partners with a referral and to auditors; they get no caseload dashboard", async () => {
    const world = await team();
    const subject = await person(world.organisation.id, world.caseworkerUser.id);
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], prefix: "ALP" });
    const partner = await signIn(await careUser("partner", partnerOrg.id));
    await careReferral({ caseId: subject.caseId, fromOrganisationId: world.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    const auditor = await signIn(await careUser("auditor", world.organisation.id));
    const form = { intent: "contact", contactedOn: day(0), method: "office_meeting" };
    for (const cookie of [partner, auditor]) {
      const answer = await caseAct(cookie, subject.caseId, form);
      expect(answer).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(403);
      const home = text(await render("/care", cookie));
      expect(home).not.toContain("Your caseload by stage");
      expect(home).not.toContain(subject.code);
    }
    expect(await db.caseEvent.count({ where: { caseId: subject.caseId, kind: "note" } })).toBe(0);
  });
});
