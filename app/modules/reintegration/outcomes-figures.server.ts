import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { medianOffset, medianWithZeros } from "./median";
import { MILESTONE_KEYS } from "./outcome-milestones";
import type { CohortScope } from "./outcomes-cohort.server";

/**
 * The cohort's figures, counted from the people's outcome rows (outcome-people.server.ts) rather than
 * from the records, before any suppression: the caller decides what may be shown. Amounts are INR paise.
 * A month's median is read from the month index by position (zeros for those without income are
 * implicit), so that no figure sorts the whole cohort's 18 months (decision 0015).
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

interface MonthCount {
  month: string;
  people: number;
  nonzeroTotal: number;
  nonzeroShop: number;
}

/**
 * Which outcome rows (alias x) belong to the cohort. A person has one row per organisation, so one
 * organisation never counts her twice; across several, a person with rows in more than one of them
 * (`shared`) counts only with her latest plan, as chosen in the `person` CTE.
 */
function scopeWhere(scope: CohortScope, organisationIds = scope.organisationIds) {
  const parts = [Prisma.sql`x.organisation_id IN (${Prisma.join(organisationIds.map((id) => Prisma.sql`${id}::uuid`))})`];
  if (scope.track) parts.push(Prisma.sql`x.track = ${scope.track}::livelihood_track`);
  if (scope.quarter) parts.push(Prisma.sql`x.start_on >= ${scope.quarter.from}::date AND x.start_on < ${scope.quarter.to}::date`);
  return Prisma.join(parts, " AND ");
}

const severalOrganisations = (scope: CohortScope) => scope.organisationIds.length > 1;

/** The condition on rows of the month and quarter tables (alias x), given the `person` CTE. */
function rowWhere(scope: CohortScope, organisationIds = scope.organisationIds) {
  return severalOrganisations(scope)
    ? Prisma.sql`${scopeWhere(scope, organisationIds)}
                 AND (NOT x.shared OR (x.beneficiary_id, x.organisation_id) IN (SELECT beneficiary_id, organisation_id FROM person WHERE shared))`
    : scopeWhere(scope, organisationIds);
}

/** The `person` CTE: the cohort's outcome rows, one per person, with the columns a query reads besides its keys. */
function personCte(scope: CohortScope, columns: string[] = []) {
  const list = Prisma.raw(["beneficiary_id", "organisation_id", "shared", ...columns].map((column) => `x.${column}`).join(", "));
  const rows = severalOrganisations(scope)
    ? Prisma.sql`SELECT ${list} FROM outcome_person x WHERE ${scopeWhere(scope)} AND NOT x.shared
                 UNION ALL
                 (SELECT DISTINCT ON (x.beneficiary_id) ${list} FROM outcome_person x WHERE ${scopeWhere(scope)} AND x.shared
                  ORDER BY x.beneficiary_id, x.start_on DESC, x.plan_id)`
    : Prisma.sql`SELECT ${list} FROM outcome_person x WHERE ${scopeWhere(scope)}`;
  return Prisma.sql`person AS MATERIALIZED (${rows})`;
}

const QUARTER_LABEL = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY') || '-Q' || extract(quarter FROM ${column})::int`);

type GroupFigures = Pick<RawFigures, "overall" | "byTrack" | "byQuarter"> & { months: MonthCount[] | null };

