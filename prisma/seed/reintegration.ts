import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db } from "~/lib/db.server";
import { careToday, parseCareDay } from "~/modules/cases/case-dates";
import { ensureDefaultCourses, ensureQuestions, ensureSchemes, evaluateMilestones, syncShopIncome } from "~/modules/reintegration/index.server";
import type { OrganisationKey } from "./people";
import { seedAssessments, seedClaims, seedTraining } from "./reintegration-activity";
import { linkMaker, seedFirstSaleMaker } from "./reintegration-maker";
import { DAY, planCases, seedPlans, type DemoRole, type PlanCase, type PlanDays } from "./reintegration-plans";

/**
 * The reintegration tracker's reference data: compensation schemes, the sustainability question set,
 * and the default courses of the organisations that train people.
 */
export async function seedReintegrationReferenceData(organisationIds: Record<OrganisationKey, string>) {
  await ensureSchemes();
  await ensureQuestions();
  for (const key of ["ngo", "cooperative", "legalAid"] as const) await ensureDefaultCourses(organisationIds[key]);
}

export interface ReintegrationSeedContext {
  organisationIds: Record<OrganisationKey, string>;
  userIdsByEmail: Map<string, string>;
  now: Date;
}

const DEMO_CASEWORKER = "caseworker@demo.reweave.org";

/**
 * The tracker's demo: a plan for every open case in Re-integration or Re-compensation (the Shillong
 * network has enough people for its cohort dashboards; the others a few), with milestones, training,
 * income, claims and assessments; the demo makers' shop income read from their ledgers; and, for the demo
 * caseworker, a case for each alert (overdue milestone, low income, no contact, hearing soon, score drop).
 */
export async function seedReintegrationDemo(db: Db, context: ReintegrationSeedContext) {
  const { now, organisationIds } = context;
  faker.seed(2031);
  // Days follow the care calendar (India), as the alerts and dashboards count them from careToday().
  const today = parseCareDay(careToday(now))!;
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  /** Days between the Indian calendar day of a moment (or a date column's day) and today. */
  const daysSince = (at: Date) => (today.getTime() - parseCareDay(careToday(at))!.getTime()) / DAY;
  const days: PlanDays = { day, now };
  const caseworker = context.userIdsByEmail.get(DEMO_CASEWORKER)!;

  const open = await db.careCase.findMany({
    where: { closedAt: null, stage: { in: ["reintegration", "recompensation"] } },
    select: {
      id: true,
      stage: true,
      leadOrganisationId: true,
      assignedToId: true,
      beneficiaryId: true,
      closeRequestedAt: true,
      beneficiary: { select: { code: true, createdAt: true, maker: { select: { slug: true } } } },
      events: { where: { kind: "stage_changed", toStage: "reintegration" }, orderBy: { occurredOn: "desc" }, take: 1, select: { occurredOn: true } },
    },
    orderBy: { beneficiary: { code: "asc" } },
  });

  // The demo caseworker's client in Re-integration without a maker becomes the new maker who has not sold yet.
  const firstSale = open.find((c) => c.assignedToId === caseworker && c.stage === "reintegration" && !c.beneficiary.maker)!;
  const newMakerId = await seedFirstSaleMaker(db, { cooperativeId: organisationIds.cooperative, now });
  await linkMaker(db, { beneficiaryId: firstSale.beneficiaryId, makerId: newMakerId, givenOn: day(Math.min(540, daysSince(firstSale.beneficiary.createdAt))), recordedById: caseworker });

  const roleOf = (c: (typeof open)[number]): DemoRole => {
    if (c.assignedToId !== caseworker) return null;
    if (c.id === firstSale.id) return "firstSale";
    if (c.beneficiary.maker?.slug === "daphi") return "quiet";
    if (c.stage === "recompensation") return c.closeRequestedAt ? "closing" : "hearing";
    return null;
  };
  const plans = planCases(
    open.map((c) => ({
      id: c.id,
      stage: c.stage,
      leadOrganisationId: c.leadOrganisationId,
      assignedToId: c.assignedToId,
      beneficiaryId: c.beneficiaryId,
      code: c.beneficiary.code,
      makerSlug: c.id === firstSale.id ? "ridalin" : (c.beneficiary.maker?.slug ?? null),
      reintegrationEnteredDaysAgo: daysSince(c.events[0]?.occurredOn ?? now),
      role: roleOf(c),
    })),
  );

  const courses = await db.course.findMany({ orderBy: { titleEn: "asc" }, select: { id: true, titleEn: true, organisationId: true, livelihoodTrack: true, sessionsRequired: true } });
  const byTrack = new Map(courses.map((course) => [`${course.organisationId}:${course.livelihoodTrack ?? "bookkeeping"}`, course]));
  const coursesOf = (plan: PlanCase) => {
    const own = courses.filter((course) => course.organisationId === plan.organisationId);
    const first = byTrack.get(`${plan.organisationId}:${plan.track}`) ?? byTrack.get(`${plan.organisationId}:bookkeeping`)!;
    return [first, ...own.filter((course) => course.id !== first.id && course.livelihoodTrack === null)];
  };

  await seedPlans(db, plans, byTrack, days);
  await seedTraining(db, plans, coursesOf, days);
  const schemes = await db.compensationScheme.findMany({ where: { state: { in: ["Meghalaya", "Assam"] } }, select: { id: true, state: true } });
  await seedClaims(db, plans, { meghalaya: schemes.find((s) => s.state === "Meghalaya")!.id, assam: schemes.find((s) => s.state === "Assam")!.id, ngoId: organisationIds.ngo }, days);
  await seedAssessments(db, plans, days);

  // Shop income from the makers' ledgers, then the milestones the data decides.
  const linked = await db.beneficiary.findMany({ where: { makerId: { not: null } }, select: { id: true }, orderBy: { code: "asc" } });
  for (const beneficiary of linked) await syncShopIncome(beneficiary.id, now);
  for (const plan of plans) await evaluateMilestones(plan.planId);
}
