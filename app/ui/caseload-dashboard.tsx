import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/lib/money";
import type { Alert, AlertGroup } from "~/modules/reintegration/alert-kinds";
import type { CaseloadDashboard as Dashboard } from "~/modules/reintegration/alert-kinds";
import { formatDate } from "./format";
import { monthName } from "./month-format";

/** The caseworker's dashboard on the care home: caseload by stage, alerts by kind, recent activity. Codes only, never identity. */
export function CaseloadDashboard({ dashboard }: { dashboard: Dashboard }) {
  return (
    <>
      <CaseloadByStage dashboard={dashboard} />
      <AlertList dashboard={dashboard} />
      <RecentActivity recent={dashboard.recent} />
    </>
  );
}

function CaseloadByStage({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation(["careAlerts", "care"]);
  return (
    <section aria-labelledby="caseload-title" className="space-y-2">
      <h2 id="caseload-title" className="text-lg font-semibold">
        {t(dashboard.view === "mine" ? "careAlerts:caseload.titleMine" : "careAlerts:caseload.titleOrganisation")}
      </h2>
      <table className="w-full max-w-md border-collapse rounded-md border border-stone-300 bg-white text-left">
        <caption className="sr-only">{t("careAlerts:caseload.caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">
              {t("careAlerts:caseload.stage")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("careAlerts:caseload.cases")}
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.byStage.map(({ stage, count }) => (
            <tr key={stage} className="border-t border-stone-200">
              <th scope="row" className="p-2 font-normal">
                <Link to={`/care/cases?view=${dashboard.view}&stage=${stage}`}>{t(`care:stages.${stage}`)}</Link>
              </th>
              <td className="p-2 text-right tabular-nums">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AlertList({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation("careAlerts");
  const { alerts } = dashboard;
  return (
    <section aria-labelledby="alerts-title" className="space-y-3">
      <h2 id="alerts-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("intro")}</p>
      {alerts.truncated ? <p className="text-stone-700">{t("truncated", { count: alerts.caseloadSize })}</p> : null}
      {alerts.groups.length ? (
        <>
          <ul className="flex flex-wrap gap-2" aria-label={t("summary")}>
            {alerts.groups.map((group) => (
              <li key={group.kind}>
                <a href={`#alerts-${group.kind}`} className="inline-block rounded-full border border-red-700 bg-red-50 px-3 py-1 text-red-900 no-underline">
                  {t(`kinds.${group.kind}` as never)}: <span className="font-bold tabular-nums">{group.total}</span>
                </a>
              </li>
            ))}
          </ul>
          {alerts.groups.map((group) => (
            <AlertGroupList key={group.kind} group={group} />
          ))}
        </>
      ) : (
        <p className="rounded-md border border-stone-300 bg-white p-3">{t("empty")}</p>
      )}
    </section>
  );
}

function AlertGroupList({ group }: { group: AlertGroup }) {
  const { t } = useTranslation("careAlerts");
  return (
    <section aria-labelledby={`alerts-${group.kind}`} className="space-y-1">
      <h3 id={`alerts-${group.kind}`} className="font-semibold">
        {t(`kinds.${group.kind}` as never)} ({group.total})
      </h3>
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
        {group.alerts.map((alert) => (
          <li key={`${alert.kind}-${alert.caseId}-${alert.kind === "hearing_soon" ? alert.claimId : ""}`} className="p-3">
            <Link to={alert.link} className="font-semibold">
              {alert.code}
            </Link>{" "}
            <AlertFact alert={alert} />
          </li>
        ))}
      </ul>
      {group.total > group.alerts.length ? <p className="text-sm text-stone-700">{t("more", { count: group.total - group.alerts.length })}</p> : null}
    </section>
  );
}

function AlertFact({ alert }: { alert: Alert }) {
  const { t, i18n } = useTranslation("careAlerts");
  const date = (value: string) => formatDate(value, i18n.language);
  const money = (paise: number) => formatMoney(paise, "INR", i18n.language);
  switch (alert.kind) {
    case "overdue_milestone":
      return <span>{t("facts.overdue_milestone", { count: alert.count, date: date(alert.dueOn) })}</span>;
    case "low_income":
      return (
        <span>
          {t("facts.low_income", {
            firstMonth: monthName(alert.months[0], i18n.language),
            first: money(alert.amounts[0]),
            secondMonth: monthName(alert.months[1], i18n.language),
            second: money(alert.amounts[1]),
            target: money(alert.target),
          })}
        </span>
      );
    case "no_contact":
      return <span>{t("facts.no_contact", { count: alert.days, date: date(alert.lastContactOn) })}</span>;
    case "hearing_soon":
      return <span>{t("facts.hearing_soon", { date: date(alert.hearingOn) })}</span>;
    case "score_drop":
      return <span>{t("facts.score_drop", { from: alert.from.toFixed(2), to: alert.to.toFixed(2), date: date(alert.on) })}</span>;
  }
}

function RecentActivity({ recent }: { recent: Dashboard["recent"] }) {
  const { t, i18n } = useTranslation("careAlerts");
  return (
    <section aria-labelledby="recent-title" className="space-y-2">
      <h2 id="recent-title" className="text-lg font-semibold">
        {t("recent.title")}
      </h2>
      {recent.length ? (
        <table className="w-full border-collapse rounded-md border border-stone-300 bg-white text-left">
          <caption className="sr-only">{t("recent.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">
                {t("recent.date")}
              </th>
              <th scope="col" className="p-2">
                {t("recent.case")}
              </th>
              <th scope="col" className="p-2">
                {t("recent.what")}
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((event) => (
              <tr key={event.id} className="border-t border-stone-200">
                <td className="p-2">
                  <time dateTime={event.occurredOn}>{formatDate(event.occurredOn, i18n.language)}</time>
                </td>
                <th scope="row" className="p-2 font-normal">
                  <Link to={`/care/cases/${event.caseId}`}>{event.code}</Link>
                </th>
                <td className="p-2">{t(`recent.kinds.${event.kind}` as never)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-stone-700">{t("recent.empty")}</p>
      )}
    </section>
  );
}
