import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { careToday } from "~/modules/cases/case-dates";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { NewClaimSchema } from "~/modules/reintegration/claim-schemas";
import { claimsOfCase, fileClaim } from "~/modules/reintegration/claims.server";
import { requireClaimsCase } from "~/modules/reintegration/claims-access.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { formatDate } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const where = (request: Request) => ({ ip: clientIp(request), path: new URL(request.url).pathname });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const ctx = await requireClaimsCase(user, params.caseId, where(request));
  const [page, t] = await Promise.all([claimsOfCase(ctx), getTranslator(await getLanguage(request))]);
  return { title: t("careClaims:list.title", { code: ctx.code }), ...page };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:claim:own");
  const ctx = await requireClaimsCase(user, params.caseId, where(request));
  const submission = parseForm(await request.formData(), NewClaimSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await fileClaim(ctx, submission.value);
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/cases/${ctx.caseId}/claims/${outcome.claimId}?done=filed`);
}

export default function CaseClaims() {
  const { t, i18n } = useTranslation(["careClaims", "care", "common"]);
  const { careCase, claims, canManage } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const money = (paise: number | null) => (paise === null ? t("careClaims:list.noAmount") : formatMoney(paise, "INR", i18n.language));
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/care/cases/${careCase.id}`}>{t("careClaims:list.backToCase", { code: careCase.code })}</Link>
      </p>
      <PageHeader title={t("careClaims:list.title", { code: careCase.code })} description={t("careClaims:list.intro")} />
      {params.get("done") === "filed" ? <Notice>{t("careClaims:done.filed")}</Notice> : null}

      {claims.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("careClaims:list.caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("careClaims:list.scheme")}</th>
                <th scope="col" className="p-2">{t("careClaims:list.authority")}</th>
                <th scope="col" className="p-2">{t("careClaims:list.status")}</th>
                <th scope="col" className="p-2">{t("careClaims:list.filedOn")}</th>
                <th scope="col" className="p-2 text-right">{t("careClaims:list.claimed")}</th>
                <th scope="col" className="p-2 text-right">{t("careClaims:list.awarded")}</th>
                <th scope="col" className="p-2 text-right">{t("careClaims:list.disbursed")}</th>
                <th scope="col" className="p-2">{t("careClaims:list.nextHearing")}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id} className="border-b border-stone-200">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={claim.id} aria-label={t("careClaims:list.openNamed", { scheme: claim.scheme.name, date: formatDate(claim.filedOn, i18n.language) })}>
                      {claim.scheme.name}
                    </Link>
                  </th>
                  <td className="p-2">{claim.authority}</td>
                  <td className="p-2">{t(`careClaims:statuses.${claim.status}`)}</td>
                  <td className="p-2">{formatDate(claim.filedOn, i18n.language)}</td>
                  <td className="p-2 text-right">{money(claim.claimedInr)}</td>
                  <td className="p-2 text-right">{money(claim.awardedInr)}</td>
                  <td className="p-2 text-right">{money(claim.disbursedInr)}</td>
                  <td className="p-2">{claim.nextHearingOn ? formatDate(claim.nextHearingOn, i18n.language) : t("careClaims:list.noHearing")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("careClaims:list.none")}</p>
      )}

      {canManage ? <NewClaimForm /> : <p className="text-stone-700">{t("careClaims:new.notAllowed")}</p>}
    </div>
  );
}

function NewClaimForm() {
  const { t } = useTranslation(["careClaims", "care", "common"]);
  const { schemes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "new-claim",
    lastResult: actionData?.result,
    constraint: getZodConstraint(NewClaimSchema),
    onValidate: ({ formData }) => parseForm(formData, NewClaimSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="new-claim-title" className="space-y-4">
      <h2 id="new-claim-title" className="text-xl font-semibold">
        {t("careClaims:new.title")}
      </h2>
      <Form method="post" className="max-w-2xl space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField label={t("careClaims:new.scheme")} errors={fields.schemeId.errors} selectProps={getSelectProps(fields.schemeId)}>
          <option value="">{t("careClaims:new.chooseScheme")}</option>
          {schemes.map((scheme) => (
            <option key={scheme.id} value={scheme.id}>
              {t("careClaims:new.schemeOption", { name: scheme.name, place: scheme.state ? `${scheme.state}, ${scheme.country}` : scheme.country })}
            </option>
          ))}
        </SelectField>
        <Field label={t("careClaims:new.authority")} hint={t("careClaims:new.authorityHint")} errors={fields.authority.errors} inputProps={getInputProps(fields.authority, { type: "text" })} />
        <Field label={t("careClaims:new.filedOn")} errors={fields.filedOn.errors} inputProps={{ ...getInputProps(fields.filedOn, { type: "date" }), max: careToday() }} />
        <Field
          label={t("careClaims:new.claimed")}
          hint={t("careClaims:new.claimedHint")}
          errors={fields.claimed.errors}
          inputProps={{ ...getInputProps(fields.claimed, { type: "text" }), inputMode: "decimal" }}
        />
        <SubmitButton pendingLabel={t("careClaims:new.submitting")}>{t("careClaims:new.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
