import { db } from "~/lib/db.server";
import { refreshOutcomePeople } from "./outcome-people.server";
import type { CohortScope } from "./outcomes-cohort.server";
import { rawFigures, type FigureWindow, type RawFigures } from "./outcomes-figures.server";

/**
 * The cohort figures are costly for a large organisation (seconds over tens of thousands of people), so
 * they are kept per scope and day and reused while no data behind them changed. Triggers raise an
 * organisation's version on every write to its cases, plans, milestones, income, enrolments, claims and
 * assessments (migration outcome_snapshots), so a snapshot is never stale: the first view after a change
 * computes afresh. See docs/decisions/0014-outcome-snapshots.md.
 */

/** Snapshots of earlier days are of no further use. */
const KEEP_DAYS = 2;

/** The window of figures follows from the day, so scope and day name a snapshot. */
export function snapshotKey(scope: CohortScope, today: string) {
  return ["v1", [...scope.organisationIds].sort().join(","), scope.track ?? "*", scope.quarter?.key ?? "*", today].join("|");
}

async function currentVersions(organisationIds: string[]) {
  const rows = await db.outcomeDataVersion.findMany({ where: { organisationId: { in: organisationIds } }, select: { organisationId: true, version: true } });
  const known = new Map(rows.map((row) => [row.organisationId, row.version.toString()]));
  return Object.fromEntries([...organisationIds].sort().map((id) => [id, known.get(id) ?? "0"]));
}

const sameVersions = (a: unknown, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);

/** The cohort's raw figures: the stored snapshot when its organisations' data has not changed since, else computed and stored. */
export async function snapshotFigures(scope: CohortScope, window: FigureWindow, today: string): Promise<RawFigures> {
  const key = snapshotKey(scope, today);
  // Read before computing: a change made while computing leaves an older version here, so the next view recomputes.
  const versions = await currentVersions(scope.organisationIds);
  const stored = await db.outcomeSnapshot.findUnique({ where: { key } });
  if (stored && sameVersions(stored.versions, versions)) return stored.figures as unknown as RawFigures;
  await refreshOutcomePeople();
  const figures = await rawFigures(scope, window);
  const data = { versions, figures: figures as object, computedAt: new Date() };
  await db.outcomeSnapshot.upsert({ where: { key }, create: { key, ...data }, update: data });
  await db.outcomeSnapshot.deleteMany({ where: { computedAt: { lt: new Date(Date.now() - KEEP_DAYS * 86_400_000) } } });
  return figures;
}
