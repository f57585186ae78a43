import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { DEMO_PASSWORD } from "~/lib/demo-accounts";
import { careToday, dayText, parseCareDay } from "~/modules/cases/case-dates";
import { accessToBeneficiary, decryptIdentity, decryptNote } from "~/modules/cases/index.server";
import { cohortOutcomes, deidentifiedExportCsv } from "~/modules/reintegration/index.server";
import { CASE_STAGES, REFERRAL_STATUSES } from "~/modules/cases/vocabulary";
import { commitSessionCookie, getSessionUser, login } from "~/modules/identity/index.server";
import { alertsFor } from "~/modules/reintegration/index.server";
import { ALERT_KINDS } from "~/modules/reintegration/alert-kinds";
import { seed } from "../../prisma/seed";
import { cookieFrom, makeRequest } from "./helpers";

/** The demo data of the care side, loaded with the whole seed into this file's own database. */

const now = new Date();
/** Today on the care calendar (India), as the app and the seed count days. */
const today = parseCareDay(careToday(now))!;
const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

async function sessionUserOf(email: string) {
  const outcome = await login({ email, password: DEMO_PASSWORD, ip: "203.0.113.7", userAgent: "vitest" });
  if (!outcome.ok) throw new Error(`could not sign in ${email}`);
  const cookie = cookieFrom(await commitSessionCookie(outcome.token, outcome.expiresAt));
  return (await getSessionUser(makeRequest("/care", { cookie })))!;
}

beforeAll(async () => {
  // The first query opens the database; the seed's transactions should not wait for that.
  expect(await db.organisation.count()).toBe(0);
  await seed(db, now);
}, 300_000);

