import type { CaseStage, ReferralStatus, ServiceKind } from "./vocabulary";

/** One entry of a case's timeline as the page receives it (browser-safe; built by case-timeline.server.ts). */
export type CaseEventKind =
  | "opened"
  | "stage_changed"
  | "service"
  | "note"
  | "assigned"
  | "close_requested"
  | "close_approved"
  | "close_rejected"
  | "referral_sent"
  | "referral_answered"
  | "transferred";

export interface TimelineEntry {
  id: string;
  kind: CaseEventKind;
  occurredOn: string;
  recordedAt: string;
  actorName: string | null;
  organisationName: string | null;
  fromStage: CaseStage | null;
  toStage: CaseStage | null;
  service: ServiceKind | null;
  /** How a contact with the person was made ("note" events recorded as contacts). */
  contactMethod: "home_visit" | "phone_call" | "office_meeting" | "other" | null;
  checklist: { checked: string[]; unchecked: string[] } | null;
  notes: string | null;
  /** There are notes, and this reader may not see them. */
  notesWithheld: boolean;
  assignedToName: string | null;
  referral: { id: string; kind: "service" | "transfer"; status: ReferralStatus; service: ServiceKind | null; from: string; to: string } | null;
}
