import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { isUuid, parseForm } from "~/lib/validation";
import { WithdrawConsentSchema } from "~/modules/cases/consent-schema";
import { canManageConsent, consentOf, requireTeamAccess, withdrawConsent } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { CheckboxField, FormErrors, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function guard(request: Request, params: { code?: string; consentId?: string }) {
  const user = await requireUserWithPermission(request, "manage:consent:own");
  const found = await requireTeamAccess(request, user, params.code, (found) => canManageConsent(found.access));
  const consent = isUuid(params.consentId) ? await consentOf(found.beneficiary.id, params.consentId) : null;
  if (!consent) throw notFound();
  return { user, found, consent };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found, consent } = await guard(request, params);
  const t = await getTranslator(await getLanguage(request));
  return {
    title: t("careBeneficiaries:withdraw.title", { code: found.beneficiary.code }),
    code: found.beneficiary.code,
    consent: { purpose: consent.purpose, method: consent.method, givenOn: consent.givenOn, withdrawnAt: consent.withdrawnAt },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found, consent } = await guard(request, params);
  const submission = parseForm(await request.formData(), WithdrawConsentSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await withdrawConsent(user, found, consent.id, clientIp(request));
  if (!outcome.ok) return data({ result: submission.reply({ formErrors: [`careBeneficiaries:errors.${outcome.error}`] }) }, { status: 400 });
  return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=consentWithdrawn`);
}

export default function WithdrawConsent() {
  const { t, i18n } = useTranslation(["careBeneficiaries", "care"]);
  const { code, consent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "withdraw",
    lastResult: actionData?.result,
    constraint: getZodConstraint(WithdrawConsentSchema),
    onValidate: ({ formData }) => parseForm(formData, WithdrawConsentSchema),
  });
  const purpose = t(`care:consentPurposes.${consent.purpose}`);
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("record.back", { code })}</Link>
      </p>
      <PageHeader title={t("withdraw.title", { code })} />
      <dl className="grid max-w-xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("consent.purpose")}</dt>
        <dd>{purpose}</dd>
        <dt className="font-semibold">{t("consent.method")}</dt>
        <dd>{t(`care:consentMethods.${consent.method}`)}</dd>
        <dt className="font-semibold">{t("consent.givenOn")}</dt>
        <dd>{formatDate(consent.givenOn, i18n.language)}</dd>
      </dl>
      {consent.withdrawnAt ? (
        <p role="status">{t("withdraw.already", { date: formatDate(consent.withdrawnAt, i18n.language) })}</p>
      ) : (
        <Form method="post" className="max-w-xl space-y-4" {...getFormProps(form)}>
          <p className="rounded-md border border-amber-700 bg-amber-50 p-3">{t(`withdraw.effects.${consent.purpose}`)}</p>
          <FormErrors id={form.errorId} errors={form.errors} />
          <CheckboxField label={t("withdraw.confirm", { purpose })} errors={fields.confirm.errors} inputProps={{ id: fields.confirm.id, name: fields.confirm.name }} />
          <SubmitButton variant="danger">{t("withdraw.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
