import { db } from "~/lib/db.server";
import { dayText } from "~/modules/cases/case-dates";
import { HEARING_ALERT_DAYS, LOW_INCOME_SHARE, NO_CONTACT_DAYS } from "./alert-kinds";

/**
 * The SQL behind the alerts: one query per kind over a whole caseload (case ids), each returning only the
 * cases that alert. `today` is the care calendar's day, "YYYY-MM-DD".
 */

/** Open milestones of the cases' plans whose due day has passed: the oldest due day and how many, per case. */
export async function overdueMilestones(caseIds: string[], today: string) {
  const rows = await db.$queryRaw<{ case_id: string; due_on: Date; count: number }[]>`
    SELECT p.case_id, MIN(m.due_on) AS due_on, COUNT(*)::int AS count
    FROM reintegration_plan p
    JOIN milestone m ON m.plan_id = p.id
    WHERE p.case_id = ANY(${caseIds}::uuid[]) AND m.met_on IS NULL AND m.due_on < ${today}::date
    GROUP BY p.case_id
    ORDER BY MIN(m.due_on), p.case_id`;
  return rows.map((row) => ({ caseId: row.case_id, dueOn: dayText(row.due_on), count: row.count }));
}

/**
 * Cases whose person earned (all sources together; no row counts as nothing) below LOW_INCOME_SHARE of
 * the plan's target in both `months` (first days, oldest first), for plans started before them.
 */
export async function lowIncome(caseIds: string[], months: [string, string]) {
  const [earlier, later] = months;
  const rows = await db.$queryRaw<{ case_id: string; target: number; earlier: bigint; later: bigint }[]>`
    SELECT p.case_id, p.target_monthly_income_inr AS target, e.total AS earlier, l.total AS later
    FROM reintegration_plan p
    JOIN care_case c ON c.id = p.case_id
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(i.amount_inr), 0)::bigint AS total FROM income_record i WHERE i.beneficiary_id = c.beneficiary_id AND i.month = ${earlier}::date
    ) e
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(i.amount_inr), 0)::bigint AS total FROM income_record i WHERE i.beneficiary_id = c.beneficiary_id AND i.month = ${later}::date
    ) l
    WHERE p.case_id = ANY(${caseIds}::uuid[]) AND p.start_on < ${earlier}::date AND p.target_monthly_income_inr > 0
      AND e.total < p.target_monthly_income_inr * ${LOW_INCOME_SHARE}::numeric
      AND l.total < p.target_monthly_income_inr * ${LOW_INCOME_SHARE}::numeric
    ORDER BY p.case_id`;
  return rows.map((row) => ({ caseId: row.case_id, target: row.target, amounts: [Number(row.earlier), Number(row.later)] as [number, number] }));
}

/** Contact is the case opened, a stage change, a service or a note on the timeline, or an assessment of the person. */
const CONTACT_EVENT_KINDS = ["opened", "stage_changed", "service", "note"];

/** Cases with no contact for NO_CONTACT_DAYS days or more, with the last contact's day (the case's opening without any). */
export async function withoutContact(caseIds: string[], today: string) {
  const rows = await db.$queryRaw<{ case_id: string; last_contact: Date; days: number }[]>`
    SELECT case_id, last_contact, (${today}::date - last_contact)::int AS days
    FROM (
      SELECT c.id AS case_id,
             COALESCE(GREATEST(e.last_event, a.last_assessment), (c.created_at AT TIME ZONE 'UTC' + interval '330 minutes')::date) AS last_contact
      FROM care_case c
      LEFT JOIN LATERAL (
        SELECT MAX(ev.occurred_on) AS last_event FROM case_event ev
        WHERE ev.case_id = c.id AND ev.kind::text = ANY(${CONTACT_EVENT_KINDS}::text[])
      ) e ON true
      LEFT JOIN LATERAL (SELECT MAX(s.assessed_on) AS last_assessment FROM assessment s WHERE s.beneficiary_id = c.beneficiary_id) a ON true
      WHERE c.id = ANY(${caseIds}::uuid[])
    ) latest
    WHERE last_contact <= ${today}::date - ${NO_CONTACT_DAYS}::int
    ORDER BY last_contact, case_id`;
  return rows.map((row) => ({ caseId: row.case_id, lastContactOn: dayText(row.last_contact), days: row.days }));
}

/** Hearings of unfinished claims within HEARING_ALERT_DAYS days from today (today included), soonest first. */
export async function hearingsSoon(caseIds: string[], today: string) {
  const rows = await db.$queryRaw<{ claim_id: string; case_id: string; hearing_on: Date }[]>`
    SELECT cl.id AS claim_id, cl.case_id, cl.next_hearing_on AS hearing_on
    FROM compensation_claim cl
    WHERE cl.case_id = ANY(${caseIds}::uuid[])
      AND cl.next_hearing_on BETWEEN ${today}::date AND ${today}::date + ${HEARING_ALERT_DAYS}::int
      AND cl.status NOT IN ('disbursed', 'rejected')
    ORDER BY cl.next_hearing_on, cl.id`;
  return rows.map((row) => ({ claimId: row.claim_id, caseId: row.case_id, hearingOn: dayText(row.hearing_on) }));
}
