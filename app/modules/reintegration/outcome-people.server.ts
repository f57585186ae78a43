import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { milestoneBitSql } from "./outcome-milestones";

/**
 * Each person's part of the outcome figures (outcome_person, _month, _quarter), kept up to date from
 * the records. Triggers mark the people a write touched (outcome_stale, migration outcome_people); this
 * recomputes exactly those, so the dashboard's first view after a caseworker's change costs one person,
 * not the whole cohort (decision 0015).
 */

/** People recomputed per transaction: a bulk import is worked through in steps of this size. */
const BATCH = 2_000;
const MILESTONE_BIT = Prisma.raw(milestoneBitSql());

/**
 * Each person's latest plan among the cases each organisation leads, and whether she has plans in more
 * than one organisation. Every statement reads it from the records (and income and assessments per
 * person, through their indexes), so the plans do not depend on statistics of rows written moments ago.
 */
function latestPlans(ids: string[]) {
  return Prisma.sql`
    SELECT d.*, count(*) OVER (PARTITION BY d.beneficiary_id) > 1 AS shared
    FROM (
      SELECT DISTINCT ON (c.beneficiary_id, c.lead_organisation_id)
             c.beneficiary_id, c.lead_organisation_id AS organisation_id, c.id AS case_id, pl.id AS plan_id,
             pl.livelihood_track AS track, pl.start_on, pl.target_monthly_income_inr AS target
      FROM reintegration_plan pl JOIN care_case c ON c.id = pl.case_id
      WHERE c.beneficiary_id = ANY(${ids}::uuid[])
      ORDER BY c.beneficiary_id, c.lead_organisation_id, pl.start_on DESC, pl.id
    ) d`;
}

/**
 * Recomputes the outcome rows of every person marked stale, and returns how many. A mark is taken in
 * the same transaction that rewrites her rows, so a concurrent refresh waits for it rather than counting
 * half of her, and a write that lands meanwhile leaves a new mark for the next refresh.
 */
export async function refreshOutcomePeople(): Promise<number> {
  let refreshed = 0;
  for (;;) {
    const count = await db.$transaction(async (tx) => {
      // One refresh at a time: two taking marks in different orders could otherwise deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('outcome_people:refresh'))`;
      const taken = await tx.$queryRaw<{ beneficiary_id: string }[]>`
        DELETE FROM outcome_stale
        WHERE beneficiary_id IN (SELECT beneficiary_id FROM outcome_stale ORDER BY beneficiary_id LIMIT ${BATCH})
        RETURNING beneficiary_id`;
      if (!taken.length) return 0;
      const ids = taken.map((row) => row.beneficiary_id);
      await tx.$executeRaw`DELETE FROM outcome_person_month WHERE beneficiary_id = ANY(${ids}::uuid[])`;
      await tx.$executeRaw`DELETE FROM outcome_person_quarter WHERE beneficiary_id = ANY(${ids}::uuid[])`;
      await tx.$executeRaw`DELETE FROM outcome_person WHERE beneficiary_id = ANY(${ids}::uuid[])`;
      await tx.$executeRaw`
        INSERT INTO outcome_person (beneficiary_id, organisation_id, plan_id, track, start_on, target_inr,
                                    enrolments, completed, claims, claimed_inr, awarded_inr, disbursed_inr, milestone_mask, milestone_met, shared)
        SELECT p.beneficiary_id, p.organisation_id, p.plan_id, p.track, p.start_on, p.target,
               e.enrolments, e.completed, k.claims, k.claimed, k.awarded, k.disbursed, m.planned, m.met, p.shared
        FROM (${latestPlans(ids)}) p
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS enrolments, count(*) FILTER (WHERE e.status = 'completed')::int AS completed
          FROM enrolment e WHERE e.beneficiary_id = p.beneficiary_id
        ) e
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS claims, coalesce(sum(k.claimed_inr), 0) AS claimed,
                 coalesce(sum(k.awarded_inr), 0) AS awarded, coalesce(sum(k.disbursed_inr), 0) AS disbursed
          FROM compensation_claim k WHERE k.case_id = p.case_id
        ) k
        CROSS JOIN LATERAL (
          SELECT coalesce(bit_or(${MILESTONE_BIT}), 0) AS planned,
                 coalesce(bit_or(${MILESTONE_BIT}) FILTER (WHERE ms.met_on IS NOT NULL), 0) AS met
          FROM milestone ms WHERE ms.plan_id = p.plan_id
        ) m`;
      await tx.$executeRaw`
        INSERT INTO outcome_person_month (beneficiary_id, organisation_id, month, track, start_on, total_inr, shop_inr, reached, shared)
        SELECT p.beneficiary_id, p.organisation_id, i.month, p.track, p.start_on, i.total, i.shop, i.total >= p.target, p.shared
        FROM (${latestPlans(ids)}) p
        CROSS JOIN LATERAL (
          SELECT i.month, sum(i.amount_inr) AS total, coalesce(sum(i.amount_inr) FILTER (WHERE i.source = 'shop'), 0) AS shop
          FROM income_record i
          WHERE i.beneficiary_id = p.beneficiary_id AND i.month >= date_trunc('month', p.start_on)::date
          GROUP BY i.month
        ) i`;
      await tx.$executeRaw`
        INSERT INTO outcome_person_quarter (beneficiary_id, organisation_id, quarter, track, start_on, assessments,
                                            economic_sum, social_sum, psychosocial_sum, composite_sum, shared)
        SELECT p.beneficiary_id, p.organisation_id, a.quarter, p.track, p.start_on, a.assessments,
               a.economic, a.social, a.psychosocial, a.composite, p.shared
        FROM (${latestPlans(ids)}) p
        CROSS JOIN LATERAL (
          SELECT date_trunc('quarter', a.assessed_on)::date AS quarter, count(*)::int AS assessments,
                 sum(a.economic_score) AS economic, sum(a.social_score) AS social,
                 sum(a.psychosocial_score) AS psychosocial, sum(a.composite_score) AS composite
          FROM assessment a WHERE a.beneficiary_id = p.beneficiary_id
          GROUP BY 1
        ) a`;
      return ids.length;
    }, { timeout: 120_000 });
    refreshed += count;
    if (count < BATCH) return refreshed;
  }
}
