import type { Prisma } from "~/generated/prisma/client";
import { careToday } from "~/modules/cases/case-dates";
import type { SessionUser } from "~/modules/identity/index.server";
import { ALERT_KINDS, type Alert, type AlertGroup, type AlertKind, type Alerts } from "./alert-kinds";
import { hearingsSoon, lowIncome, overdueMilestones, withoutContact } from "./alert-queries.server";
import { scoreDropsAmong, type ScoreDrop } from "./assessments-view.server";
import { caseloadCases, caseloadWhere, CASELOAD_LIMIT, codesOfCases, type CaseloadCase } from "./caseload.server";

export type { Alerts } from "./alert-kinds";

/**
 * The warning signs of re-trafficking in the user's caseload (caseload.server.ts): a fixed handful of
 * queries over the whole caseload, whatever its size. Alerts name cases by the person's code only.
 */

export interface AlertsOptions {
  now?: Date;
  /** Alerts kept per kind (the group's total counts them all). */
  perKind?: number;
  /** Cases looked at, at most (for supervisors of large organisations). */
  caseloadLimit?: number;
  /** The user's caseload filter, when the caller has it already (caseloadWhere). */
  caseload?: Prisma.CareCaseWhereInput;
}

export const ALERTS_PER_KIND = 50;

/** The first days ("YYYY-MM-DD") of the last two complete months before today's, oldest first. */
export function lastCompleteMonths(today: string): [string, string] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = (offset: number) => new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 10);
  return [first(-2), first(-1)];
}

/** An alert before the person's code is known: codes are looked up only for the alerts kept. */
type Found<K extends AlertKind = AlertKind> = K extends AlertKind ? Omit<Extract<Alert, { kind: K }>, "code"> : never;

export async function alertsFor(user: SessionUser, options: AlertsOptions = {}): Promise<Alerts> {
  const today = careToday(options.now);
  const { cases, truncated } = await caseloadCases(options.caseload ?? (await caseloadWhere(user)), options.caseloadLimit ?? CASELOAD_LIMIT);
  if (!cases.length) return { groups: [], total: 0, caseloadSize: 0, truncated };
  const caseIds = cases.map((c) => c.id);
  const months = lastCompleteMonths(today);
  const [overdue, income, silent, hearings, drops] = await Promise.all([
    overdueMilestones(caseIds, today),
    lowIncome(caseIds, months),
    withoutContact(caseIds, today),
    hearingsSoon(caseIds, today),
    scoreDropsAmong(cases.map((c) => c.beneficiaryId)),
  ]);
  const found: Record<AlertKind, Found[]> = {
    overdue_milestone: overdue.map((row) => ({ kind: "overdue_milestone", caseId: row.caseId, link: `/care/cases/${row.caseId}/reintegration`, dueOn: row.dueOn, count: row.count })),
    low_income: income.map((row) => ({
      kind: "low_income",
      caseId: row.caseId,
      link: `/care/cases/${row.caseId}/reintegration`,
      months: [months[0].slice(0, 7), months[1].slice(0, 7)],
      amounts: row.amounts,
      target: row.target,
    })),
    no_contact: silent.map((row) => ({ kind: "no_contact", caseId: row.caseId, link: `/care/cases/${row.caseId}`, lastContactOn: row.lastContactOn, days: row.days })),
    hearing_soon: hearings.map((row) => ({ kind: "hearing_soon", caseId: row.caseId, link: `/care/cases/${row.caseId}/claims/${row.claimId}`, claimId: row.claimId, hearingOn: row.hearingOn })),
    // The link is completed with the code below.
    score_drop: dropsOnce(cases, drops).map(({ caseId, drop }) => ({ kind: "score_drop", caseId, link: "/care/beneficiaries", ...drop })),
  };
  const perKind = options.perKind ?? ALERTS_PER_KIND;
  const kept = ALERT_KINDS.filter((kind) => found[kind].length).map((kind) => ({ kind, total: found[kind].length, alerts: found[kind].slice(0, perKind) }));
  const codes = await codesOfCases(kept.flatMap((group) => group.alerts.map((alert) => alert.caseId)));
  const groups = kept.map((group) => ({
    ...group,
    alerts: group.alerts.map((alert) => {
      const code = codes.get(alert.caseId)!;
      return alert.kind === "score_drop" ? { ...alert, code, link: `/care/beneficiaries/${code}/assessments` } : { ...alert, code };
    }),
  })) as AlertGroup[];
  return { groups, total: groups.reduce((sum, group) => sum + group.total, 0), caseloadSize: cases.length, truncated };
}

/** A drop is the person's: it shows once, on the first of her cases in the caseload. */
function dropsOnce(cases: CaseloadCase[], drops: Map<string, ScoreDrop>) {
  const shown = new Set<string>();
  const result: { caseId: string; drop: { from: number; to: number; on: string } }[] = [];
  for (const item of cases) {
    const drop = drops.get(item.beneficiaryId);
    if (!drop || shown.has(item.beneficiaryId)) continue;
    shown.add(item.beneficiaryId);
    result.push({ caseId: item.id, drop });
  }
  return result;
}
