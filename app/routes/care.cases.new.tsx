import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "~/lib/countries.server";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { OpenCaseSchema } from "~/modules/cases/case-schemas";
import { openCase, openCaseForm } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:case:own";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const url = new URL(request.url);
  const language = await getLanguage(request);
  const form = await openCaseForm(user, url.searchParams.get("beneficiary") ?? "", { ip: clientIp(request), path: url.pathname });
  const t = await getTranslator(language);
  return { title: t("careCases:open.title", { code: form.code }), ...form, countries: countryOptions(language), userId: user.id };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const submission = parseForm(await request.formData(), OpenCaseSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await openCase(user, submission.value, { ip: clientIp(request), path: new URL(request.url).pathname });
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/cases/${outcome.caseId}?done=opened`);
}

export default function OpenCase() {
  const { t } = useTranslation(["careCases", "care", "common"]);
  const { code, consent, organisations, defaultOrganisationId, openCases, countries, userId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lead = organisations.find((o) => o.id === defaultOrganisationId);
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: {
      beneficiary: code,
      leadOrganisationId: defaultOrganisationId ?? "",
      state: lead?.region ?? "",
      country: lead?.country ?? "IN",
      assignedToId: lead?.caseworkers.some((c) => c.id === userId) ? userId : "",
    },
    constraint: getZodConstraint(OpenCaseSchema),
    onValidate: ({ formData }) => parseForm(formData, OpenCaseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("careCases:open.back", { code })}</Link>
      </p>
      <PageHeader title={t("careCases:open.title", { code })} description={t("careCases:open.intro")} />
      {openCases.length ? (
        <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-3">
          <p>{t("careCases:open.alreadyOpen")}</p>
          <ul className="mt-1 list-disc pl-5">
            {openCases.map((id) => (
              <li key={id}>
                <Link to={`/care/cases/${id}`}>{t("careCases:open.openExisting", { code })}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!consent ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3">
          <p className="font-semibold">{t("careCases:errors.noConsent")}</p>
          <p className="mt-1">
            <Link to={`/care/beneficiaries/${code}`}>{t("careCases:open.recordConsent")}</Link>
          </p>
        </div>
      ) : (
        <Form method="post" className="max-w-xl space-y-5" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <input {...getInputProps(fields.beneficiary, { type: "hidden" })} />
          {organisations.length > 1 ? (
            <SelectField label={t("careCases:fields.leadOrganisation")} errors={fields.leadOrganisationId.errors} selectProps={getSelectProps(fields.leadOrganisationId)}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <div>
              <p className="text-sm font-semibold text-stone-800">{t("careCases:fields.leadOrganisation")}</p>
              <p>{lead?.name}</p>
              <input {...getInputProps(fields.leadOrganisationId, { type: "hidden" })} />
            </div>
          )}
          <SelectField
            label={t("careCases:fields.assignedTo")}
            hint={organisations.length > 1 ? t("careCases:open.assigneeHint") : undefined}
            errors={fields.assignedToId.errors}
            selectProps={getSelectProps(fields.assignedToId)}
          >
            <option value="">{t("careCases:choose")}</option>
            {organisations.map((organisation) => (
              <optgroup key={organisation.id} label={organisation.name}>
                {organisation.caseworkers.map((caseworker) => (
                  <option key={caseworker.id} value={caseworker.id}>
                    {caseworker.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <Field label={t("careCases:fields.district")} hint={t("careCases:open.placeHint")} errors={fields.district.errors} inputProps={getInputProps(fields.district, { type: "text" })} />
          <Field label={t("careCases:fields.state")} errors={fields.state.errors} inputProps={getInputProps(fields.state, { type: "text" })} />
          <SelectField label={t("careCases:fields.country")} errors={fields.country.errors} selectProps={getSelectProps(fields.country)}>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("careCases:fields.reviewDueOn")}
            hint={t("careCases:fields.reviewDueOnHint")}
            errors={fields.reviewDueOn.errors}
            inputProps={getInputProps(fields.reviewDueOn, { type: "date" })}
          />
          <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careCases:open.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
