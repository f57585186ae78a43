import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { careToday } from "~/modules/cases/case-dates";
import { loader } from "~/routes/care.cases.$caseId.reintegration";
import { args, refused, settle, signIn } from "./admin-helpers";
import { careOrganisation, careReferral, careUser } from "./care-factories";
import { makeRequest } from "./helpers";
import {
  act,
  monthAt,
  openPage,
  path,
  PLAN,
  planWorld,
} from "./reintegration-plans-helpers";

describe("reintegration plans", () => {
  it("refuses a plan before the Re-integration stage, and creates one (audited, goals encrypted) in it", async () => {
    const early = await planWorld({ stage: "rehabilitation" });
    expect(
      (await openPage(early.caseworker, early.caseId)).stageAllowsPlan
    ).toBe(false);
    const refusal = refused(await act(early.caseworker, early.caseId, PLAN));
    expect(refusal.status).toBe(400);
    expect(refusal.errors[""]).toEqual(["carePlans:errors.stage"]);
    expect(
      await db.reintegrationPlan.count({ where: { caseId: early.caseId } })
    ).toBe(0);

    const world = await planWorld();
    const done = await act(world.caseworker, world.caseId, PLAN);
    expect(done).toBeInstanceOf(Response);
    const plan = await db.reintegrationPlan.findUniqueOrThrow({
      where: { caseId: world.caseId },
    });
    expect(plan.targetMonthlyIncomeInr).toBe(500_000);
    expect(plan.goals).toMatch(/^enc:/);
    const page = await openPage(world.caseworker, world.caseId);
    expect(page.plan?.goals).toBe("Weave and sell stoles");
    const audit = await db.auditLog.findFirstOrThrow({
      where: {
        action: "care.plan.saved",
        entityId: world.subject.beneficiary.code,
      },
    });
    expect(JSON.stringify(audit.details)).not.toContain("Weave");
  });

  it("refuses bad input with field messages and changes nothing", async () => {
    const world = await planWorld();
    const negative = refused(
      await act(world.caseworker, world.caseId, {
        ...PLAN,
        targetMonthlyIncome: "-5",
      })
    );
    expect(negative.status).toBe(400);
    expect(negative.errors.targetMonthlyIncome).toEqual([
      "carePlans:errors.amount",
    ]);
    expect(
      await db.reintegrationPlan.count({ where: { caseId: world.caseId } })
    ).toBe(0);

    await act(world.caseworker, world.caseId, PLAN);
    const income = {
      intent: "income",
      source: "wages",
      month: monthAt(1),
      amount: "3000",
      evidence: "Pay slip seen",
    };
    const future = refused(await act(world.caseworker, world.caseId, income));
    expect(future.status).toBe(400);
    expect(future.errors.month).toEqual(["carePlans:errors.monthFuture"]);
    const noEvidence = refused(
      await act(world.caseworker, world.caseId, {
        ...income,
        month: monthAt(0),
        evidence: " ",
      })
    );
    expect(noEvidence.errors.evidence).toEqual(["carePlans:errors.evidence"]);
    const shop = refused(
      await act(world.caseworker, world.caseId, {
        ...income,
        month: monthAt(0),
        source: "shop",
      })
    );
    expect(shop.errors.source).toBeTruthy();
    expect(
      await db.incomeRecord.count({
        where: { beneficiaryId: world.beneficiaryId },
      })
    ).toBe(0);
  });

  it("lets the caseworker tick a manual milestone with evidence, and shows an overdue one", async () => {
    const world = await planWorld();
    await act(world.caseworker, world.caseId, PLAN);
    await act(world.caseworker, world.caseId, {
      intent: "milestone",
      kind: "social",
      title: "Ration card obtained",
      dueOn: "2026-01-15",
    });
    await act(world.caseworker, world.caseId, {
      intent: "milestone",
      kind: "social",
      title: "Children in school",
      dueOn: "2099-01-01",
    });
    let page = await openPage(world.caseworker, world.caseId);
    const ration = page.plan!.milestones.find(
      (m) => m.title === "Ration card obtained"
    )!;
    expect(ration.state).toBe(
      careToday() > "2026-01-15" ? "overdue" : "pending"
    );
    expect(
      page.plan!.milestones.find((m) => m.title === "Children in school")!.state
    ).toBe("pending");

    const missing = refused(
      await act(world.caseworker, world.caseId, {
        intent: "tick",
        milestoneId: ration.id,
        metOn: careToday(),
        evidence: "",
      })
    );
    expect(missing.errors.evidence).toEqual(["carePlans:errors.evidence"]);
    const future = refused(
      await act(world.caseworker, world.caseId, {
        intent: "tick",
        milestoneId: ration.id,
        metOn: "2099-01-01",
        evidence: "Card seen",
      })
    );
    expect(future.errors.metOn).toEqual(["carePlans:errors.dateFuture"]);
    expect(
      (await db.milestone.findUniqueOrThrow({ where: { id: ration.id } })).metOn
    ).toBeNull();

    await act(world.caseworker, world.caseId, {
      intent: "tick",
      milestoneId: ration.id,
      metOn: careToday(),
      evidence: "Card seen at the office",
    });
    page = await openPage(world.caseworker, world.caseId);
    const ticked = page.plan!.milestones.find((m) => m.id === ration.id)!;
    expect(ticked.state).toBe("met");
    expect(ticked.evidence).toBe("Card seen at the office");
    expect(
      (await db.milestone.findUniqueOrThrow({ where: { id: ration.id } }))
        .evidence
    ).toMatch(/^enc:/);
  });

  it("decides income at target from N consecutive months of entered income", async () => {
    const world = await planWorld();
    await act(world.caseworker, world.caseId, PLAN);
    await act(world.caseworker, world.caseId, {
      intent: "milestone",
      kind: "income",
      title: "Earning the target",
      rule: "income_at_target",
      months: "3",
    });
    const enter = (offset: number, amount: string, source = "wages") =>
      act(world.caseworker, world.caseId, {
        intent: "income",
        source,
        month: monthAt(offset),
        amount,
        evidence: "Pay slip",
      });
    await enter(-6, "6000");
    await enter(-5, "1000");
    await enter(-4, "5000");
    await enter(-3, "2000");
    await enter(-3, "3000", "farm_sales");
    let milestone = await db.milestone.findFirstOrThrow({
      where: { rule: "income_at_target", plan: { caseId: world.caseId } },
    });
    expect(milestone.metOn).toBeNull();
    await enter(-2, "7000");
    milestone = await db.milestone.findFirstOrThrow({
      where: { id: milestone.id },
    });
    expect(milestone.metOn?.toISOString().slice(0, 7)).toBe(monthAt(-2));
    const page = await openPage(world.caseworker, world.caseId);
    const row = page.income.rows.find((r) => r.month === monthAt(-3))!;
    expect(row.total).toBe(500_000);
    expect(row.atTarget).toBe(true);
    // Once met, it stays met even if the figures change.
    await enter(-2, "0");
    await openPage(world.caseworker, world.caseId);
    expect(
      (await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } }))
        .metOn
    ).not.toBeNull();
    expect(
      await db.auditLog.count({
        where: {
          action: "care.income.recorded",
          entityId: world.subject.beneficiary.code,
        },
      })
    ).toBe(7);
  });

  it("decides training completed from a completed enrolment, and compensation disbursed from a claim", async () => {
    const world = await planWorld();
    await act(world.caseworker, world.caseId, PLAN);
    const course = await db.course.create({
      data: {
        organisationId: world.organisation.id,
        titleEn: "Natural dyeing",
      },
    });
    await act(world.caseworker, world.caseId, {
      intent: "milestone",
      kind: "training",
      title: "Dyeing course",
      rule: "training_completed",
      courseId: course.id,
    });
    await act(world.caseworker, world.caseId, {
      intent: "milestone",
      kind: "recompensation",
      title: "Compensation paid",
      rule: "compensation_disbursed",
    });
    const noCourse = refused(
      await act(world.caseworker, world.caseId, {
        intent: "milestone",
        kind: "training",
        title: "No course",
        rule: "training_completed",
      })
    );
    expect(noCourse.errors.courseId).toEqual(["carePlans:errors.course"]);
    let page = await openPage(world.caseworker, world.caseId);
    expect(page.plan!.milestones.every((m) => m.state !== "met")).toBe(true);

    await db.enrolment.create({
      data: {
        courseId: course.id,
        beneficiaryId: world.beneficiaryId,
        status: "completed",
        enrolledOn: new Date("2026-01-05"),
        completedOn: new Date("2026-02-20"),
      },
    });
    const scheme = await db.compensationScheme.create({
      data: {
        name: "Test victim compensation scheme",
        country: "IN",
        legalBasis: "s.357A CrPC",
        authority: "DLSA",
      },
    });
    await db.compensationClaim.create({
      data: {
        caseId: world.caseId,
        schemeId: scheme.id,
        authority: "DLSA East Khasi Hills",
        status: "disbursed",
        filedOn: new Date("2026-01-02"),
        claimedInr: 10_000_000,
        disbursedInr: 5_000_000,
        disbursedOn: new Date("2026-03-01"),
      },
    });
    page = await openPage(world.caseworker, world.caseId);
    const training = page.plan!.milestones.find(
      (m) => m.rule === "training_completed"
    )!;
    expect(training).toMatchObject({
      state: "met",
      metOn: "2026-02-20",
      ticked: false,
    });
    expect(training.course?.titleEn).toBe("Natural dyeing");
    expect(
      page.plan!.milestones.find((m) => m.rule === "compensation_disbursed")
    ).toMatchObject({ state: "met", metOn: "2026-03-01" });
  });

  it("is for the team only: a partner with a referral and an unrelated user get 404, audited", async () => {
    const world = await planWorld({
      consents: ["case_management", "share_partners"],
    });
    await act(world.caseworker, world.caseId, PLAN);
    const partnerOrg = await careOrganisation({ prefix: "PRT" });
    const partner = await careUser("partner", partnerOrg.id);
    await careReferral({
      caseId: world.caseId,
      fromOrganisationId: world.organisation.id,
      toOrganisationId: partnerOrg.id,
      status: "accepted",
    });
    const strangerOrg = await careOrganisation({ prefix: "STR" });
    const stranger = await careUser("caseworker", strangerOrg.id);
    for (const user of [partner, stranger]) {
      const cookie = await signIn(user);
      const page = await settle(
        loader(
          args(makeRequest(path(world.caseId), { cookie }), {
            caseId: world.caseId,
          })
        )
      );
      expect(page).toBeInstanceOf(Response);
      expect((page as Response).status).toBe(404);
      expect(
        await db.auditLog.count({
          where: {
            action: "care.beneficiary.denied",
            actorId: user.id,
            entityId: world.subject.beneficiary.code,
          },
        })
      ).toBe(1);
    }
    const posted = await act(await signIn(stranger), world.caseId, {
      ...PLAN,
      targetMonthlyIncome: "1",
    });
    expect((posted as Response).status).toBe(404);
    expect(
      (
        await db.reintegrationPlan.findUniqueOrThrow({
          where: { caseId: world.caseId },
        })
      ).targetMonthlyIncomeInr
    ).toBe(500_000);
  });
});
