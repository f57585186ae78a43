import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { caseCounts, countReferralsWaiting, listNotifications } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { caseloadDashboard } from "~/modules/reintegration/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { CaseloadDashboard } from "~/ui/caseload-dashboard";
import { safeRedirectPath } from "~/lib/http.server";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const t = await getTranslator(await getLanguage(request));
  const [counts, referralsWaiting, notifications, dashboard] = await Promise.all([
    caseCounts(user),
    countReferralsWaiting(user),
    listNotifications(user.id, 5),
    caseloadDashboard(user),
  ]);
  return {
    title: t("care:home.title"),
    name: user.name,
    organisations: [...new Set(user.memberships.map((m) => m.organisationName))],
    counts,
    referralsWaiting,
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      params: (n.params ?? {}) as Record<string, string>,
      link: safeRedirectPath(n.link, "/care/notifications"),
      unread: n.readAt === null,
    })),
    canRegister: rolesGrant(user.roles, "create:beneficiary:org"),
    dashboard,
  };
}

function Figure({ to, label, value }: { to: string; label: string; value: number }) {
  return (
    <li>
      <Link to={to} className="block rounded-md border border-stone-300 bg-white p-4 no-underline hover:border-brand-700">
        <span className="block text-3xl font-bold text-stone-900">{value}</span>
        <span className="text-stone-800">{label}</span>
      </Link>
    </li>
  );
}

export default function CareHome() {
  const { t } = useTranslation("care");
  const { name, organisations, counts, referralsWaiting, notifications, canRegister, dashboard } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("home.title")}
        description={t("home.intro", { name, organisations: organisations.join(", ") })}
        actions={
          canRegister ? (
            <Link to="/care/beneficiaries/new" className={buttonClass.primary}>
              {t("home.register")}
            </Link>
          ) : null
        }
      />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Figure to="/care/cases?view=mine" label={t("home.myCases")} value={counts.mine} />
        <Figure to="/care/cases?view=organisation" label={t("home.orgCases")} value={counts.organisation} />
        <Figure to="/care/cases?overdue=1" label={t("home.overdue")} value={counts.overdue} />
        <Figure to="/care/referrals?status=pending" label={t("home.referralsWaiting")} value={referralsWaiting} />
        {counts.closeRequests !== null ? <Figure to="/care/cases?view=organisation" label={t("home.closeRequests")} value={counts.closeRequests} /> : null}
      </ul>
      <Form method="get" action="/care/cases" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="find-code" className="block text-sm font-semibold text-stone-800">
            {t("home.codeLabel")}
          </label>
          <input id="find-code" name="q" aria-describedby="find-code-hint" className="mt-1 rounded border border-stone-400 px-3 py-2" />
          <p id="find-code-hint" className="text-sm text-stone-700">
            {t("home.codeHint")}
          </p>
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {t("home.findCode")}
        </button>
      </Form>
      {dashboard ? <CaseloadDashboard dashboard={dashboard} /> : null}
      <section aria-labelledby="recent-notifications">
        <h2 id="recent-notifications" className="text-lg font-semibold">
          {t("home.recentNotifications")}
        </h2>
        {notifications.length ? (
          <ul className="mt-2 divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
            {notifications.map((n) => (
              <li key={n.id} className="p-3">
                {/* Kinds come from NOTIFICATION_KINDS; the typed key check cannot follow a key built from data. */}
                <Link to={n.link} className={n.unread ? "font-semibold" : undefined}>
                  {String(t(`notifications.${n.kind}.subject` as never, n.params as never))}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">{t("home.noNotifications")}</p>
        )}
      </section>
    </div>
  );
}
