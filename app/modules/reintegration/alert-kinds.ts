import type { CaseEventKind } from "~/modules/cases/case-timeline-entry";
import type { CaseStage } from "~/modules/cases/vocabulary";

/** The warning signs of re-trafficking shown on the care home (browser-safe types; built by alerts.server.ts). */

export const ALERT_KINDS = ["overdue_milestone", "low_income", "no_contact", "hearing_soon", "score_drop"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Income below this share of the plan's target, two complete months running, is a warning sign. */
export const LOW_INCOME_SHARE = 0.5;
/** Days without a recorded contact before the case shows. */
export const NO_CONTACT_DAYS = 60;
/** Hearings this many days ahead (today included) show. */
export const HEARING_ALERT_DAYS = 14;

interface AlertBase {
  caseId: string;
  /** The person's pseudonymous code: never her identity. */
  code: string;
  /** The record to open. */
  link: string;
}

export type Alert =
  | (AlertBase & { kind: "overdue_milestone"; /** The oldest due day missed, YYYY-MM-DD. */ dueOn: string; count: number })
  | (AlertBase & { kind: "low_income"; /** The two complete months, "YYYY-MM", oldest first, with the income of each (paise). */ months: [string, string]; amounts: [number, number]; target: number })
  | (AlertBase & { kind: "no_contact"; lastContactOn: string; days: number })
  | (AlertBase & { kind: "hearing_soon"; claimId: string; hearingOn: string })
  | (AlertBase & { kind: "score_drop"; from: number; to: number; on: string });

export interface AlertGroup<K extends AlertKind = AlertKind> {
  kind: K;
  /** All alerts of this kind in the caseload; `alerts` may hold fewer (the first ones). */
  total: number;
  alerts: Extract<Alert, { kind: K }>[];
}

export interface Alerts {
  groups: AlertGroup[];
  /** How many alerts in all. */
  total: number;
  caseloadSize: number;
  /** The caseload was larger than the limit: only its first cases were looked at. */
  truncated: boolean;
}

/** The caseworker's dashboard on the care home (built by care-home.server.ts). */
export interface CaseloadDashboard {
  /** "mine" for a caseworker's own cases, "organisation" when the user follows her organisations' cases. */
  view: "mine" | "organisation";
  byStage: { stage: Exclude<CaseStage, "closed">; count: number }[];
  alerts: Alerts;
  /** The latest timeline entries of the caseload: what happened, on which case, when (no notes, no names). */
  recent: { id: string; kind: CaseEventKind; caseId: string; code: string; occurredOn: string }[];
}
