import { careToday } from "~/modules/cases/case-dates";
import type { SessionUser } from "~/modules/identity/index.server";
import { recentMonths } from "./income.server";
import {
  cohortScope,
  outcomeOrganisations,
  recentQuarters,
  type CohortScope,
  type FilterProblem,
  type OutcomeFilters,
  type OutcomeOrganisation,
} from "./outcomes-cohort.server";
import type { FigureWindow, RawFigures } from "./outcomes-figures.server";
import { snapshotFigures } from "./outcomes-snapshot.server";
import { syncLinkedShopIncome } from "./shop-income.server";
import { hiddenCells, HIDDEN, suppress, type Shown } from "./suppression";

/** Months in the income series, and quarters in the score series (the same 18 months). */
export const OUTCOME_MONTHS = 18;
export const OUTCOME_QUARTERS = 6;
/** How many complete months a person has to reach her target in, to count as at target. */
export const TARGET_MONTHS = 3;

export interface BreakdownRow {
  key: string;
  people: Shown<number>;
  /** Share of the cell's people at target, 0..1. */
  atTarget: Shown<number>;
  /** Median income of the last complete month, among the cell's people whose plan had started. */
  medianLatest: Shown<number>;
}

export interface CohortOutcomes {
  organisations: OutcomeOrganisation[];
  scope: CohortScope;
  problems: FilterProblem[];
  quarters: string[];
  /** The last three complete months ("YYYY-MM", oldest first) the share at target looks at. */
  targetMonths: string[];
  lastComplete: string;
  people: Shown<number>;
  atTarget: Shown<number>;
  months: { month: string; medianTotal: Shown<number>; medianShop: Shown<number> }[];
  training: Shown<{ enrolments: number; completed: number; share: number }>;
  compensation: Shown<{ claims: number; claimed: number; awarded: number; disbursed: number }>;
  scores: { quarter: string; scores: Shown<{ economic: number; social: number; psychosocial: number; composite: number }> }[];
  milestones: { key: string; byRule: boolean; planned: Shown<number>; met: Shown<number> }[];
  byTrack: BreakdownRow[];
  byQuarter: BreakdownRow[];
}

const firstDay = (month: string) => `${month}-01`;

export function figureWindow(today = careToday()): FigureWindow {
  const series = recentMonths(OUTCOME_MONTHS, today).reverse();
  const quarter = recentQuarters(OUTCOME_QUARTERS, today).at(-1)!;
  return {
    months: series,
    firstMonth: firstDay(series[0]!),
    thisMonth: firstDay(series.at(-1)!),
    targetFrom: firstDay(series.at(-1 - TARGET_MONTHS)!),
    lastComplete: firstDay(series.at(-2)!),
    firstQuarter: `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, "0")}-01`,
  };
}

const amount = (value: number | null | undefined) => Math.round(Number(value ?? 0));

function breakdown(rows: RawFigures["byTrack"]): BreakdownRow[] {
  const list = (rows ?? []).filter((row) => row.key !== null);
  const hidden = hiddenCells(list.map((row) => row.people));
  return list.map((row, index) =>
    hidden[index]
      ? { key: row.key!, people: HIDDEN, atTarget: HIDDEN, medianLatest: HIDDEN }
      : {
          key: row.key!,
          people: suppress(row.people, row.people),
          atTarget: suppress(row.atTarget / row.people, row.people),
          medianLatest: suppress(amount(row.medianLatest), row.counted),
        }
  );
}

/**
 * The outcomes of the cohort the filters describe, within the user's organisations (read:outcomes:org),
 * every figure already suppressed when it rests on fewer than 11 people (see suppression.ts).
 */
export async function cohortOutcomes(user: SessionUser, filters: OutcomeFilters, today = careToday()): Promise<CohortOutcomes> {
  const organisations = outcomeOrganisations(user);
  const { scope, problems } = cohortScope(user, filters);
  const window = figureWindow(today);
  const base = {
    organisations,
    scope,
    problems,
    quarters: recentQuarters(12, today),
    targetMonths: window.months.slice(-1 - TARGET_MONTHS, -1),
    lastComplete: window.months.at(-2)!,
  };
  if (!scope.organisationIds.length)
    return { ...base, people: HIDDEN, atTarget: HIDDEN, months: [], training: HIDDEN, compensation: HIDDEN, scores: [], milestones: [], byTrack: [], byQuarter: [] };
  await syncLinkedShopIncome(scope.organisationIds);
  const raw = await snapshotFigures(scope, window, today);
  const people = raw.overall?.people ?? 0;
  const byMonth = new Map((raw.months ?? []).map((row) => [row.month, row]));
  const training = raw.training;
  const compensation = raw.compensation;
  return {
    ...base,
    people: suppress(people, people),
    atTarget: suppress(people ? (raw.overall?.atTarget ?? 0) / people : 0, people),
    months: window.months.map((month) => {
      const row = byMonth.get(month);
      const counted = row?.people ?? 0;
      return { month, medianTotal: suppress(amount(row?.medianTotal), counted), medianShop: suppress(amount(row?.medianShop), counted) };
    }),
    training: suppress(
      { enrolments: training.enrolments, completed: training.completed, share: training.enrolments ? training.completed / training.enrolments : 0 },
      training.people
    ),
    compensation: suppress(
      { claims: compensation.claims, claimed: amount(compensation.claimed), awarded: amount(compensation.awarded), disbursed: amount(compensation.disbursed) },
      compensation.people
    ),
    scores: (raw.scores ?? []).map((row) => ({
      quarter: row.quarter,
      scores: suppress({ economic: row.economic, social: row.social, psychosocial: row.psychosocial, composite: row.composite }, row.people),
    })),
    milestones: milestoneRows(raw.milestones ?? [], people),
    byTrack: breakdown(raw.byTrack),
    byQuarter: breakdown(raw.byQuarter),
  };
}

/** Milestones by rule (decided by data) or kind (ticked), as shares of the cohort; "first shop sale" always has a row. */
function milestoneRows(rows: NonNullable<RawFigures["milestones"]>, people: number) {
  const list = rows.some((row) => row.byRule && row.key === "first_shop_sale")
    ? rows
    : [{ key: "first_shop_sale", byRule: true, planned: 0, met: 0 }, ...rows];
  return list.map((row) => ({
    key: row.key,
    byRule: row.byRule,
    planned: suppress(people ? row.planned / people : 0, people),
    met: suppress(people ? row.met / people : 0, people),
  }));
}
