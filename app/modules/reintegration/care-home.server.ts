import { db } from "~/lib/db.server";
import { dayText } from "~/modules/cases/case-dates";
import { OPEN_STAGES } from "~/modules/cases/vocabulary";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { CaseloadDashboard } from "./alert-kinds";
import { alertsFor } from "./alerts.server";
import { caseloadWhere, supervisedOrganisations } from "./caseload.server";

export type { CaseloadDashboard } from "./alert-kinds";

/** The caseworker's dashboard on the care home: her caseload by stage, its alerts and its recent activity. */

export const RECENT_ACTIVITY = 10;

/** Null for users outside a case team (partners, auditors): they have no caseload. */
export async function caseloadDashboard(user: SessionUser, now = new Date()): Promise<CaseloadDashboard | null> {
  const supervised = supervisedOrganisations(user);
  if (!supervised.length && !user.memberships.some((m) => roleGrants(m.role, "manage:case:own") && !roleGrants(m.role, "read:beneficiary:any"))) return null;
  const where = await caseloadWhere(user);
  const [stages, alerts, events] = await Promise.all([
    db.careCase.groupBy({ by: ["stage"], where, _count: { _all: true } }),
    alertsFor(user, { now, caseload: where }),
    db.caseEvent.findMany({
      where: { case: where },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: RECENT_ACTIVITY,
      select: { id: true, kind: true, caseId: true, occurredOn: true, case: { select: { beneficiary: { select: { code: true } } } } },
    }),
  ]);
  const counts = new Map(stages.map((row) => [row.stage, row._count._all]));
  return {
    view: supervised.length ? "organisation" : "mine",
    byStage: OPEN_STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 })),
    alerts,
    recent: events.map((event) => ({ id: event.id, kind: event.kind, caseId: event.caseId, code: event.case.beneficiary.code, occurredOn: dayText(event.occurredOn) })),
  };
}
