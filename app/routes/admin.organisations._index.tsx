import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryName } from "~/lib/countries.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { listOrganisations, organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:organisation:org");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const organisations = await listOrganisations(organisationScope(user, "read:organisation:org"));
  return {
    title: t("admin:organisations.title"),
    canCreate: rolesGrant(user.roles, "create:organisation:any"),
    organisations: organisations.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      country: countryName(organisation.country, language),
      region: organisation.region,
      mandates: organisation.mandates,
      members: organisation._count.memberships,
    })),
  };
}

export default function OrganisationList() {
  const { t } = useTranslation(["admin", "common"]);
  const { organisations, canCreate } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("admin:organisations.title")}
        description={t("admin:organisations.intro")}
        actions={
          canCreate ? (
            <Link to="/admin/organisations/new" className={buttonClass.primary}>
              {t("admin:organisations.new")}
            </Link>
          ) : null
        }
      />
      {searchParams.get("saved") ? <Notice>{t("admin:saved")}</Notice> : null}
      {organisations.length === 0 ? (
        <p className="text-stone-700">{t("admin:organisations.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("admin:organisations.title")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("admin:organisations.fields.name")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:organisations.fields.kind")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:organisations.place")}
                </th>
                <th scope="col" className="p-2">
                  {t("admin:organisations.fields.mandates")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("admin:organisations.members")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    <Link to={`/admin/organisations/${organisation.id}`}>{organisation.name}</Link>
                  </th>
                  <td className="p-2">{t(`common:organisationKinds.${organisation.kind}`)}</td>
                  <td className="p-2">
                    {organisation.country}, {organisation.region}
                  </td>
                  <td className="p-2">{organisation.mandates.map((mandate) => t(`common:mandates.${mandate}`)).join(", ")}</td>
                  <td className="p-2 text-right">
                    <Link to={`/admin/users?organisationId=${organisation.id}`} aria-label={t("admin:organisations.membersOf", { name: organisation.name, count: organisation.members })}>
                      {organisation.members}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
