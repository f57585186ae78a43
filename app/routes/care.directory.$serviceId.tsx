import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { isUuid, parseForm } from "~/lib/validation";
import { DirectoryServiceSchema } from "~/modules/cases/directory-schema";
import { deleteDirectoryService, directoryEntryToEdit, directoryLanguageOptions, saveDirectoryService } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { DirectoryServiceForm } from "~/ui/directory-service-form";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** Another organisation's entry and an unknown id both answer 404. */
async function entryOf(request: Request, serviceId: string | undefined) {
  const user = await requireUserWithPermission(request, "manage:directory:org");
  const entry = isUuid(serviceId) ? await directoryEntryToEdit(user, serviceId) : null;
  if (!entry) throw notFound();
  return { user, entry };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { entry } = await entryOf(request, params.serviceId);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return {
    title: t("careReferrals:directory.editTitle", { service: t(`care:services.${entry.service}`) }),
    organisationName: entry.organisation.name,
    service: entry.service,
    values: {
      service: entry.service,
      descriptionEn: entry.descriptionEn,
      descriptionHi: entry.descriptionHi ?? "",
      districts: entry.districts.join(", "),
      states: entry.states.join(", "),
      countries: entry.countries.join(", "),
      languages: entry.languages,
      phone: entry.phone ?? "",
      email: entry.email ?? "",
      hours: entry.hours ?? "",
    },
    languages: directoryLanguageOptions(language),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, entry } = await entryOf(request, params.serviceId);
  const formData = await request.formData();
  if (formData.get("intent") === "delete") {
    if (!(await deleteDirectoryService(user, entry.id, clientIp(request)))) throw notFound();
    return redirect("/care/directory?done=deleted");
  }
  const submission = parseForm(formData, DirectoryServiceSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await saveDirectoryService(user, entry.id, submission.value, clientIp(request));
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect("/care/directory?done=updated");
}

export default function EditDirectoryService() {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const { organisationName, service, values, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p>
        <Link to="/care/directory">{t("careReferrals:directory.back")}</Link>
      </p>
      <PageHeader title={t("careReferrals:directory.editTitle", { service: t(`care:services.${service}`) })} description={organisationName} />
      <DirectoryServiceForm lastResult={actionData?.result} defaultValue={values} organisations={null} languages={languages} submitLabel={t("common:actions.save")} />
      <section aria-labelledby="delete-title" className="space-y-2 border-t border-stone-300 pt-6">
        <h2 id="delete-title" className="text-lg font-semibold">
          {t("careReferrals:directory.deleteTitle")}
        </h2>
        <p className="text-stone-700">{t("careReferrals:directory.deleteHint")}</p>
        <Form method="post">
          <SubmitButton name="intent" value="delete" variant="danger">
            {t("careReferrals:directory.delete")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