describe("care demo data", () => {
  it("holds seventy-seven fictional people across the three care organisations, every stage in the NGO's and the legal-aid centre's cases", async () => {
    const organisations = await db.organisation.findMany({ select: { id: true, name: true, region: true } });
    const nameOf = new Map(organisations.map((org) => [org.id, org.name]));
    const people = await db.beneficiary.groupBy({ by: ["organisationId"], _count: true });
    const counts = Object.fromEntries(people.map((row) => [nameOf.get(row.organisationId), row._count]));
    expect(counts).toEqual({ "Shillong Anti-Trafficking Network": 47, "Brahmaputra Legal Aid Centre": 18, "Guwahati Police Anti-Human Trafficking Unit": 12 });

    for (const name of ["Shillong Anti-Trafficking Network", "Brahmaputra Legal Aid Centre"]) {
      const id = organisations.find((org) => org.name === name)!.id;
      const stages = await db.careCase.findMany({ where: { leadOrganisationId: id }, distinct: ["stage"], select: { stage: true } });
      expect(stages.map((row) => row.stage).sort()).toEqual([...CASE_STAGES].sort());
    }
    const checklistItems = await db.stageChecklistItem.groupBy({ by: ["organisationId"], _count: true });
    expect(checklistItems.map((row) => row._count)).toEqual([18, 18, 18]);
  });

  it("keeps identity encrypted at rest, and every legal name says it is fictional", async () => {
    const rows = await db.beneficiary.findMany();
    const identities = rows.map((row) => decryptIdentity(row, ["legalName", "phone", "address"]));
    for (const identity of identities) expect(identity.legalName).toMatch(/ \(fictional\)$/);
    const raw = JSON.stringify(await db.$queryRawUnsafe("SELECT * FROM beneficiary"));
    for (const identity of identities.slice(0, 10)) {
      expect(raw).not.toContain(identity.legalName!.replace(" (fictional)", ""));
      expect(raw).not.toContain(identity.address!);
      if (identity.phone) expect(raw).not.toContain(identity.phone);
    }
    expect(raw).not.toContain("fictional");
    // Free text too: service notes and referral reasons decrypt only with their own record's context.
    const service = await db.caseEvent.findFirstOrThrow({ where: { kind: "service", notes: { not: null } } });
    expect(decryptNote("case_event.notes", service.id, service.notes)).toMatch(/\w/);
    const referral = await db.referral.findFirstOrThrow();
    expect(decryptNote("referral.reason", referral.id, referral.reason)).toMatch(/\w/);
  });

  it("has consents given, some withdrawn, and referrals in every status, one from Meghalaya to Assam", async () => {
    expect(await db.consent.count({ where: { withdrawnAt: { not: null } } })).toBeGreaterThanOrEqual(3);
    expect(await db.consent.count({ where: { purpose: "share_partners", withdrawnAt: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await db.beneficiary.count({ where: { consents: { none: { purpose: "case_management" } } } })).toBe(0);

    const referrals = await db.referral.findMany({ include: { fromOrganisation: true, toOrganisation: true } });
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(REFERRAL_STATUSES));
    expect(referrals.some((r) => r.fromOrganisation.region === "Meghalaya" && r.toOrganisation.region === "Assam")).toBe(true);
    expect(referrals.some((r) => r.kind === "transfer" && r.status === "accepted")).toBe(true);
    expect(referrals.filter((r) => r.consentOverride).every((r) => r.overrideReason)).toBe(true);
    // A referral still open stands on a sharing consent in force, or on a recorded override.
    for (const referral of referrals.filter((r) => r.status === "pending" || r.status === "accepted")) {
      if (referral.consentOverride) continue;
      const careCase = await db.careCase.findUniqueOrThrow({ where: { id: referral.caseId } });
      const purpose = referral.toOrganisation.kind === "government_ahtu" ? "share_authorities" : "share_partners";
      expect(await db.consent.count({ where: { beneficiaryId: careCase.beneficiaryId, purpose, withdrawnAt: null } })).toBe(1);
    }
  });

  it("gives the demo caseworker open cases, two of them overdue, and the supervisor two closings to approve", async () => {
    const caseworker = await userId("caseworker@demo.reweave.org");
    const open = await db.careCase.findMany({ where: { assignedToId: caseworker, closedAt: null } });
    expect(open.length).toBe(8);
    expect(new Set(open.map((c) => c.stage)).size).toBeGreaterThanOrEqual(4);
    expect(open.filter((c) => c.reviewDueOn && c.reviewDueOn < today)).toHaveLength(2);

    const supervisor = await userId("supervisor@demo.reweave.org");
    expect(await db.careCase.count({ where: { closeRequestedAt: { not: null }, closedAt: null } })).toBe(2);
    expect(await db.notification.count({ where: { userId: supervisor, kind: "close_requested", readAt: null } })).toBe(2);
    for (const closed of await db.careCase.findMany({ where: { stage: "closed" }, include: { events: true } })) {
      expect(closed.closedAt).not.toBeNull();
      expect(closed.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["opened", "close_requested", "close_approved"]));
    }
    // The stage of each open case is where its last stage change took it.
    for (const careCase of await db.careCase.findMany({ where: { closedAt: null, stage: { not: "report" } }, include: { events: { where: { kind: "stage_changed" }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] } } })) {
      expect(careCase.events.at(-1)?.toStage).toBe(careCase.stage);
    }
    // One case went back to Rescue after Re-integration, with the reason on its timeline.
    const revisit = await db.caseEvent.findFirstOrThrow({ where: { kind: "stage_changed", fromStage: "reintegration", toStage: "rescue" } });
    expect(decryptNote("case_event.notes", revisit.id, revisit.notes)).toMatch(/Re-trafficked/);
  });

  it("shows the demo partner only what was referred to her centre, with pending referrals to answer", async () => {
    const partner = await sessionUserOf("partner@demo.reweave.org");
    const legalAid = partner.memberships[0]!.organisationId;
    expect(await db.referral.count({ where: { toOrganisationId: legalAid, status: "pending" } })).toBeGreaterThanOrEqual(2);
    expect(await db.notification.count({ where: { userId: partner.id, kind: "referral_received", readAt: null } })).toBeGreaterThanOrEqual(2);

    const kinds: string[] = [];
    for (const { code } of await db.beneficiary.findMany({ select: { code: true } })) {
      const found = await accessToBeneficiary(partner, code);
      if (found) kinds.push(found.access.kind);
    }
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(kinds)).toEqual(new Set(["referral"]));
  });

  it("links the demo artisan's maker to a person whose consents allow it, and fills the directory", async () => {
    const daphi = await db.maker.findUniqueOrThrow({ where: { slug: "daphi" }, include: { beneficiary: { include: { consents: true, cases: true } } } });
    expect(daphi.publicProfile).toBe(true);
    const inForce = daphi.beneficiary!.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose);
    expect(inForce).toEqual(expect.arrayContaining(["public_maker_profile", "link_earnings"]));
    expect(daphi.beneficiary!.cases[0]!.stage).toBe("reintegration");
    // Any other linked maker shows a public profile only with that consent in force.
    for (const maker of await db.maker.findMany({ where: { beneficiary: { isNot: null } }, include: { beneficiary: { include: { consents: true } } } })) {
      const consent = maker.beneficiary!.consents.some((c) => c.purpose === "public_maker_profile" && !c.withdrawnAt);
      expect(maker.publicProfile).toBe(consent);
    }

    const directory = await db.directoryService.findMany();
    expect(directory.length).toBeGreaterThanOrEqual(12);
    expect(new Set(directory.map((entry) => entry.organisationId)).size).toBeGreaterThanOrEqual(3);
    for (const entry of directory) for (const language of entry.languages) expect(language).toMatch(/^[a-z]{2}$/);
  });
});

