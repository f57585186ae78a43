import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { CohortScope } from "./outcomes-cohort.server";

/**
 * The cohort's figures in one SQL statement (the cohort is built once and shared by every part), before
 * any suppression: the caller decides what may be shown. Amounts are INR paise.
 */

export interface FigureWindow {
  /** First day of the oldest month of the income series (18 months up to this one). */
  firstMonth: string;
  /** First day of the current month: the series ends here; the complete months end before it. */
  thisMonth: string;
  /** First day of the oldest of the last three complete months. */
  targetFrom: string;
  /** First day of the last complete month. */
  lastComplete: string;
  /** First day of the oldest quarter of the score series. */
  firstQuarter: string;
  /** The months of the series, "YYYY-MM", oldest first. */
  months: string[];
}

interface GroupRow {
  key: string | null;
  people: number;
  atTarget: number;
  counted: number;
  medianLatest: number | null;
}

export interface RawFigures {
  overall: GroupRow | null;
  byTrack: GroupRow[] | null;
  byQuarter: GroupRow[] | null;
  months: { month: string; people: number; medianTotal: number | null; medianShop: number | null }[] | null;
  training: { enrolments: number; completed: number; people: number };
  compensation: { claims: number; claimed: number; awarded: number; disbursed: number; people: number };
  scores: { quarter: string; people: number; economic: number; social: number; psychosocial: number; composite: number }[] | null;
  milestones: { key: string; byRule: boolean; planned: number; met: number }[] | null;
}

function cohortWhere(scope: CohortScope) {
  const parts = [Prisma.sql`c.lead_organisation_id IN (${Prisma.join(scope.organisationIds.map((id) => Prisma.sql`${id}::uuid`))})`];
  if (scope.track) parts.push(Prisma.sql`p.livelihood_track = ${scope.track}::livelihood_track`);
  if (scope.quarter) parts.push(Prisma.sql`p.start_on >= ${scope.quarter.from}::date AND p.start_on < ${scope.quarter.to}::date`);
  return Prisma.join(parts, " AND ");
}

const QUARTER_LABEL = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY') || '-Q' || extract(quarter FROM ${column})::int`);

