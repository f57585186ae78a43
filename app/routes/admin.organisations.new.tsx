import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "~/lib/countries.server";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { createOrganisation, requireUserWithPermission } from "~/modules/identity/index.server";
import { OrganisationSchema } from "~/modules/identity/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { OrganisationForm } from "~/ui/organisation-form";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "create:organisation:any");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return { title: t("admin:organisations.newTitle"), countries: countryOptions(language) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "create:organisation:any");
  const submission = parseForm(await request.formData(), OrganisationSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await createOrganisation(submission.value, { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) return data({ result: submission.reply(outcome) }, { status: 400 });
  return redirect(`/admin/organisations/${outcome.organisation.id}?saved=1`);
}

export default function NewOrganisation() {
  const { t } = useTranslation(["admin", "common"]);
  const { countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/organisations">{t("admin:organisations.backToList")}</Link>
      </p>
      <PageHeader title={t("admin:organisations.newTitle")} />
      <OrganisationForm lastResult={actionData?.result} countries={countries} submitLabel={t("common:actions.create")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