describe("reintegration demo data", () => {
  const caseworkerCases = async () => db.careCase.findMany({ where: { assignedToId: await userId("caseworker@demo.reweave.org"), closedAt: null }, select: { id: true, beneficiaryId: true } });

  it("gives the Shillong network's cohort at least 25 plans, on every track, starting over several quarters, with targets of ₹3,000–₹8,000", async () => {
    const ngo = await db.organisation.findFirstOrThrow({ where: { beneficiaryCodePrefix: "MEG" } });
    const plans = await db.reintegrationPlan.findMany({ where: { case: { leadOrganisationId: ngo.id } } });
    expect(plans.length).toBeGreaterThanOrEqual(25);
    expect(new Set(plans.map((plan) => plan.livelihoodTrack)).size).toBe(6);
    const quarters = new Set(plans.map((plan) => `${plan.startOn.getUTCFullYear()}-Q${Math.floor(plan.startOn.getUTCMonth() / 3) + 1}`));
    expect(quarters.size).toBeGreaterThanOrEqual(4);
    for (const plan of plans) {
      expect(plan.targetMonthlyIncomeInr).toBeGreaterThanOrEqual(300_000);
      expect(plan.targetMonthlyIncomeInr).toBeLessThanOrEqual(800_000);
      expect(plan.startOn.getTime()).toBeLessThanOrEqual(today.getTime());
    }
    // The other organisations have a few plans too; every open case in Re-integration or Re-compensation has one.
    expect(await db.careCase.count({ where: { closedAt: null, stage: { in: ["reintegration", "recompensation"] }, plan: null } })).toBe(0);
    expect(await db.reintegrationPlan.count({ where: { case: { leadOrganisationId: { not: ngo.id } } } })).toBeGreaterThanOrEqual(2);
  });

  it("has milestones of every kind, met and overdue, and the rule milestones decided by the data", async () => {
    const milestones = await db.milestone.findMany();
    expect(new Set(milestones.map((m) => m.kind))).toEqual(new Set(["training", "income", "recompensation", "social", "psychosocial", "custom"]));
    expect(milestones.filter((m) => m.metOn && !m.rule).every((m) => m.metById && decryptNote("milestone.evidence", m.id, m.evidence))).toBe(true);
    expect(milestones.some((m) => !m.metOn && m.dueOn && m.dueOn < today)).toBe(true);
    for (const rule of ["training_completed", "first_shop_sale", "income_at_target", "compensation_disbursed"] as const) {
      expect(milestones.some((m) => m.rule === rule && m.metOn && !m.metById), rule).toBe(true);
    }
  });

  it("records training with attendance, completions and certificates in the default courses", async () => {
    const completed = await db.enrolment.findMany({ where: { status: "completed" }, include: { course: true, _count: { select: { attendance: { where: { present: true } } } } } });
    expect(completed.length).toBeGreaterThanOrEqual(10);
    for (const enrolment of completed) {
      expect(enrolment.certificateNo).toMatch(/^CERT-[A-Z]+-\d{4}-\d{4}$/);
      expect(enrolment._count.attendance).toBeGreaterThanOrEqual(enrolment.course.sessionsRequired);
    }
    expect(await db.enrolment.count({ where: { status: "enrolled" } })).toBeGreaterThanOrEqual(1);
  });

  it("has eighteen months of income from several sources, on the first of each month, with evidence encrypted, and shop income from the makers' ledgers", async () => {
    const income = await db.incomeRecord.findMany();
    expect(new Set(income.map((row) => row.month.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(16);
    expect(income.every((row) => row.month.getUTCDate() === 1)).toBe(true);
    expect(new Set(income.map((row) => row.source))).toEqual(new Set(["shop", "wages", "farm_sales", "other_enterprise", "other"]));
    const entered = income.find((row) => row.source !== "shop")!;
    expect(decryptNote("income.evidence", entered.id, entered.evidence)).toMatch(/\w/);
    expect(income.filter((row) => row.source === "shop").every((row) => row.evidence === null && row.recordedById === null)).toBe(true);
    const shopPeople = new Set(income.filter((row) => row.source === "shop").map((row) => row.beneficiaryId));
    expect(shopPeople.size).toBeGreaterThanOrEqual(6);
    for (const slug of ["daphi", "iba", "kyntiew", "rani", "bina", "lalnun", "mary", "sunita"]) {
      const maker = await db.maker.findUniqueOrThrow({ where: { slug }, include: { beneficiary: { include: { consents: true } } } });
      expect(maker.beneficiary, slug).not.toBeNull();
      expect(shopPeople.has(maker.beneficiary!.id), slug).toBe(true);
    }
  });

  it("has claims in every status with their events, and assessments repeated two to four times, some falling by 0.1 or more", async () => {
    const claims = await db.compensationClaim.findMany({ include: { events: true } });
    expect(new Set(claims.map((claim) => claim.status))).toEqual(new Set(["filed", "under_review", "hearing", "awarded", "disbursed", "rejected", "appealed"]));
    for (const claim of claims) {
      expect(claim.events.filter((e) => e.kind === "status_changed").at(-1)?.toStatus).toBe(claim.status);
      if (claim.status === "disbursed") expect(claim.disbursedInr).toBeLessThanOrEqual(claim.awardedInr!);
    }
    const counts = await db.assessment.groupBy({ by: ["beneficiaryId"], _count: true });
    expect(counts.length).toBeGreaterThanOrEqual(25);
    for (const row of counts) expect(row._count).toBeGreaterThanOrEqual(2);
    for (const row of counts) expect(row._count).toBeLessThanOrEqual(4);
    const drops = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT composite_score - lag(composite_score) OVER (PARTITION BY beneficiary_id ORDER BY assessed_on) AS change FROM assessment
      ) changes WHERE change <= -0.1`;
    expect(Number(drops[0]!.n)).toBeGreaterThanOrEqual(2);
  });

  it("links a maker with a product in the shop and no sales yet to the demo caseworker's client in Re-integration, her first sale still to come", async () => {
    const maker = await db.maker.findUniqueOrThrow({ where: { slug: "ridalin" }, include: { products: { include: { variants: true } }, beneficiary: { include: { consents: true, cases: { include: { plan: { include: { milestones: true } } } } } } } });
    expect(maker.publicProfile).toBe(true);
    expect(maker.products[0]!.status).toBe("active");
    expect(maker.products[0]!.variants[0]!.stock).toBeGreaterThan(0);
    expect(await db.orderLine.count({ where: { makerId: maker.id } })).toBe(0);
    const careCase = maker.beneficiary!.cases.find((c) => !c.closedAt)!;
    expect(careCase.stage).toBe("reintegration");
    expect(careCase.assignedToId).toBe(await userId("caseworker@demo.reweave.org"));
    expect(maker.beneficiary!.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose)).toEqual(expect.arrayContaining(["public_maker_profile", "link_earnings"]));
    const firstSale = careCase.plan!.milestones.find((m) => m.rule === "first_shop_sale")!;
    expect(firstSale.metOn).toBeNull();
    // Daphi, who has sold for months, has hers met.
    const daphi = await db.maker.findUniqueOrThrow({ where: { slug: "daphi" }, include: { beneficiary: { include: { cases: { include: { plan: { include: { milestones: true } } } } } } } });
    const daphiPlan = daphi.beneficiary!.cases.find((c) => c.plan)!.plan!;
    expect(daphiPlan.milestones.find((m) => m.rule === "first_shop_sale")!.metOn).not.toBeNull();
  });

  it("gives the demo caseworker one of each warning sign: overdue milestone, two low-income months, no contact for 60 days, a hearing within 14 days, a score drop", async () => {
    const cases = await caseworkerCases();
    const caseIds = cases.map((c) => c.id);
    const people = cases.map((c) => c.beneficiaryId);
    expect(await db.milestone.count({ where: { plan: { caseId: { in: caseIds } }, metOn: null, dueOn: { lt: today } } })).toBeGreaterThanOrEqual(1);

    const plans = await db.reintegrationPlan.findMany({ where: { caseId: { in: caseIds } }, include: { case: true } });
    const lastMonths = [1, 2].map((back) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1)).getTime());
    let lowIncome = 0;
    for (const plan of plans) {
      const rows = await db.incomeRecord.groupBy({ by: ["month"], where: { beneficiaryId: plan.case.beneficiaryId }, _sum: { amountInr: true } });
      const totals = new Map(rows.map((row) => [row.month.getTime(), row._sum.amountInr ?? 0]));
      if (lastMonths.every((month) => (totals.get(month) ?? 0) < plan.targetMonthlyIncomeInr / 2)) lowIncome++;
    }
    expect(lowIncome).toBeGreaterThanOrEqual(1);

    const sixtyDaysAgo = new Date(today.getTime() - 60 * 86_400_000);
    const quiet = await db.careCase.count({ where: { id: { in: caseIds }, events: { none: { occurredOn: { gte: sixtyDaysAgo } } } } });
    expect(quiet).toBeGreaterThanOrEqual(1);

    const fortnight = new Date(today.getTime() + 14 * 86_400_000);
    expect(await db.compensationClaim.count({ where: { caseId: { in: caseIds }, status: "hearing", nextHearingOn: { gte: today, lte: fortnight } } })).toBe(1);

    const drops = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT beneficiary_id, composite_score - lag(composite_score) OVER (PARTITION BY beneficiary_id ORDER BY assessed_on) AS change,
               row_number() OVER (PARTITION BY beneficiary_id ORDER BY assessed_on DESC) AS latest
        FROM assessment WHERE beneficiary_id = ANY(${people}::uuid[])
      ) changes WHERE latest = 1 AND change <= -0.1`;
    expect(Number(drops[0]!.n)).toBeGreaterThanOrEqual(1);

    // And her home page's alerts, as the reintegration module lists them, hold every kind.
    const alerts = await alertsFor(await sessionUserOf("caseworker@demo.reweave.org"), { now });
    expect(new Set(alerts.groups.filter((group) => group.total > 0).map((group) => group.kind))).toEqual(new Set(ALERT_KINDS));
    // On the care calendar whatever the hour: income is entered up to the last complete month, and the hearing is nine days ahead.
    const shown = alerts.groups.flatMap((group) => group.alerts);
    for (const alert of shown) if (alert.kind === "low_income") expect(alert.amounts.every((amount) => amount > 0)).toBe(true);
    expect(shown.find((alert) => alert.kind === "hearing_soon")).toMatchObject({ hearingOn: dayText(new Date(today.getTime() + 9 * 86_400_000)) });
  });

  it("exports every care organisation's people without any seeded name, phone, address, district, document, birth date or code", async () => {
    const people = await db.beneficiary.findMany();
    const secrets = new Set<string>();
    for (const person of people) {
      secrets.add(person.code);
      const identity = decryptIdentity(person, ["legalName", "otherNames", "phone", "address", "originDistrict", "identityDocuments", "dateOfBirth"]);
      for (const value of Object.values(identity)) {
        if (!value) continue;
        secrets.add(value);
        secrets.add(value.replace(" (fictional)", ""));
      }
      if (identity.phone) secrets.add(identity.phone.replace(/\D/g, ""));
    }
    expect(secrets.size).toBeGreaterThan(people.length * 4);

    const supervisors = await db.membership.findMany({ where: { role: "supervisor" }, select: { organisationId: true, user: { select: { email: true } } } });
    let exported = 0;
    for (const organisation of new Set(supervisors.map((s) => s.organisationId))) {
      if ((await db.beneficiary.count({ where: { organisationId: organisation } })) < 11) continue;
      const email = supervisors.find((s) => s.organisationId === organisation)!.user.email;
      const csv = await deidentifiedExportCsv(await sessionUserOf(email), organisation);
      exported += csv.trim().split("\n").length - 1;
      for (const secret of secrets) expect(csv.includes(secret), `the export of ${email} contains "${secret.slice(0, 3)}…"`).toBe(false);
    }
    expect(exported).toBeGreaterThanOrEqual(60);
  });

  it("gives the network's supervisor a dashboard with figures to show: the cohort, target income, training, compensation, first sales", async () => {
    const outcomes = await cohortOutcomes(await sessionUserOf("supervisor@demo.reweave.org"), {});
    expect(outcomes.people).toMatchObject({ hidden: false, value: 27 });
    for (const figure of [outcomes.atTarget, outcomes.training, outcomes.compensation]) expect(figure.hidden).toBe(false);
    expect(outcomes.months.filter((month) => !month.medianTotal.hidden).length).toBeGreaterThanOrEqual(6);
    expect(outcomes.milestones.find((row) => row.key === "first_shop_sale")!.met.hidden).toBe(false);
  });
});
