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
import { IdentityEditSchema, MAX_CARE_UPLOAD_BYTES, PHOTO_ACCEPT } from "~/modules/cases/beneficiary-schema";
import { requireTeamForm } from "~/modules/cases/beneficiary-guard.server";
import { latestToday } from "~/modules/cases/consent-schema";
import { canEditIdentity, identityForEdit, recordBeneficiaryRead, updateBeneficiary } from "~/modules/cases/index.server";
import { BeneficiaryIdentityFields } from "~/ui/beneficiary-identity-fields";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, Field, FormErrors, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, found } = await requireTeamForm(request, "manage:case:own", params.code, (found) => canEditIdentity(found.access));
  const t = await getTranslator(await getLanguage(request));
  const current = await identityForEdit(found.beneficiary.code);
  if (current) await recordBeneficiaryRead({ user, code: found.beneficiary.code, access: found.access, via: "record", ip: clientIp(request) });
  return { title: t("careBeneficiaries:edit.title", { code: found.beneficiary.code }), code: found.beneficiary.code, current, latest: latestToday() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await requireTeamForm(request, "manage:case:own", params.code, (found) => canEditIdentity(found.access));
  const form = await readForm(request, { maxFileBytes: MAX_CARE_UPLOAD_BYTES });
  const submission = parseForm(form.formData, IdentityEditSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await updateBeneficiary(user, found, submission.value, await postedFile(form, "photo"), clientIp(request));
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=saved`);
}

export default function EditBeneficiary() {
  const { t } = useTranslation(["careBeneficiaries", "care", "common"]);
  const { code, current, latest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "edit",
    lastResult: actionData?.result,
    defaultValue: current?.identity,
    constraint: getZodConstraint(IdentityEditSchema),
    onValidate: ({ formData }) => parseForm(formData, IdentityEditSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("record.back", { code })}</Link>
      </p>
      <PageHeader title={t("edit.title", { code })} description={t("edit.intro")} />
      {current ? (
        <Form method="post" encType="multipart/form-data" className="max-w-3xl space-y-6" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <BeneficiaryIdentityFields fields={fields} today={latest} />
          <fieldset className="space-y-4 rounded-md border border-stone-300 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">{t("form.photo")}</legend>
            <Field
              label={current.hasPhoto ? t("edit.replacePhoto") : t("form.photoLabel")}
              hint={t("form.photoHint")}
              errors={form.allErrors.photo}
              inputProps={{ id: "edit-photo", name: "photo", type: "file", accept: PHOTO_ACCEPT }}
            />
            {current.hasPhoto ? <CheckboxField label={t("edit.removePhoto")} inputProps={{ id: "edit-remove-photo", name: "removePhoto" }} /> : null}
          </fieldset>
          <SubmitButton pendingLabel={t("common:actions.saving")}>{t("edit.submit")}</SubmitButton>
        </Form>
      ) : (
        <p role="status">{t("errors.anonymised")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
