import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryName, countryOptions } from "~/lib/countries.server";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { getOrganisation, organisationScope, requireUserWithPermission, updateOrganisation } from "~/modules/identity/index.server";
import { OrganisationSchema } from "~/modules/identity/schemas";
import { rolesGrant } from "~/modules/identity/permissions";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { OrganisationForm } from "~/ui/organisation-form";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

function mayUpdate(scope: "any" | string[], organisationId: string) {
  return scope === "any" || scope.includes(organisationId);
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:organisation:org");
  const organisation = await getOrganisation(params.organisationId ?? "", organisationScope(user, "read:organisation:org"));
  if (!organisation) throw notFound();
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const editable = mayUpdate(organisationScope(user, "update:organisation:org"), organisation.id);
  return {
    title: organisation.name,
    editable,
    countries: editable ? countryOptions(language) : [],
    countryName: countryName(organisation.country, language),
    organisation: {
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      country: organisation.country,
      region: organisation.region,
      mandates: organisation.mandates,
      requireTwoFactor: organisation.requireTwoFactor,
      trustApprovedArtisans: organisation.trustApprovedArtisans,
      caseworkersSeeOwnCasesOnly: organisation.caseworkersSeeOwnCasesOnly,
      beneficiaryCodePrefix: organisation.beneficiaryCodePrefix,
    },
    subtitle: t("admin:organisations.editTitle"),
    canManageFees: rolesGrant(user.roles, "manage:fee-rule:any"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  const user = await requireUserWithPermission(request, "update:organisation:org", { organisationId });
  if (!(await getOrganisation(organisationId, "any"))) throw notFound();
  const submission = parseForm(await request.formData(), OrganisationSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await updateOrganisation(organisationId, submission.value, { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) return data({ result: submission.reply(outcome) }, { status: 400 });
  return redirect(`/admin/organisations/${organisationId}?saved=1`);
}

export default function EditOrganisation() {
  const { t } = useTranslation(["admin", "common"]);
  const { organisation, editable, countries, countryName, subtitle, canManageFees } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/organisations">{t("admin:organisations.backToList")}</Link>
      </p>
      <PageHeader title={organisation.name} description={editable ? subtitle : undefined} />
      {searchParams.get("saved") ? <Notice>{t("admin:saved")}</Notice> : null}
      {editable ? (
        <OrganisationForm lastResult={actionData?.result} defaultValue={organisation} countries={countries} submitLabel={t("common:actions.save")} />
      ) : (
        <dl className="grid max-w-xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.kind")}</dt>
          <dd>{t(`common:organisationKinds.${organisation.kind}`)}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.country")}</dt>
          <dd>{countryName}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.region")}</dt>
          <dd>{organisation.region}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.mandates")}</dt>
          <dd>{organisation.mandates.map((mandate) => t(`common:mandates.${mandate}`)).join(", ") || t("admin:none")}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.requireTwoFactor")}</dt>
          <dd>{organisation.requireTwoFactor ? t("admin:yes") : t("admin:no")}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.trustApprovedArtisans")}</dt>
          <dd>{organisation.trustApprovedArtisans ? t("admin:yes") : t("admin:no")}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.caseworkersSeeOwnCasesOnly")}</dt>
          <dd>{organisation.caseworkersSeeOwnCasesOnly ? t("admin:yes") : t("admin:no")}</dd>
          <dt className="font-semibold text-stone-800">{t("admin:organisations.fields.beneficiaryCodePrefix")}</dt>
          <dd>{organisation.beneficiaryCodePrefix}</dd>
        </dl>
      )}
      <p className="flex flex-wrap gap-6">
        <Link to={`/admin/users?organisationId=${organisation.id}`}>{t("admin:organisations.people")}</Link>
        {canManageFees ? <Link to={`/admin/organisations/${organisation.id}/fees`}>{t("admin:organisations.fees")}</Link> : null}
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
