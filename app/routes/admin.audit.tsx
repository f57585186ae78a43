import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { AUDIT_ACTIONS, type AuditAction } from "~/modules/audit/actions";
import { AuditFilterSchema, listAuditEvents } from "~/modules/audit/index.server";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, SelectField } from "~/ui/forms";
import { formatDateTime } from "~/ui/format";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:audit:org");
  const t = await getTranslator(await getLanguage(request));
  const scope = organisationScope(user, "read:audit:org");
  const { form, filter, before } = AuditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { events, nextBefore } = await listAuditEvents({ ...filter, organisationIds: scope === "any" ? undefined : scope }, { before });
  return {
    title: t("admin:audit.title"),
    form,
    nextBefore: nextBefore?.toString() ?? null,
    events: events.map((event) => ({
      id: event.id.toString(),
      at: event.at,
      actor: event.actor,
      organisation: event.organisation?.name ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ip: event.ip,
      reason: event.reason,
      details: event.details === null ? null : JSON.stringify(event.details),
    })),
  };
}

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export default function AuditLog() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const { events, form, nextBefore } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const withCursor = (before: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (before) params.set("before", before);
    else params.delete("before");
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin:audit.title")} description={t("admin:audit.intro")} />
      <Form
        key={searchParams.toString()}
        method="get"
        className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label={t("admin:audit.filter.label")}
      >
        <SelectField label={t("admin:audit.filter.action")} selectProps={{ name: "action", defaultValue: form.action ?? "" }}>
          <option value="">{t("admin:audit.filter.allActions")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`admin:audit.actions.${action}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("admin:audit.filter.actor")} inputProps={{ name: "actor", type: "search", defaultValue: form.actor ?? "" }} />
        <Field
          label={t("admin:audit.filter.entityType")}
          hint={t("admin:audit.filter.entityTypeHint")}
          inputProps={{ name: "entityType", type: "text", defaultValue: form.entityType ?? "" }}
        />
        <Field label={t("admin:audit.filter.entityId")} inputProps={{ name: "entityId", type: "text", defaultValue: form.entityId ?? "" }} />
        <Field label={t("admin:audit.filter.from")} inputProps={{ name: "from", type: "date", defaultValue: form.from ?? "" }} />
        <Field label={t("admin:audit.filter.to")} inputProps={{ name: "to", type: "date", defaultValue: form.to ?? "" }} />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass.primary}>
            {t("common:actions.filter")}
          </button>
          <Link to="/admin/audit" className={buttonClass.secondary}>
            {t("common:actions.clear")}
          </Link>
        </div>
      </Form>
      {events.length === 0 ? (
        <p className="text-stone-700">{t("admin:audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[72rem] border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("admin:audit.caption")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                {(["time", "actor", "organisation", "action", "entity", "ip", "reason", "details"] as const).map((column) => (
                  <th key={column} scope="col" className="whitespace-nowrap p-2">
                    {t(`admin:audit.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="whitespace-nowrap p-2 font-normal">
                    <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, i18n.language)}</time>
                  </th>
                  <td className="min-w-48 break-words p-2">{event.actor ? (
                      <Link to={`?${new URLSearchParams({ actor: event.actor.email })}`} title={t("admin:audit.filterBy")}>
                        {event.actor.email}
                      </Link>
                    ) : (
                      <span className="text-stone-700">{t("admin:audit.noActor")}</span>
                    )}</td>
                  <td className="p-2">{event.organisation ?? ""}</td>
                  <td className="p-2">
                    {isKnownAction(event.action) ? t(`admin:audit.actions.${event.action}`) : event.action}
                    <code className="block text-xs text-stone-700">{event.action}</code>
                  </td>
                  <td className="min-w-40 break-all p-2 font-mono text-xs">
                    {event.entityType ? (
                      <Link to={`?${new URLSearchParams({ entityType: event.entityType, entityId: event.entityId ?? "" })}`} title={t("admin:audit.filterBy")}>
                        {event.entityType} {event.entityId}
                      </Link>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap p-2 font-mono text-xs">{event.ip ?? ""}</td>
                  <td className="p-2">{event.reason ?? ""}</td>
                  <td className="min-w-64 break-all p-2 font-mono text-xs">{event.details ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("common:pagination.label")} className="flex flex-wrap gap-4">
        {form.before ? <Link to={withCursor(null)}>{t("admin:audit.newest")}</Link> : null}
        {nextBefore ? (
          <Link to={withCursor(nextBefore)} rel="next">
            {t("admin:audit.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
