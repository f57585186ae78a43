import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { ensureSchemes } from "~/modules/reintegration/index.server";
import { MILESTONE_KEYS } from "~/modules/reintegration/outcome-milestones";
import { refreshOutcomePeople } from "~/modules/reintegration/outcome-people.server";
import { parseQuarter, quarterOf, type CohortScope } from "~/modules/reintegration/outcomes-cohort.server";
import { rawFigures, type FigureWindow, type RawFigures } from "~/modules/reintegration/outcomes-figures.server";
import { figureWindow } from "~/modules/reintegration/outcomes.server";
import { LIVELIHOOD_TRACKS, type LivelihoodTrack } from "~/modules/reintegration/vocabulary";
import { careOrganisation } from "./care-factories";

/**
 * The dashboard counts from each person's outcome rows, kept up to date by triggers and a refresh
 * (decision 0015). Here its figures are checked against a count made directly from the records, on a
 * generated cohort that has every awkward case: people in two organisations, months before a plan's
 * start, months without income, shop income, medians over odd and even counts.
 */

const window = figureWindow();
const day = (month: string, dayOfMonth = 1) => new Date(`${month}-${String(dayOfMonth).padStart(2, "0")}T00:00:00.000Z`);
const monthsBack = (count: number) => {
  const [year, month] = window.thisMonth.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 - count, 1)).toISOString().slice(0, 7);
};

