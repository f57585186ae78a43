import { db } from "~/lib/db.server";
import { dayText } from "~/modules/cases/case-dates";
import { isScoreDrop, SCORE_DROP } from "./assessment-scoring";

/** The person's assessments over time, and the alert when the latest composite score fell. */

export interface AssessmentPoint {
  id: string;
  assessedOn: string;
  economic: number;
  social: number;
  psychosocial: number;
  composite: number;
  /** The previous composite score, when this one is lower by 0.1 or more. */
  droppedFrom: number | null;
}

export interface ScoreDrop {
  from: number;
  to: number;
  /** The day of the assessment that showed the fall, YYYY-MM-DD. */
  on: string;
}

const ORDER = [{ assessedOn: "asc" as const }, { createdAt: "asc" as const }];

/** Oldest first. */
export async function assessmentTrajectory(beneficiaryId: string): Promise<AssessmentPoint[]> {
  const rows = await db.assessment.findMany({ where: { beneficiaryId }, orderBy: ORDER });
  return rows.map((row, index) => {
    const composite = Number(row.compositeScore);
    const previous = index > 0 ? Number(rows[index - 1]!.compositeScore) : null;
    return {
      id: row.id,
      assessedOn: row.assessedOn.toISOString().slice(0, 10),
      economic: Number(row.economicScore),
      social: Number(row.socialScore),
      psychosocial: Number(row.psychosocialScore),
      composite,
      droppedFrom: previous !== null && isScoreDrop(previous, composite) ? previous : null,
    };
  });
}

/** The fall of the composite score from the previous assessment to the latest, when it is 0.1 or more. */
export async function latestScoreDrop(beneficiaryId: string): Promise<ScoreDrop | null> {
  const [latest, previous] = await db.assessment.findMany({
    where: { beneficiaryId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    take: 2,
    select: { assessedOn: true, compositeScore: true },
  });
  return dropBetween(previous, latest);
}

/**
 * latestScoreDrop for many people at once, in one query: each person's latest assessment next to the one
 * before it (LAG over the assessment days). Only those whose latest composite fell by SCORE_DROP or more
 * are in the map; the comparison is on the stored Decimal(4,3) values, so it is exact like isScoreDrop.
 */
export async function scoreDropsAmong(beneficiaryIds: readonly string[]): Promise<Map<string, ScoreDrop>> {
  const ids = [...new Set(beneficiaryIds)];
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ beneficiary_id: string; from_score: number; to_score: number; assessed_on: Date }[]>`
    SELECT beneficiary_id, from_score::float8 AS from_score, to_score::float8 AS to_score, assessed_on
    FROM (
      SELECT a.beneficiary_id, a.assessed_on, a.composite_score AS to_score,
             LAG(a.composite_score) OVER (PARTITION BY a.beneficiary_id ORDER BY a.assessed_on, a.created_at) AS from_score,
             ROW_NUMBER() OVER (PARTITION BY a.beneficiary_id ORDER BY a.assessed_on DESC, a.created_at DESC) AS latest
      FROM assessment a
      WHERE a.beneficiary_id = ANY(${ids}::uuid[])
    ) ranked
    WHERE latest = 1 AND from_score - to_score >= ${SCORE_DROP}::numeric
    ORDER BY beneficiary_id`;
  return new Map(rows.map((row) => [row.beneficiary_id, { from: Number(row.from_score), to: Number(row.to_score), on: dayText(row.assessed_on) }]));
}

type Row = { assessedOn: Date; compositeScore: unknown } | undefined;

function dropBetween(previous: Row, latest: Row): ScoreDrop | null {
  if (!previous || !latest) return null;
  const from = Number(previous.compositeScore);
  const to = Number(latest.compositeScore);
  return isScoreDrop(from, to) ? { from, to, on: latest.assessedOn.toISOString().slice(0, 10) } : null;
}
