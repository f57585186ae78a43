import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { DirectoryServiceSchema } from "~/modules/cases/directory-schema";
import { directoryLanguageOptions, directoryOrganisations, saveDirectoryService } from "~/modules/cases/index.server";
import { forbidden, requireUserWithPermission } from "~/modules/identity/index.server";
import { DirectoryServiceForm } from "~/ui/directory-service-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:directory:org");
  const organisations = await directoryOrganisations(user);
  if (!organisations.length) throw forbidden();
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return { title: t("careReferrals:directory.newTitle"), organisations: organisations.length > 1 ? organisations : null, languages: directoryLanguageOptions(language) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:directory:org");
  const submission = parseForm(await request.formData(), DirectoryServiceSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await saveDirectoryService(user, null, submission.value, clientIp(request));
  if (!outcome) throw forbidden();
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect("/care/directory?done=created");
}

export default function NewDirectoryService() {
  const { t } = useTranslation(["careReferrals", "common"]);
  const { organisations, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/care/directory">{t("careReferrals:directory.back")}</Link>
      </p>
      <PageHeader title={t("careReferrals:directory.newTitle")} description={t("careReferrals:directory.formIntro")} />
      <DirectoryServiceForm lastResult={actionData?.result} organisations={organisations} languages={languages} submitLabel={t("careReferrals:directory.create")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
