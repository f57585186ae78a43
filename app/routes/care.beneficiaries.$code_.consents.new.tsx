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
import { requireTeamForm } from "~/modules/cases/beneficiary-guard.server";
import { latestToday, MAX_EVIDENCE_BYTES, NewConsentSchema } from "~/modules/cases/consent-schema";
import { canManageConsent, consentsInForce, recordConsent } from "~/modules/cases/index.server";
import { CONSENT_PURPOSES } from "~/modules/cases/vocabulary";
import { ConsentDetailInputs } from "~/ui/beneficiary-identity-fields";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await requireTeamForm(request, "manage:consent:own", params.code, (found) => canManageConsent(found.access));
  const t = await getTranslator(await getLanguage(request));
  const inForce = await consentsInForce(found.beneficiary.id);
  return {
    title: t("careBeneficiaries:consent.newTitle", { code: found.beneficiary.code }),
    code: found.beneficiary.code,
    purposes: CONSENT_PURPOSES.filter((purpose) => !inForce.has(purpose)),
    today: new Date().toISOString().slice(0, 10),
    latest: latestToday(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await requireTeamForm(request, "manage:consent:own", params.code, (found) => canManageConsent(found.access));
  const form = await readForm(request, { maxFileBytes: MAX_EVIDENCE_BYTES });
  const submission = parseForm(form.formData, NewConsentSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await recordConsent(user, found, submission.value, await postedFile(form, "evidence"), clientIp(request));
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=consentRecorded`);
}

export default function NewConsent() {
  const { t } = useTranslation(["careBeneficiaries", "care", "common"]);
  const { code, purposes, today, latest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "consent",
    lastResult: actionData?.result,
    defaultValue: { givenOn: today },
    constraint: getZodConstraint(NewConsentSchema),
    onValidate: ({ formData }) => parseForm(formData, NewConsentSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("record.back", { code })}</Link>
      </p>
      <PageHeader title={t("consent.newTitle", { code })} description={t("consent.newIntro")} />
      {purposes.length ? (
        <Form method="post" encType="multipart/form-data" className="max-w-2xl space-y-5" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <SelectField
            label={t("consent.purpose")}
            errors={fields.purpose.errors}
            selectProps={{ id: fields.purpose.id, name: fields.purpose.name, defaultValue: String(fields.purpose.initialValue ?? ""), required: true }}
          >
            <option value="">{t("form.choose")}</option>
            {purposes.map((purpose) => (
              <option key={purpose} value={purpose}>
                {t(`care:consentPurposes.${purpose}`)}
              </option>
            ))}
          </SelectField>
          <ConsentDetailInputs fields={fields} evidenceErrors={form.allErrors.evidence} today={latest} />
          <SubmitButton pendingLabel={t("common:actions.saving")}>{t("consent.submit")}</SubmitButton>
        </Form>
      ) : (
        <p role="status">{t("consent.allInForce")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
