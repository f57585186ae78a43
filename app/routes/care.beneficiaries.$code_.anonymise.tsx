import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { AnonymiseSchema } from "~/modules/cases/beneficiary-schema";
import { anonymiseBeneficiary, canAnonymise, requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function guard(request: Request, code: string | undefined) {
  const user = await requireUserWithPermission(request, "anonymise:beneficiary:own");
  const found = await requireTeamAccess(request, user, code, (found) => canAnonymise(user, found));
  return { user, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await guard(request, params.code);
  const t = await getTranslator(await getLanguage(request));
  return { title: t("careBeneficiaries:anonymise.title", { code: found.beneficiary.code }), code: found.beneficiary.code };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await guard(request, params.code);
  const submission = parseForm(await request.formData(), AnonymiseSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await anonymiseBeneficiary(user, found, submission.value, clientIp(request));
  if (!outcome.ok) {
    const reply = outcome.error === "codeMismatch" ? { fieldErrors: { confirmCode: ["careBeneficiaries:errors.codeMismatch"] } } : { formErrors: ["careBeneficiaries:errors.anonymised"] };
    return data({ result: submission.reply(reply) }, { status: 400 });
  }
  return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=anonymised`);
}

export default function Anonymise() {
  const { t } = useTranslation(["careBeneficiaries", "care"]);
  const { code } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "anonymise",
    lastResult: actionData?.result,
    constraint: getZodConstraint(AnonymiseSchema),
    onValidate: ({ formData }) => parseForm(formData, AnonymiseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("record.back", { code })}</Link>
      </p>
      <PageHeader title={t("anonymise.title", { code })} />
      <div className="max-w-2xl space-y-2 rounded-md border border-red-700 bg-red-50 p-4">
        <p className="font-semibold">{t("anonymise.warning")}</p>
        <p>{t("anonymise.erased")}</p>
        <p>{t("anonymise.kept")}</p>
      </div>
      <Form method="post" className="max-w-2xl space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField label={t("anonymise.reason")} hint={t("anonymise.reasonHint")} errors={fields.reason.errors} textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }} />
        <Field label={t("anonymise.confirmCode", { code })} errors={fields.confirmCode.errors} inputProps={{ ...getInputProps(fields.confirmCode, { type: "text" }), autoComplete: "off" }} />
        <SubmitButton variant="danger">{t("anonymise.submit")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
