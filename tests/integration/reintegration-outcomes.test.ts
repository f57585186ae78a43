import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { i18nForRequest } from "~/lib/i18n.server";
import { ensureSchemes } from "~/modules/reintegration/index.server";
import type { LivelihoodTrack } from "~/modules/reintegration/vocabulary";
import * as outcomesRoute from "~/routes/care.outcomes";
import { args, settle, signIn } from "./admin-helpers";
import { careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";
import { createMakerShop, payOrder } from "./earnings-factories";
import { act, midMonth, monthAt, PLAN, planWorld } from "./reintegration-plans-helpers";

/** Cohorts written straight to the database (three inserts for any number of people); the figures go through the page. */

type Page = Exclude<Awaited<ReturnType<typeof outcomesRoute.loader>>, Response>;
type Query = Partial<Record<"organisation" | "track" | "quarter", string>>;

const DAY = 24 * 60 * 60 * 1000;
const rupees = (amount: number) => amount * 100;
const firstOf = (offset: number) => new Date(`${monthAt(offset)}-01T00:00:00.000Z`);
const quarterOf = (offset: number) => {
  const month = monthAt(offset);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
};
const quarterStart = (offset: number) => {
  const month = monthAt(offset);
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  return new Date(`${month.slice(0, 4)}-${String(first).padStart(2, "0")}-01T00:00:00.000Z`);
};

async function cohort(organisationId: string, count: number, plan: { track: LivelihoodTrack; startOn: Date; target?: number }) {
  const people = Array.from({ length: count }, () => ({ id: randomUUID(), caseId: randomUUID(), planId: randomUUID() }));
  await db.beneficiary.createMany({ data: people.map((p) => ({ id: p.id, code: `OUT-${p.id.slice(0, 13)}`, organisationId })) });
  await db.careCase.createMany({
    data: people.map((p) => ({ id: p.caseId, beneficiaryId: p.id, leadOrganisationId: organisationId, stage: "reintegration" as const, district: "East Khasi Hills", state: "Meghalaya", country: "IN" })),
  });
  await db.reintegrationPlan.createMany({
    data: people.map((p) => ({ id: p.planId, caseId: p.caseId, livelihoodTrack: plan.track, startOn: plan.startOn, targetMonthlyIncomeInr: rupees(plan.target ?? 5000) })),
  });
  return people;
}

async function open(cookie: string, query: Query = {}): Promise<Page> {
  const search = new URLSearchParams(query as Record<string, string>).toString();
  const page = await settle(outcomesRoute.loader(args(makeRequest(`/care/outcomes${search ? `?${search}` : ""}`, { cookie }))));
  if (page instanceof Response) throw new Error(`expected the page, got ${page.status}`);
  return page;
}

async function status(cookie: string) {
  const page = await settle(outcomesRoute.loader(args(makeRequest("/care/outcomes", { cookie }))));
  return page instanceof Response ? page.status : 200;
}

/** Server-renders the page the way Remix does, to read what a person would see. */
async function render(cookie: string, query: Query = {}) {
  const handler = createStaticHandler([
    { id: "page", path: "/care/outcomes", loader: ({ request }) => outcomesRoute.loader({ request: withCookie(request, cookie), params: {}, context: {} } as never) as never, Component: outcomesRoute.default as never },
  ]);
  const search = new URLSearchParams(query as Record<string, string>).toString();
  const context = await handler.query(new Request(`http://localhost/care/outcomes${search ? `?${search}` : ""}`));
  if (context instanceof Response) throw new Error(`got a response ${context.status}`);
  if (context.errors) throw new Error(JSON.stringify(context.errors));
  const router = createStaticRouter(handler.dataRoutes, context);
  const i18n = await i18nForRequest("en");
  const html = renderToString(createElement(I18nextProvider, { i18n }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

function withCookie(request: Request, cookie: string) {
  const headers = new Headers(request.headers);
  headers.set("Cookie", cookie);
  headers.set("x-reweave-client-ip", "203.0.113.7");
  return new Request(request.url, { headers });
}

const shown = <T,>(figure: { hidden: boolean; value?: T }) => {
  if (figure.hidden) throw new Error("expected a shown figure");
  return figure.value as T;
};

/**
 * Organisation A: 12 people weaving (plans started 12 months ago, target ₹5,000), 10 beekeeping and 5 in
 * art (plans started 6 months ago). The weavers' figures are known exactly.
 */
let orgA: { id: string };
let orgB: { id: string };
let supervisorA: string;
let weavers: Awaited<ReturnType<typeof cohort>>;

beforeAll(async () => {
  orgA = await careOrganisation({ prefix: "OUA" });
  orgB = await careOrganisation({ prefix: "OUB" });
  supervisorA = await signIn(await careUser("supervisor", orgA.id));
  weavers = await cohort(orgA.id, 12, { track: "handloom_weaving", startOn: firstOf(-12) });
  await cohort(orgA.id, 10, { track: "beekeeping", startOn: firstOf(-6) });
  await cohort(orgA.id, 5, { track: "art", startOn: firstOf(-6) });

  // Last complete month: two weavers earned nothing (no row), the others ₹1,000 … ₹10,000 in wages.
  await db.incomeRecord.createMany({
    data: weavers.slice(2).map((p, i) => ({ beneficiaryId: p.id, month: firstOf(-1), source: "wages" as const, amountInr: rupees((i + 1) * 1000) })),
  });
  // Three months ago one weaver reached ₹6,000 with shop sales and wages: at target then, under it since (₹1,000).
  await db.incomeRecord.createMany({
    data: [
      { beneficiaryId: weavers[2]!.id, month: firstOf(-3), source: "shop" as const, amountInr: rupees(2000) },
      { beneficiaryId: weavers[2]!.id, month: firstOf(-3), source: "wages" as const, amountInr: rupees(4000) },
    ],
  });
  // Four months ago all weavers were at target: outside the last three complete months, so it does not count.
  await db.incomeRecord.createMany({ data: weavers.map((p) => ({ beneficiaryId: p.id, month: firstOf(-4), source: "farm_sales" as const, amountInr: rupees(9000) })) });

  // Training: 12 enrolments of 12 weavers, 9 completed.
  const course = await db.course.create({ data: { organisationId: orgA.id, titleEn: "Natural dyeing" } });
  await db.enrolment.createMany({
    data: weavers.map((p, i) => ({ courseId: course.id, beneficiaryId: p.id, enrolledOn: firstOf(-10), status: i < 9 ? ("completed" as const) : ("enrolled" as const), completedOn: i < 9 ? firstOf(-8) : null })),
  });

  // Compensation: 11 weavers each claimed ₹50,000; 5 were awarded ₹40,000, 3 of them were paid it.
  await ensureSchemes();
  const scheme = await db.compensationScheme.findFirstOrThrow();
  await db.compensationClaim.createMany({
    data: weavers.slice(0, 11).map((p, i) => ({
      caseId: p.caseId,
      schemeId: scheme.id,
      authority: "DLSA East Khasi Hills",
      status: i < 3 ? ("disbursed" as const) : i < 5 ? ("awarded" as const) : ("filed" as const),
      filedOn: firstOf(-9),
      claimedInr: rupees(50_000),
      awardedInr: i < 5 ? rupees(40_000) : null,
      disbursedInr: i < 3 ? rupees(40_000) : null,
    })),
  });

  // Assessments: last quarter 11 weavers (economic 0.5 or 0.6, social 0.7, psychosocial 0.8); this quarter only 10.
  const assessment = (beneficiaryId: string, assessedOn: Date, economic: number) => ({
    beneficiaryId,
    assessedOn,
    economicScore: economic,
    socialScore: 0.7,
    psychosocialScore: 0.8,
    compositeScore: Math.round(((economic + 0.7 + 0.8) / 3) * 1000) / 1000,
  });
  await db.assessment.createMany({
    data: [
      ...weavers.slice(0, 11).map((p, i) => assessment(p.id, new Date(quarterStart(-3).getTime() + 20 * DAY), i < 5 ? 0.5 : 0.6)),
      // Two assessments of one person in a quarter count as one: her mean.
      assessment(weavers[0]!.id, quarterStart(-3), 0.1),
      ...weavers.slice(0, 10).map((p) => assessment(p.id, quarterStart(0), 0.9)),
    ],
  });

  // Milestones: every weaver has "first shop sale" in the plan, 3 met it.
  await db.milestone.createMany({
    data: weavers.map((p, i) => ({ planId: p.planId, kind: "income" as const, title: "First sale", rule: "first_shop_sale" as const, metOn: i < 3 ? firstOf(-3) : null })),
  });
});

describe("cohort outcomes", () => {
  it("computes the weavers' figures: median, share at target, completion, compensation, score means, milestones", async () => {
    const page = await open(supervisorA, { track: "handloom_weaving" });
    expect(page.problems).toEqual([]);
    expect(shown(page.people)).toBe(12);
    // At target in the last three complete months: ₹5,000 … ₹10,000 last month (6 people) and one three months ago.
    expect(shown(page.atTarget)).toBeCloseTo(7 / 12);
    const last = page.months.find((month) => month.month === monthAt(-1))!;
    // 0, 0, 1000 … 10000: the median is (4000 + 5000) / 2.
    expect(shown(last.medianTotal)).toBe(rupees(4500));
    expect(shown(last.medianShop)).toBe(0);
    const fourAgo = page.months.find((month) => month.month === monthAt(-4))!;
    expect(shown(fourAgo.medianTotal)).toBe(rupees(9000));
    const training = shown(page.training);
    expect(training).toEqual({ enrolments: 12, completed: 9, share: 0.75 });
    expect(shown(page.compensation)).toEqual({ claims: 11, claimed: rupees(550_000), awarded: rupees(200_000), disbursed: rupees(120_000) });
    const lastQuarter = page.scores.find((row) => row.quarter === quarterOf(-3))!;
    const scores = shown(lastQuarter.scores);
    expect(scores.economic).toBeCloseTo(((0.1 + 0.5) / 2 + 4 * 0.5 + 6 * 0.6) / 11, 3);
    expect(scores.social).toBeCloseTo(0.7, 3);
    expect(scores.psychosocial).toBeCloseTo(0.8, 3);
    const firstSale = page.milestones.find((row) => row.key === "first_shop_sale")!;
    expect(shown(firstSale.planned)).toBe(1);
    expect(shown(firstSale.met)).toBeCloseTo(3 / 12);

    const text = await render(supervisorA, { track: "handloom_weaving" });
    expect(text).toContain("₹4,500.00");
    expect(text).toContain("58%");
    expect(text).toContain("First shop sale");
    expect(text).toContain("Handloom weaving 12 58% ₹4,500.00");
    expect(text).toContain("₹5,50,000.00");
    expect(text).toContain("at or above her plan&#x27;s target in at least one of the last three complete months");
  });

  it("hides figures resting on fewer than 11 people: the quarter with 10 assessed, a cohort of 10, and shows them at 11", async () => {
    const weaving = await open(supervisorA, { track: "handloom_weaving" });
    expect(weaving.scores.find((row) => row.quarter === quarterOf(0))!.scores).toEqual({ hidden: true });

    const ten = await open(supervisorA, { track: "beekeeping" });
    expect(ten.people).toEqual({ hidden: true });
    expect(ten.atTarget).toEqual({ hidden: true });
    expect(ten.months.every((month) => month.medianTotal.hidden && month.medianShop.hidden)).toBe(true);
    expect(ten.training).toEqual({ hidden: true });
    expect(ten.compensation).toEqual({ hidden: true });
    expect(ten.milestones.every((row) => row.met.hidden && row.planned.hidden)).toBe(true);
    expect(JSON.stringify(ten.byTrack)).not.toMatch(/"value"/);
    const text = await render(supervisorA, { track: "beekeeping" });
    expect(text).toContain("Fewer than 11 people: hidden to protect them");

    const supervisorB = await signIn(await careUser("coordinator", orgB.id));
    await cohort(orgB.id, 10, { track: "education", startOn: firstOf(-2) });
    expect((await open(supervisorB)).people).toEqual({ hidden: true });
    await cohort(orgB.id, 1, { track: "education", startOn: firstOf(-2) });
    const eleven = await open(supervisorB);
    expect(shown(eleven.people)).toBe(11);
    expect(shown(eleven.atTarget)).toBe(0);
    // Plans started two months ago: the months before are counted on no one, and hidden.
    expect(eleven.months.find((month) => month.month === monthAt(-3))!.medianTotal).toEqual({ hidden: true });
    expect(shown(eleven.months.find((month) => month.month === monthAt(-1))!.medianTotal)).toBe(0);
  });

  it("hides a breakdown cell of 10 (and of 5) while the cell of 12 shows; a lone hidden cell takes another with it", async () => {
    const page = await open(supervisorA);
    expect(shown(page.people)).toBe(27);
    const cell = (key: string) => page.byTrack.find((row) => row.key === key)!;
    expect(shown(cell("handloom_weaving").people)).toBe(12);
    expect(shown(cell("handloom_weaving").medianLatest)).toBe(rupees(4500));
    expect(cell("beekeeping").people).toEqual({ hidden: true });
    expect(cell("art").people).toEqual({ hidden: true });
    // By start quarter: 12 and 15 people, both shown.
    expect(page.byQuarter.map((row) => row.people.hidden)).toEqual([false, false]);

    // Within the weavers' quarter only: the one track shows; filtering leaves other organisations out.
    const lone = await open(supervisorA, { quarter: quarterOf(-6) });
    expect(lone.byTrack.map((row) => [row.key, row.people.hidden])).toEqual([
      ["art", true],
      ["beekeeping", true],
    ]);

    // Another organisation: 4 in art is the only small cell, so the smallest other cell (12) is hidden with it.
    const orgD = await careOrganisation({ prefix: "OUD" });
    await cohort(orgD.id, 12, { track: "beekeeping", startOn: firstOf(-2) });
    await cohort(orgD.id, 4, { track: "art", startOn: firstOf(-2) });
    await cohort(orgD.id, 20, { track: "education", startOn: firstOf(-2) });
    const cells = (await open(await signIn(await careUser("supervisor", orgD.id)))).byTrack;
    expect(cells.map((row) => [row.key, row.people.hidden ? "hidden" : shown(row.people)])).toEqual([
      ["art", "hidden"],
      ["beekeeping", "hidden"],
      ["education", 20],
    ]);
  });

  it("filters by track, start quarter and organisation, for a user of several organisations", async () => {
    expect(shown((await open(supervisorA, { quarter: quarterOf(-12) })).people)).toBe(12);
    expect(shown((await open(supervisorA, { quarter: quarterOf(-12), track: "handloom_weaving" })).people)).toBe(12);
    expect((await open(supervisorA, { quarter: quarterOf(-12), track: "art" })).people).toEqual({ hidden: true });
    expect((await open(supervisorA, { quarter: "2019-Q1" })).byTrack).toEqual([]);

    const both = await careUser("supervisor", orgA.id);
    await db.membership.create({ data: { userId: both.id, organisationId: orgB.id, role: "coordinator" } });
    const cookie = await signIn(both);
    const all = await open(cookie);
    expect(all.organisations.map((org) => org.id).sort()).toEqual([orgA.id, orgB.id].sort());
    expect(shown(all.people)).toBe(27 + 11);
    expect(shown((await open(cookie, { organisation: orgB.id })).people)).toBe(11);
    expect(shown((await open(cookie, { organisation: orgA.id })).people)).toBe(27);
  });

  it("refuses caseworkers, partners, auditors and artisans", async () => {
    for (const role of ["caseworker", "partner", "auditor", "artisan"] as const) {
      expect(await status(await signIn(await careUser(role, orgA.id)))).toBe(403);
    }
  });

  it("names bad filter values and leaves them out, never showing another organisation's data", async () => {
    const other = await careOrganisation({ prefix: "OUC" });
    await cohort(other.id, 30, { track: "handicraft", startOn: firstOf(-5) });
    const page = await open(supervisorA, { track: "knitting", quarter: "2026-Q7", organisation: other.id });
    expect(page.problems.sort()).toEqual(["organisation", "quarter", "track"]);
    expect(shown(page.people)).toBe(27);
    expect(page.byTrack.some((row) => row.key === "handicraft")).toBe(false);
    expect((await open(supervisorA, { organisation: "not-a-uuid" })).problems).toEqual(["organisation"]);
    const text = await render(supervisorA, { quarter: "2026-Q7" });
    expect(text).toContain("The start quarter must look like 2026-Q1");
  });

  it("links a linked maker's new sale before computing, so the first-sale row moves without anyone opening her plan", async () => {
    const world = await planWorld();
    const shop = await createMakerShop();
    await db.beneficiary.update({ where: { id: world.beneficiaryId }, data: { makerId: shop.maker.id } });
    await db.consent.create({
      data: { beneficiaryId: world.beneficiaryId, purpose: "link_earnings", method: "written", givenOn: new Date(`${monthAt(-6)}-01T00:00:00.000Z`) },
    });
    await act(world.caseworker, world.caseId, { ...PLAN, startOn: `${monthAt(-6)}-01` });
    await act(world.caseworker, world.caseId, { intent: "milestone", kind: "income", title: "First sale", rule: "first_shop_sale" });
    await cohort(world.organisation.id, 10, { track: "handloom_weaving", startOn: firstOf(-6) });
    const supervisor = await signIn(await careUser("supervisor", world.organisation.id));
    const firstSale = (page: Page) => page.milestones.find((row) => row.key === "first_shop_sale")!;

    const before = await open(supervisor);
    expect(shown(before.people)).toBe(11);
    expect(shown(firstSale(before).planned)).toBeCloseTo(1 / 11);
    expect(shown(firstSale(before).met)).toBe(0);

    await payOrder([{ shop, unitPriceInr: 100_000 }], { paidAt: midMonth(-2) });
    const after = await open(supervisor);
    expect(shown(firstSale(after).met)).toBeCloseTo(1 / 11);
    expect(await db.incomeRecord.count({ where: { beneficiaryId: world.beneficiaryId, source: "shop" } })).toBe(1);
    expect(await render(supervisor)).toMatch(/First shop sale 9% 9%/);
  });

  it("reuses the computed figures until data behind them changes in that organisation, and only then", async () => {
    const weaving = { track: "handloom_weaving" };
    expect(shown((await open(supervisorA, weaving)).people)).toBe(12);
    // Mark the stored snapshot, so that a page served from it can be told apart from one computed afresh.
    const marked = await db.$executeRaw`UPDATE outcome_snapshot SET figures = jsonb_set(figures, '{overall,people}', '99') WHERE key LIKE ${`v1|${orgA.id}|handloom_weaving|*|%`}`;
    expect(marked).toBe(1);
    expect(shown((await open(supervisorA, weaving)).people)).toBe(99);

    const [elsewhere] = await cohort(orgB.id, 1, { track: "handloom_weaving", startOn: firstOf(-6) });
    await db.incomeRecord.create({ data: { beneficiaryId: elsewhere!.id, month: firstOf(-1), source: "wages", amountInr: rupees(700) } });
    expect(shown((await open(supervisorA, weaving)).people)).toBe(99);

    await db.incomeRecord.update({
      where: { beneficiaryId_month_source: { beneficiaryId: weavers[2]!.id, month: firstOf(-1), source: "wages" } },
      data: { amountInr: rupees(1000) },
    });
    expect(shown((await open(supervisorA, weaving)).people)).toBe(12);
  });
});
