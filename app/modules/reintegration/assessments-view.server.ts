import { db } from "~/lib/db.server";
import { isScoreDrop } from "./assessment-scoring";

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

/** latestScoreDrop for many people at once: only those whose latest score dropped are in the map. */
export async function scoreDropsAmong(beneficiaryIds: readonly string[]): Promise<Map<string, ScoreDrop>> {
  const drops = new Map<string, ScoreDrop>();
  const ids = [...new Set(beneficiaryIds)];
  for (let start = 0; start < ids.length; start += 5000) {
    const rows = await db.assessment.findMany({
      where: { beneficiaryId: { in: ids.slice(start, start + 5000) } },
      orderBy: [{ beneficiaryId: "asc" }, { assessedOn: "desc" }, { createdAt: "desc" }],
      select: { beneficiaryId: true, assessedOn: true, compositeScore: true },
    });
    const latestTwo = new Map<string, (typeof rows)[number][]>();
    for (const row of rows) {
      const kept = latestTwo.get(row.beneficiaryId) ?? [];
      if (kept.length < 2) latestTwo.set(row.beneficiaryId, [...kept, row]);
    }
    for (const [beneficiaryId, [latest, previous]] of latestTwo) {
      const drop = dropBetween(previous, latest);
      if (drop) drops.set(beneficiaryId, drop);
    }
  }
  return drops;
}

type Row = { assessedOn: Date; compositeScore: unknown } | undefined;

function dropBetween(previous: Row, latest: Row): ScoreDrop | null {
  if (!previous || !latest) return null;
  const from = Number(previous.compositeScore);
  const to = Number(latest.compositeScore);
  return isScoreDrop(from, to) ? { from, to, on: latest.assessedOn.toISOString().slice(0, 10) } : null;
}
