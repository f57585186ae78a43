import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { listUsers, organisationOptions, organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { ROLES } from "~/modules/identity/roles";
import { UserFilterSchema } from "~/modules/identity/schemas";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Pagination } from "~/ui/pagination";
import { Field, SelectField } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:user:org");
  const t = await getTranslator(await getLanguage(request));
  const scope = organisationScope(user, "read:user:org");
  const filter = UserFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [result, organisations] = await Promise.all([listUsers({ ...filter, query: filter.q }, scope), organisationOptions(scope)]);
  return {
    title: t("admin:users.title"),
    canCreate: rolesGrant(user.roles, "create:user:any"),
    filter,
    organisations,
    ...result,
  };
}

export default function UserList() {
  const { t } = useTranslation(["admin", "common"]);
  const { users, total, page, pageCount, filter, organisations, canCreate } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const pageLink = (target: number) => {
    const params = new URLSearchParams(searchParams);
    params.set("page", String(target));
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("admin:users.title")}
        description={t("admin:users.intro")}
        actions={
          canCreate ? (
            <Link to="/admin/users/new" className={buttonClass.primary}>
              {t("admin:users.new")}
            </Link>
          ) : null
        }
      />
      {searchParams.get("saved") ? <Notice>{t("admin:saved")}</Notice> : null}
      <Form key={searchParams.toString()} method="get" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("admin:users.filter.label")}>
        <Field label={t("admin:users.filter.query")} inputProps={{ name: "q", type: "search", defaultValue: filter.q ?? "" }} />
        <SelectField label={t("admin:users.filter.organisation")} selectProps={{ name: "organisationId", defaultValue: filter.organisationId ?? "" }}>
          <option value="">{t("admin:users.filter.all")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("admin:users.filter.role")} selectProps={{ name: "role", defaultValue: filter.role ?? "" }}>
          <option value="">{t("admin:users.filter.all")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`common:roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("admin:users.filter.status")} selectProps={{ name: "status", defaultValue: filter.status ?? "" }}>
          <option value="">{t("admin:users.filter.all")}</option>
          <option value="active">{t("admin:users.status.active")}</option>
          <option value="deactivated">{t("admin:users.status.deactivated")}</option>
        </SelectField>
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClass.primary}>
            {t("common:actions.filter")}
          </button>
          <Link to="/admin/users" className={buttonClass.secondary}>
            {t("common:actions.clear")}
          </Link>
        </div>
      </Form>
      <p role="status" className="text-stone-700">
        {t("admin:users.count", { count: total })}
      </p>
      {users.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("admin:users.title")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("admin:users.fields.name")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:users.fields.email")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:users.roles")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:users.twoFactor")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:users.filter.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((person) => (
                <tr key={person.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    <Link to={`/admin/users/${person.id}`}>{person.name}</Link>
                  </th>
                  <td className="break-all p-2">{person.email}</td>
                  <td className="p-2">
                    <ul>
                      {person.memberships.map((membership) => (
                        <li key={membership.id}>
                          {t("admin:users.membership", { organisation: membership.organisation.name, role: t(`common:roles.${membership.role}`) })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="p-2">{person.totpEnabledAt ? t("admin:on") : t("admin:off")}</td>
                  <td className="p-2">{person.deactivatedAt ? t("admin:users.status.deactivated") : t("admin:users.status.active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={page} pageCount={pageCount} hrefFor={pageLink} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
