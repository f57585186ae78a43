import { z } from "zod";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import { LIVELIHOOD_TRACKS, type LivelihoodTrack } from "./vocabulary";

/**
 * Whose outcomes a supervisor or coordinator sees: the people with a reintegration plan in cases led by
 * her organisations (those where she holds read:outcomes:org), narrowed by the filters she chose.
 */

export interface OutcomeFilters {
  organisationId?: string | null;
  track?: string | null;
  quarter?: string | null;
}

export interface CohortScope {
  organisationIds: string[];
  track: LivelihoodTrack | null;
  /** "2026-Q1" and its days [from, to). */
  quarter: { key: string; from: string; to: string } | null;
}

/** A filter value that was not understood (or not allowed) and was left out, so the page can say so. */
export type FilterProblem = "organisation" | "track" | "quarter";

export interface OutcomeOrganisation {
  id: string;
  name: string;
}

/** The organisations whose cohorts the user may see. */
export function outcomeOrganisations(user: SessionUser): OutcomeOrganisation[] {
  const seen = new Map<string, string>();
  for (const membership of user.memberships)
    if (roleGrants(membership.role, "read:outcomes:org")) seen.set(membership.organisationId, membership.organisationName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const QuarterSchema = z.string().regex(/^(20\d{2})-Q([1-4])$/);
const TrackSchema = z.enum(LIVELIHOOD_TRACKS);

/** "2026-Q1" → its first day and the first day of the next quarter, or null when not a quarter. */
export function parseQuarter(text: string) {
  const parsed = QuarterSchema.safeParse(text);
  if (!parsed.success) return null;
  const year = Number(text.slice(0, 4));
  const quarter = Number(text.slice(6));
  const day = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return { key: text, from: day(year, (quarter - 1) * 3), to: day(year, quarter * 3) };
}

/** The quarter ("2026-Q1") a day ("YYYY-MM-DD") falls in. */
export function quarterOf(day: string) {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The last `count` quarters up to the one of `today`, newest first: the choices of the filter. */
export function recentQuarters(count: number, today: string) {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 4 + quarter - i;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === "";

/** The cohort the filters describe, within the user's organisations; filters that do not hold are dropped and named. */
export function cohortScope(user: SessionUser, filters: OutcomeFilters): { scope: CohortScope; problems: FilterProblem[] } {
  const organisations = outcomeOrganisations(user).map((org) => org.id);
  const problems: FilterProblem[] = [];
  let organisationIds = organisations;
  if (!blank(filters.organisationId)) {
    if (organisations.includes(filters.organisationId!.trim())) organisationIds = [filters.organisationId!.trim()];
    else problems.push("organisation");
  }
  let track: LivelihoodTrack | null = null;
  if (!blank(filters.track)) {
    const parsed = TrackSchema.safeParse(filters.track!.trim());
    if (parsed.success) track = parsed.data;
    else problems.push("track");
  }
  let quarter: CohortScope["quarter"] = null;
  if (!blank(filters.quarter)) {
    quarter = parseQuarter(filters.quarter!.trim());
    if (!quarter) problems.push("quarter");
  }
  return { scope: { organisationIds, track, quarter }, problems };
}