/** A seeded random source, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function person(organisationId: string) {
  const id = randomUUID();
  await db.beneficiary.create({ data: { id, code: `OP-${id.slice(0, 13)}`, organisationId } });
  return id;
}

async function caseWithPlan(beneficiaryId: string, organisationId: string, plan: { track: LivelihoodTrack; startOn: Date; target: number }) {
  const careCase = await db.careCase.create({
    data: { beneficiaryId, leadOrganisationId: organisationId, stage: "reintegration", district: "East Khasi Hills", state: "Meghalaya", country: "IN" },
  });
  const created = await db.reintegrationPlan.create({
    data: { caseId: careCase.id, livelihoodTrack: plan.track, startOn: plan.startOn, targetMonthlyIncomeInr: plan.target },
  });
  return { caseId: careCase.id, planId: created.id };
}

const staleIds = async () => (await db.outcomeStale.findMany({ select: { beneficiaryId: true } })).map((row) => row.beneficiaryId).sort();

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(middle)]!;
  return low + (sorted[Math.ceil(middle)]! - low) * (middle - Math.floor(middle));
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The figures counted straight from the records, the way the dashboard defines them. */
async function countedFromRecords(scope: CohortScope, at: FigureWindow) {
  const plans = await db.reintegrationPlan.findMany({
    where: {
      case: { leadOrganisationId: { in: scope.organisationIds } },
      ...(scope.track ? { livelihoodTrack: scope.track } : {}),
      ...(scope.quarter ? { startOn: { gte: day(scope.quarter.from.slice(0, 7), Number(scope.quarter.from.slice(8))), lt: day(scope.quarter.to.slice(0, 7)) } } : {}),
    },
    select: { id: true, caseId: true, livelihoodTrack: true, startOn: true, targetMonthlyIncomeInr: true, case: { select: { beneficiaryId: true } }, milestones: true },
  });
  plans.sort((a, b) => b.startOn.getTime() - a.startOn.getTime() || (a.id < b.id ? -1 : 1));
  const chosen = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) if (!chosen.has(plan.case.beneficiaryId)) chosen.set(plan.case.beneficiaryId, plan);
  const ids = [...chosen.keys()];
  const income = await db.incomeRecord.findMany({ where: { beneficiaryId: { in: ids } } });
  const monthly = (id: string, month: string) => {
    const rows = income.filter((row) => row.beneficiaryId === id && row.month.toISOString().startsWith(month));
    return { total: rows.reduce((sum, row) => sum + row.amountInr, 0), shop: rows.filter((row) => row.source === "shop").reduce((sum, row) => sum + row.amountInr, 0), any: rows.length > 0 };
  };
  const startMonth = (id: string) => chosen.get(id)!.startOn.toISOString().slice(0, 7);
  const targetMonths = at.months.slice(-4, -1);
  const people = ids.map((id) => {
    const plan = chosen.get(id)!;
    const counted = plan.startOn.toISOString().slice(0, 10) < at.thisMonth;
    const reached = targetMonths.some((month) => month >= startMonth(id) && monthly(id, month).any && monthly(id, month).total >= plan.targetMonthlyIncomeInr);
    const latestMonth = at.lastComplete.slice(0, 7);
    return { id, plan, counted, reached, latest: latestMonth >= startMonth(id) ? monthly(id, latestMonth).total : 0 };
  });
  const group = (key: string | null, members: typeof people) => ({
    key,
    people: members.length,
    atTarget: members.filter((p) => p.reached).length,
    counted: members.filter((p) => p.counted).length,
    medianLatest: median(members.filter((p) => p.counted).map((p) => p.latest)),
  });
  const groupsBy = (keyOf: (p: (typeof people)[number]) => string) => {
    const keys = [...new Set(people.map(keyOf))].sort();
    return keys.length ? keys.map((key) => group(key, people.filter((p) => keyOf(p) === key))) : null;
  };
  const assessments = await db.assessment.findMany({ where: { beneficiaryId: { in: ids }, assessedOn: { gte: new Date(`${at.firstQuarter}T00:00:00.000Z`) } } });
  const quarters = [...new Set(assessments.map((a) => quarterOf(a.assessedOn.toISOString().slice(0, 10))))].sort();
  const claims = await db.compensationClaim.findMany({ where: { caseId: { in: people.map((p) => p.plan.caseId) } } });
  const enrolments = await db.enrolment.findMany({ where: { beneficiaryId: { in: ids } } });
  const milestoneKeys = new Map<string, { key: string; byRule: boolean; planned: Set<string>; met: Set<string> }>();
  for (const p of people)
    for (const milestone of p.plan.milestones) {
      const key = milestone.rule ?? milestone.kind;
      const name = `${milestone.rule ? "rule" : "kind"}:${key}`;
      const entry = milestoneKeys.get(name) ?? { key, byRule: milestone.rule !== null, planned: new Set(), met: new Set() };
      entry.planned.add(p.id);
      if (milestone.metOn) entry.met.add(p.id);
      milestoneKeys.set(name, entry);
    }
  const figures: RawFigures = {
    overall: group(null, people),
    byTrack: groupsBy((p) => p.plan.livelihoodTrack),
    byQuarter: groupsBy((p) => quarterOf(p.plan.startOn.toISOString().slice(0, 10))),
    months: at.months.map((month) => {
      const members = people.filter((p) => startMonth(p.id) <= month);
      return {
        month,
        people: members.length,
        medianTotal: median(members.map((p) => monthly(p.id, month).total)),
        medianShop: median(members.map((p) => monthly(p.id, month).shop)),
      };
    }),
    training: { enrolments: enrolments.length, completed: enrolments.filter((e) => e.status === "completed").length, people: new Set(enrolments.map((e) => e.beneficiaryId)).size },
    compensation: {
      claims: claims.length,
      claimed: claims.reduce((sum, k) => sum + k.claimedInr, 0),
      awarded: claims.reduce((sum, k) => sum + (k.awardedInr ?? 0), 0),
      disbursed: claims.reduce((sum, k) => sum + (k.disbursedInr ?? 0), 0),
      people: new Set(claims.map((k) => k.caseId)).size,
    },
    scores: quarters.length
      ? quarters.map((quarter) => {
          const byPerson = ids
            .map((id) => assessments.filter((a) => a.beneficiaryId === id && quarterOf(a.assessedOn.toISOString().slice(0, 10)) === quarter))
            .filter((rows) => rows.length);
          const dimension = (pick: (a: (typeof assessments)[number]) => unknown) => mean(byPerson.map((rows) => mean(rows.map((a) => Number(pick(a))))));
          return {
            quarter,
            people: byPerson.length,
            economic: dimension((a) => a.economicScore),
            social: dimension((a) => a.socialScore),
            psychosocial: dimension((a) => a.psychosocialScore),
            composite: dimension((a) => a.compositeScore),
          };
        })
      : null,
    milestones: milestoneKeys.size
      ? [...milestoneKeys.values()]
          .sort((a, b) => Number(b.byRule) - Number(a.byRule) || (a.key < b.key ? -1 : 1))
          .map((entry) => ({ key: entry.key, byRule: entry.byRule, planned: entry.planned.size, met: entry.met.size }))
      : null,
  };
  return figures;
}