/** People, share at target and the latest month's median, overall and by track and start quarter; and each month's counts. */
async function groupFigures(scope: CohortScope, window: FigureWindow) {
  const rows = await db.$queryRaw<{ figures: GroupFigures }[]>`
    WITH ${personCte(scope, ["track", "start_on"])},
    recent AS (
      SELECT x.beneficiary_id, bool_or(x.reached) AS at_target,
             sum(x.total_inr) FILTER (WHERE x.month = ${window.lastComplete}::date) AS latest
      FROM outcome_person_month x
      WHERE ${rowWhere(scope)} AND x.month >= ${window.targetFrom}::date AND x.month < ${window.thisMonth}::date
      GROUP BY x.beneficiary_id
    ),
    grouped AS (
      SELECT GROUPING(p.track) AS by_track, GROUPING(p.start_quarter) AS by_quarter,
             coalesce(p.track, p.start_quarter) AS key, count(*)::int AS people,
             count(*) FILTER (WHERE p.at_target)::int AS at_target,
             count(*) FILTER (WHERE p.counted_latest)::int AS counted,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY p.latest) FILTER (WHERE p.counted_latest) AS median_latest
      FROM (
        SELECT c.track::text AS track, ${QUARTER_LABEL("c.start_on")} AS start_quarter, c.start_on < ${window.thisMonth}::date AS counted_latest,
               coalesce(r.at_target, false) AS at_target, coalesce(r.latest, 0) AS latest
        FROM person c LEFT JOIN recent r ON r.beneficiary_id = c.beneficiary_id
      ) p
      GROUP BY GROUPING SETS ((), (p.track), (p.start_quarter))
    ),
    starts AS MATERIALIZED (
      SELECT date_trunc('month', start_on)::date AS month, count(*) AS people FROM person GROUP BY 1
    ),
    series (month) AS (VALUES ${Prisma.join(window.months.map((month) => Prisma.sql`(${`${month}-01`}::date)`))}),
    months AS (
      SELECT to_char(s.month, 'YYYY-MM') AS month,
             (SELECT coalesce(sum(t.people), 0) FROM starts t WHERE t.month <= s.month)::int AS people,
             (SELECT count(*) FROM outcome_person_month x WHERE ${rowWhere(scope)} AND x.month = s.month AND x.total_inr > 0)::int AS nonzero_total,
             (SELECT count(*) FROM outcome_person_month x WHERE ${rowWhere(scope)} AND x.month = s.month AND x.shop_inr > 0)::int AS nonzero_shop
      FROM series s
    )
    SELECT json_build_object(
      'overall', (SELECT json_build_object('key', NULL, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest)
                  FROM grouped WHERE by_track = 1 AND by_quarter = 1),
      'byTrack', (SELECT json_agg(json_build_object('key', key, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest) ORDER BY key)
                  FROM grouped WHERE by_track = 0),
      'byQuarter', (SELECT json_agg(json_build_object('key', key, 'people', people, 'atTarget', at_target, 'counted', counted, 'medianLatest', median_latest) ORDER BY key)
                    FROM grouped WHERE by_quarter = 0),
      'months', (SELECT json_agg(json_build_object('month', month, 'people', people, 'nonzeroTotal', nonzero_total, 'nonzeroShop', nonzero_shop) ORDER BY month) FROM months)
    ) AS figures`;
  return rows[0]!.figures;
}

/** Mean scores per quarter: each person's mean of the quarter, averaged over the people assessed. */
async function scoreFigures(scope: CohortScope, window: FigureWindow) {
  const rows = await db.$queryRaw<{ scores: RawFigures["scores"] }[]>`
    WITH ${personCte(scope)},
    assessed AS (
      SELECT x.quarter, count(*)::int AS people,
             avg(x.economic_sum / x.assessments) AS economic, avg(x.social_sum / x.assessments) AS social,
             avg(x.psychosocial_sum / x.assessments) AS psychosocial, avg(x.composite_sum / x.assessments) AS composite
      FROM outcome_person_quarter x
      WHERE ${rowWhere(scope)} AND x.quarter >= ${window.firstQuarter}::date
      GROUP BY x.quarter
    )
    SELECT json_agg(json_build_object('quarter', ${QUARTER_LABEL("quarter")}, 'people', people, 'economic', economic::float8, 'social', social::float8,
                    'psychosocial', psychosocial::float8, 'composite', composite::float8) ORDER BY quarter) AS scores
    FROM assessed`;
  return rows[0]!.scores;
}

const PLAN_COLUMNS = ["enrolments", "completed", "claims", "claimed_inr", "awarded_inr", "disbursed_inr", "milestone_mask", "milestone_met"];