export async function rawFigures(scope: CohortScope, window: FigureWindow): Promise<RawFigures> {
  const rows = await db.$queryRaw<{ figures: RawFigures }[]>`
    WITH cohort AS MATERIALIZED (
      SELECT DISTINCT ON (c.beneficiary_id)
             c.beneficiary_id AS id, c.id AS case_id, p.id AS plan_id, p.livelihood_track::text AS track,
             p.start_on, ${QUARTER_LABEL("p.start_on")} AS start_quarter, p.target_monthly_income_inr AS target
      FROM reintegration_plan p JOIN care_case c ON c.id = p.case_id
      WHERE ${cohortWhere(scope)}
      ORDER BY c.beneficiary_id, p.start_on DESC, p.id
    ),
    monthly AS MATERIALIZED (
      SELECT i.beneficiary_id AS id, i.month, c.target, sum(i.amount_inr) AS total,
             coalesce(sum(i.amount_inr) FILTER (WHERE i.source = 'shop'), 0) AS shop
      FROM income_record i JOIN cohort c ON c.id = i.beneficiary_id
      WHERE i.month >= ${window.firstMonth}::date AND i.month <= ${window.thisMonth}::date
        AND c.start_on < i.month + interval '1 month'
      GROUP BY i.beneficiary_id, i.month, c.target
    ),
    recent AS (
      SELECT id, bool_or(total >= target) AS at_target, sum(total) FILTER (WHERE month = ${window.lastComplete}::date) AS latest
      FROM monthly
      WHERE month >= ${window.targetFrom}::date AND month < ${window.thisMonth}::date
      GROUP BY id
    ),
    person AS (
      SELECT c.id, c.track, c.start_quarter, c.start_on < ${window.thisMonth}::date AS counted_latest,
             coalesce(r.at_target, false) AS at_target, coalesce(r.latest, 0) AS latest
      FROM cohort c LEFT JOIN recent r ON r.id = c.id
    ),
    grouped AS (
      SELECT GROUPING(track) AS by_track, GROUPING(start_quarter) AS by_quarter,
             coalesce(track, start_quarter) AS key, count(*)::int AS people,
             count(*) FILTER (WHERE at_target)::int AS at_target,
             count(*) FILTER (WHERE counted_latest)::int AS counted,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY latest) FILTER (WHERE counted_latest) AS median_latest
      FROM person
      GROUP BY GROUPING SETS ((), (track), (start_quarter))
    ),
    series (month) AS (VALUES ${Prisma.join(window.months.map((month) => Prisma.sql`(${`${month}-01`}::date)`))}),
    present AS (
      SELECT month, count(*)::int AS people FROM monthly GROUP BY month
    ),
    starts AS MATERIALIZED (
      SELECT date_trunc('month', start_on)::date AS month, count(*) AS people FROM cohort GROUP BY 1
    ),
    counted AS (
      SELECT s.month, (SELECT coalesce(sum(t.people), 0) FROM starts t WHERE t.month <= s.month)::int AS people FROM series s
    ),
    person_months AS (
      SELECT month, total, shop FROM monthly
      UNION ALL
      SELECT k.month, 0, 0
      FROM counted k LEFT JOIN present p ON p.month = k.month
      CROSS JOIN LATERAL generate_series(1, k.people - coalesce(p.people, 0))
    ),
    medians AS (
      SELECT month, percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median_total,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY shop) AS median_shop
      FROM person_months GROUP BY month
    ),
    months AS (
      SELECT to_char(k.month, 'YYYY-MM') AS month, k.people, m.median_total, m.median_shop
      FROM counted k LEFT JOIN medians m ON m.month = k.month
    ),
    assessed AS (
      SELECT date_trunc('quarter', a.assessed_on)::date AS quarter, avg(a.economic_score) AS economic_score, avg(a.social_score) AS social_score,
             avg(a.psychosocial_score) AS psychosocial_score, avg(a.composite_score) AS composite_score
      FROM assessment a
      WHERE a.assessed_on >= ${window.firstQuarter}::date AND a.beneficiary_id IN (SELECT id FROM cohort)
      GROUP BY a.beneficiary_id, 1
    ),
    scores AS (
      SELECT ${QUARTER_LABEL("quarter")} AS quarter, count(*)::int AS people,
             avg(economic_score)::float8 AS economic, avg(social_score)::float8 AS social,
             avg(psychosocial_score)::float8 AS psychosocial, avg(composite_score)::float8 AS composite
      FROM assessed GROUP BY quarter
    ),
    milestones AS (
      SELECT coalesce(ms.rule::text, ms.kind::text) AS key, ms.rule IS NOT NULL AS by_rule,
             count(DISTINCT c.id)::int AS planned,
             count(DISTINCT c.id) FILTER (WHERE ms.met_on IS NOT NULL)::int AS met
      FROM milestone ms JOIN cohort c ON c.plan_id = ms.plan_id
      GROUP BY 1, 2
    )
    SELECT json_build_object(
      'overall', (SELECT json_build_object('key', NULL, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest)
                  FROM grouped WHERE by_track = 1 AND by_quarter = 1),
      'byTrack', (SELECT json_agg(json_build_object('key', key, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest) ORDER BY key)
                  FROM grouped WHERE by_track = 0),
      'byQuarter', (SELECT json_agg(json_build_object('key', key, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest) ORDER BY key)
                  FROM grouped WHERE by_quarter = 0),
      'months', (SELECT json_agg(json_build_object('month', month, 'people', people, 'medianTotal', median_total, 'medianShop', median_shop) ORDER BY month) FROM months),
      'training', (SELECT json_build_object('enrolments', count(*), 'completed', count(*) FILTER (WHERE e.status = 'completed'), 'people', count(DISTINCT e.beneficiary_id))
                   FROM enrolment e WHERE e.beneficiary_id IN (SELECT id FROM cohort)),
      'compensation', (SELECT json_build_object('claims', count(*), 'claimed', coalesce(sum(k.claimed_inr), 0), 'awarded', coalesce(sum(k.awarded_inr), 0),
                              'disbursed', coalesce(sum(k.disbursed_inr), 0), 'people', count(DISTINCT c.id))
                       FROM compensation_claim k JOIN cohort c ON c.case_id = k.case_id),
      'scores', (SELECT json_agg(json_build_object('quarter', quarter, 'people', people, 'economic', economic, 'social', social,
                        'psychosocial', psychosocial, 'composite', composite) ORDER BY quarter) FROM scores),
      'milestones', (SELECT json_agg(json_build_object('key', key, 'byRule', by_rule, 'planned', planned, 'met', met) ORDER BY by_rule DESC, key) FROM milestones)
    ) AS figures`;
  return rows[0]!.figures;
}