/** Numbers to nine decimals, so that float sums in a different order compare equal. */
const comparable = (figures: RawFigures) =>
  JSON.parse(JSON.stringify(figures, (_key, value) => (typeof value === "number" ? Math.round(value * 1e9) / 1e9 : value)));

describe("outcome rows", () => {
  let orgA: string;
  let orgB: string;
  const tracks = LIVELIHOOD_TRACKS.slice(0, 3);

  beforeAll(async () => {
    await ensureSchemes();
    orgA = (await careOrganisation({ prefix: "OPA" })).id;
    orgB = (await careOrganisation({ prefix: "OPB" })).id;
    const next = random(20261130);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const scheme = await db.compensationScheme.findFirstOrThrow();
    const course = await db.course.create({ data: { organisationId: orgA, titleEn: "Book-keeping for small producers" } });
    for (let i = 0; i < 41; i++) {
      const organisationId = i % 3 === 0 ? orgB : orgA;
      const id = await person(organisationId);
      const start = monthsBack(1 + Math.floor(next() * 20));
      const plan = { track: pick(tracks), startOn: day(start, 1 + Math.floor(next() * 27)), target: 400_000 + Math.floor(next() * 4) * 100_000 };
      const { caseId, planId } = await caseWithPlan(id, organisationId, plan);
      // Every fifth person also has a case with a plan in the other organisation, started at another time.
      if (i % 5 === 0) await caseWithPlan(id, organisationId === orgA ? orgB : orgA, { ...plan, track: pick(tracks), startOn: day(monthsBack(Math.floor(next() * 20)), 15) });
      for (let back = 0; back < 22; back++) {
        if (next() < 0.3) continue;
        const month = day(monthsBack(back));
        await db.incomeRecord.create({ data: { beneficiaryId: id, month, source: "wages", amountInr: Math.floor(next() * 9) * 100_000 } });
        if (next() < 0.4) await db.incomeRecord.create({ data: { beneficiaryId: id, month, source: "shop", amountInr: 1 + Math.floor(next() * 300_000) } });
      }
      if (next() < 0.6) await db.enrolment.create({ data: { courseId: course.id, beneficiaryId: id, enrolledOn: plan.startOn, status: pick(["enrolled", "completed", "dropped"] as const) } });
      if (next() < 0.5)
        await db.compensationClaim.create({
          data: { caseId, schemeId: scheme.id, authority: "DLSA", filedOn: plan.startOn, claimedInr: 10_000_000, awardedInr: next() < 0.5 ? 5_000_000 : null, disbursedInr: next() < 0.3 ? 2_500_000 : null },
        });
      for (const rule of ["first_shop_sale", "training_completed"] as const)
        if (next() < 0.7) await db.milestone.create({ data: { planId, kind: rule === "first_shop_sale" ? "income" : "training", title: rule, rule, metOn: next() < 0.5 ? plan.startOn : null } });
      if (next() < 0.5) await db.milestone.create({ data: { planId, kind: pick(["social", "psychosocial"] as const), title: "Documents", metOn: next() < 0.5 ? plan.startOn : null } });
      for (let a = 0; a < 3; a++) {
        const score = () => Math.round(next() * 1000) / 1000;
        await db.assessment.create({
          data: { beneficiaryId: id, assessedOn: day(monthsBack(Math.floor(next() * 19)), 10), economicScore: score(), socialScore: score(), psychosocialScore: score(), compositeScore: score() },
        });
      }
    }
  });

  it("are built for everyone marked, and the figures equal a count made straight from the records, for every kind of scope", async () => {
    expect((await staleIds()).length).toBeGreaterThan(0);
    expect(await refreshOutcomePeople()).toBeGreaterThanOrEqual(41);
    expect(await staleIds()).toEqual([]);
    const quarter = parseQuarter(quarterOf(`${monthsBack(6)}-01`))!;
    const scopes: CohortScope[] = [
      { organisationIds: [orgA], track: null, quarter: null },
      { organisationIds: [orgB], track: null, quarter: null },
      { organisationIds: [orgA, orgB], track: null, quarter: null },
      { organisationIds: [orgA, orgB], track: tracks[1]!, quarter: null },
      { organisationIds: [orgA], track: null, quarter },
      { organisationIds: [orgB, orgA], track: tracks[0]!, quarter },
    ];
    for (const scope of scopes) {
      const expected = await countedFromRecords(scope, window);
      expect(expected.overall!.people).toBeGreaterThan(0);
      expect(comparable(await rawFigures(scope, window)), JSON.stringify(scope)).toEqual(comparable(expected));
    }
    const both = await countedFromRecords(scopes[2]!, window);
    const apart = (await countedFromRecords(scopes[0]!, window)).overall!.people + (await countedFromRecords(scopes[1]!, window)).overall!.people;
    expect(both.overall!.people).toBeLessThan(apart);
  });

  it("marks exactly the person each write touches, in every table behind the figures, and the refresh follows her change", async () => {
    await refreshOutcomePeople();
    const id = await person(orgA);
    const other = await person(orgA);
    const { caseId, planId } = await caseWithPlan(id, orgA, { track: "beekeeping", startOn: day(monthsBack(3)), target: 500_000 });
    await caseWithPlan(other, orgA, { track: "beekeeping", startOn: day(monthsBack(3)), target: 500_000 });
    expect(await staleIds()).toEqual([id, other].sort());
    await refreshOutcomePeople();

    const course = await db.course.create({ data: { organisationId: orgA, titleEn: "Beekeeping basics" } });
    const scheme = await db.compensationScheme.findFirstOrThrow();
    const month = day(window.lastComplete.slice(0, 7));
    const writes: [string, () => Promise<unknown>][] = [
      ["income", () => db.incomeRecord.create({ data: { beneficiaryId: id, month, source: "wages", amountInr: 600_000 } })],
      ["income changed", () => db.incomeRecord.updateMany({ where: { beneficiaryId: id }, data: { amountInr: 700_000 } })],
      ["enrolment", () => db.enrolment.create({ data: { courseId: course.id, beneficiaryId: id, enrolledOn: month } })],
      ["claim", () => db.compensationClaim.create({ data: { caseId, schemeId: scheme.id, authority: "DLSA", filedOn: month, claimedInr: 1_000_000 } })],
      ["milestone", () => db.milestone.create({ data: { planId, kind: "social", title: "Ration card" } })],
      ["assessment", () => db.assessment.create({ data: { beneficiaryId: id, assessedOn: month, economicScore: 0.5, socialScore: 0.5, psychosocialScore: 0.5, compositeScore: 0.5 } })],
      ["plan", () => db.reintegrationPlan.update({ where: { id: planId }, data: { targetMonthlyIncomeInr: 800_000 } })],
      ["case", () => db.careCase.update({ where: { id: caseId }, data: { leadOrganisationId: orgB } })],
    ];
    for (const [what, write] of writes) {
      await write();
      expect(await staleIds(), what).toEqual([id]);
      expect(await refreshOutcomePeople(), what).toBe(1);
    }
    const rows = await db.outcomePerson.findMany({ where: { beneficiaryId: id } });
    expect(rows).toMatchObject([{ organisationId: orgB, targetInr: 800_000, enrolments: 1, claims: 1, milestoneMask: 2 ** MILESTONE_KEYS.findIndex((entry) => entry.key === "social" && !entry.byRule), milestoneMet: 0 }]);
    const months = await db.outcomePersonMonth.findMany({ where: { beneficiaryId: id } });
    expect(months).toMatchObject([{ organisationId: orgB, totalInr: 700_000n, shopInr: 0n, reached: false }]);
    expect(await db.outcomePersonMonth.count({ where: { beneficiaryId: other } })).toBe(0);
  });

  it("works through a large backlog in batches, leaving no one marked", async () => {
    const organisationId = (await careOrganisation({ prefix: "OPC" })).id;
    const people = Array.from({ length: 2_100 }, () => ({ id: randomUUID(), caseId: randomUUID() }));
    await db.beneficiary.createMany({ data: people.map((p) => ({ id: p.id, code: `OPC-${p.id.slice(0, 13)}`, organisationId })) });
    await db.careCase.createMany({
      data: people.map((p) => ({ id: p.caseId, beneficiaryId: p.id, leadOrganisationId: organisationId, stage: "reintegration" as const, district: "Kamrup", state: "Assam", country: "IN" })),
    });
    await db.reintegrationPlan.createMany({ data: people.map((p) => ({ caseId: p.caseId, livelihoodTrack: "art" as const, startOn: day(monthsBack(2)), targetMonthlyIncomeInr: 100 })) });
    expect(await refreshOutcomePeople()).toBe(2_100);
    expect(await staleIds()).toEqual([]);
    expect(await db.outcomePerson.count({ where: { organisationId } })).toBe(2_100);
  });
});
