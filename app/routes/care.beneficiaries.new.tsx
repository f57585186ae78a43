import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { postedFile, readForm } from "~/lib/multipart.server";
import { parseForm } from "~/lib/validation";
import { EXTRA_PURPOSES, MAX_CARE_UPLOAD_BYTES, PHOTO_ACCEPT, RegistrationSchema } from "~/modules/cases/beneficiary-schema";
import { latestToday } from "~/modules/cases/consent-schema";
import { registerBeneficiary, registeringOrganisations } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { BeneficiaryIdentityFields, ConsentDetailInputs } from "~/ui/beneficiary-identity-fields";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, ErrorList, Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "create:beneficiary:own");
  const t = await getTranslator(await getLanguage(request));
  const organisations = await registeringOrganisations(user);
  return {
    title: t("careBeneficiaries:register.title"),
    organisations: organisations.map((org) => ({ id: org.id, name: org.name, prefix: org.beneficiaryCodePrefix })),
    today: new Date().toISOString().slice(0, 10),
    latest: latestToday(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "create:beneficiary:own");
  const form = await readForm(request, { maxFileBytes: MAX_CARE_UPLOAD_BYTES });
  const submission = parseForm(form.formData, RegistrationSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), sameOrganisationCodes: [] as string[] }, { status: 400 });
  const outcome = await registerBeneficiary(user, submission.value, { photo: await postedFile(form, "photo"), evidence: await postedFile(form, "evidence") }, clientIp(request));
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }), sameOrganisationCodes: outcome.sameOrganisationCodes }, { status: 400 });
  return redirect(`/care/beneficiaries/${outcome.code}?${outcome.possibleDuplicate ? "possibleDuplicate=1" : "registered=1"}`);
}

export default function RegisterBeneficiary() {
  const { t } = useTranslation(["careBeneficiaries", "care", "common"]);
  const { organisations, today, latest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "register",
    lastResult: actionData?.result,
    defaultValue: { organisationId: organisations.length === 1 ? organisations[0]!.id : "", givenOn: today },
    constraint: getZodConstraint(RegistrationSchema),
    onValidate: ({ formData }) => parseForm(formData, RegistrationSchema),
    shouldRevalidate: "onBlur",
  });
  const sameOrganisationCodes = actionData?.sameOrganisationCodes ?? [];
  const ticked = new Set([fields.purposes.initialValue ?? []].flat().filter((value): value is string => typeof value === "string"));
  if (organisations.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("register.title")} />
        <p role="alert">{t("register.noOrganisation")}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <p>
        <Link to="/care/beneficiaries">{t("list.back")}</Link>
      </p>
      <PageHeader title={t("register.title")} description={t("register.intro")} />
      <Form method="post" encType="multipart/form-data" className="max-w-3xl space-y-6" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        {sameOrganisationCodes.length ? (
          <div role="alert" className="space-y-2 rounded-md border border-amber-700 bg-amber-50 p-4">
            <h2 className="font-semibold">{t("register.sameOrganisationTitle")}</h2>
            <p>{t("register.sameOrganisation", { codes: sameOrganisationCodes.join(", "), count: sameOrganisationCodes.length })}</p>
            <ul className="list-disc pl-6">
              {sameOrganisationCodes.map((code) => (
                <li key={code}>
                  <Link to={`/care/beneficiaries/${code}`} target="_blank" rel="noreferrer">
                    {code}
                  </Link>
                </li>
              ))}
            </ul>
            <CheckboxField label={t("register.differentPerson")} errors={fields.differentPerson.errors} inputProps={{ id: fields.differentPerson.id, name: fields.differentPerson.name }} />
            <p className="text-sm text-stone-700">{t("register.filesAgain")}</p>
          </div>
        ) : null}
        {organisations.length > 1 ? (
          <SelectField
            label={t("register.organisation")}
            hint={t("register.organisationHint")}
            errors={fields.organisationId.errors}
            selectProps={{ id: fields.organisationId.id, name: fields.organisationId.name, defaultValue: String(fields.organisationId.initialValue ?? ""), required: true }}
          >
            <option value="">{t("form.choose")}</option>
            {organisations.map((org) => (
              <option key={org.id} value={org.id}>
                {t("register.organisationOption", { name: org.name, prefix: org.prefix })}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <input type="hidden" name={fields.organisationId.name} value={organisations[0]!.id} />
            <p className="text-stone-700">{t("register.registeringFor", { name: organisations[0]!.name })}</p>
            <ErrorList errors={fields.organisationId.errors} />
          </>
        )}
        <BeneficiaryIdentityFields fields={fields} today={latest} />
        <fieldset className="space-y-4 rounded-md border border-stone-300 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{t("form.photo")}</legend>
          <Field
            label={t("form.photoLabel")}
            hint={t("form.photoHint")}
            errors={form.allErrors.photo}
            inputProps={{ id: "register-photo", name: "photo", type: "file", accept: PHOTO_ACCEPT }}
          />
        </fieldset>
        <fieldset className="space-y-4 rounded-md border border-stone-300 bg-white p-4" aria-describedby="consent-intro">
          <legend className="px-1 text-lg font-semibold">{t("register.consentTitle")}</legend>
          <p id="consent-intro" className="text-sm text-stone-700">
            {t("register.consentIntro")}
          </p>
          <CheckboxField
            label={t("register.caseManagement")}
            hint={t("register.caseManagementHint")}
            errors={fields.purposes.errors}
            inputProps={{ id: "purpose-case_management", name: fields.purposes.name, value: "case_management", defaultChecked: ticked.has("case_management") }}
          />
          <fieldset className="space-y-1">
            <legend className="text-sm font-semibold text-stone-800">{t("register.otherPurposes")}</legend>
            {EXTRA_PURPOSES.map((purpose) => (
              <CheckboxField key={purpose} label={t(`care:consentPurposes.${purpose}`)} inputProps={{ id: `purpose-${purpose}`, name: fields.purposes.name, value: purpose, defaultChecked: ticked.has(purpose) }} />
            ))}
          </fieldset>
          <ConsentDetailInputs fields={fields} evidenceErrors={form.allErrors.evidence} today={latest} />
        </fieldset>
        <SubmitButton pendingLabel={t("common:actions.saving")}>{t("register.submit")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