/** Training, compensation and milestones, summed over the people; a milestone counts those whose plan has it, and has it met. */
async function planFigures(scope: CohortScope): Promise<Pick<RawFigures, "training" | "compensation" | "milestones">> {
  const bitCounts = MILESTONE_KEYS.map(
    (_, bit) => Prisma.raw(`count(*) FILTER (WHERE milestone_mask & ${2 ** bit} <> 0), count(*) FILTER (WHERE milestone_met & ${2 ** bit} <> 0)`)
  );
  const rows = await db.$queryRaw<{ figures: Pick<RawFigures, "training" | "compensation"> & { milestones: number[] } }[]>`
    WITH ${personCte(scope, PLAN_COLUMNS)}
    SELECT json_build_object(
      'training', json_build_object('enrolments', coalesce(sum(enrolments), 0), 'completed', coalesce(sum(completed), 0),
                                    'people', count(*) FILTER (WHERE enrolments > 0)),
      'compensation', json_build_object('claims', coalesce(sum(claims), 0), 'claimed', coalesce(sum(claimed_inr), 0), 'awarded', coalesce(sum(awarded_inr), 0),
                                        'disbursed', coalesce(sum(disbursed_inr), 0), 'people', count(*) FILTER (WHERE claims > 0)),
      'milestones', json_build_array(${Prisma.join(bitCounts)})
    ) AS figures
    FROM person`;
  const { training, compensation, milestones: counts } = rows[0]!.figures;
  const milestones = MILESTONE_KEYS.map((entry, bit) => ({ ...entry, planned: counts[2 * bit]!, met: counts[2 * bit + 1]! }))
    .filter((row) => row.planned > 0)
    .sort((a, b) => Number(b.byRule) - Number(a.byRule) || (a.key < b.key ? -1 : 1));
  return { training, compensation, milestones: milestones.length ? milestones : null };
}

/**
 * The two nonzero values each month's median may need, read by position: one ordered index scan per
 * organisation, merged in order, so that no month is sorted.
 */
async function medianPairs(scope: CohortScope, months: MonthCount[], column: "total_inr" | "shop_inr") {
  const wanted = months
    .map((row) => ({ month: row.month, nonzero: column === "total_inr" ? row.nonzeroTotal : row.nonzeroShop, people: row.people }))
    .filter((row) => row.people > 0 && row.nonzero > 0);
  if (!wanted.length) return new Map<string, number[]>();
  const value = Prisma.raw(`x.${column}`);
  const branches = scope.organisationIds.map(
    (id) => Prisma.sql`(SELECT ${value} AS value FROM outcome_person_month x
                        WHERE ${rowWhere(scope, [id])} AND x.month = (w.month || '-01')::date AND ${value} > 0 ORDER BY ${value})`
  );
  const rows = await db.$queryRaw<{ month: string; pair: string[] | null }[]>`
    ${severalOrganisations(scope) ? Prisma.sql`WITH ${personCte(scope)}` : Prisma.empty}
    SELECT w.month, (
      SELECT array_agg(y.value ORDER BY y.value)::text[]
      FROM (SELECT b.value FROM (${Prisma.join(branches, " UNION ALL ")}) b ORDER BY b.value OFFSET w.skip LIMIT 2) y
    ) AS pair
    FROM (VALUES ${Prisma.join(wanted.map((row) => Prisma.sql`(${row.month}, ${medianOffset(row.people, row.nonzero)}::int)`))}) AS w (month, skip)`;
  return new Map(rows.map((row) => [row.month, (row.pair ?? []).map(Number)]));
}

/** The figures' parts run side by side (each on its own connection on PostgreSQL). */
export async function rawFigures(scope: CohortScope, window: FigureWindow): Promise<RawFigures> {
  const [groups, scores, plans] = await Promise.all([groupFigures(scope, window), scoreFigures(scope, window), planFigures(scope)]);
  const months = groups.months ?? [];
  const [totals, shops] = await Promise.all([medianPairs(scope, months, "total_inr"), medianPairs(scope, months, "shop_inr")]);
  return {
    ...groups,
    ...plans,
    scores,
    months: months.map((row) => ({
      month: row.month,
      people: row.people,
      medianTotal: medianWithZeros(row.people, row.nonzeroTotal, totals.get(row.month) ?? []),
      medianShop: medianWithZeros(row.people, row.nonzeroShop, shops.get(row.month) ?? []),
    })),
  };
}
