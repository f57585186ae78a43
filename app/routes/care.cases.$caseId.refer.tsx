import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { countryOptions } from "~/lib/countries.server";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { DirectorySearchSchema } from "~/modules/cases/directory-schema";
import { directoryLanguageOptions, openCaseToRefer, referralFormData, sendReferral } from "~/modules/cases/index.server";
import { SendReferralSchema } from "~/modules/cases/referral-schemas";
import { SERVICE_KINDS } from "~/modules/cases/vocabulary";
import { forbidden, requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, ErrorList, FormErrors, SelectField, SubmitButton, TextareaField } from "~/ui/forms";
import { PageHeader } from "~/ui/page";
import { DirectoryEntryCard, DirectorySearchForm, OrganisationPlace } from "~/ui/referral-parts";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function openCase(request: Request, caseId: string | undefined) {
  const user = await requireUserWithPermission(request, "refer:case:own");
  const opened = await openCaseToRefer(user, caseId ?? "", { ip: clientIp(request), path: new URL(request.url).pathname });
  if (!opened.ok) throw opened.status === 404 ? notFound() : forbidden();
  return { user, opened };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { opened } = await openCase(request, params.caseId);
  const url = new URL(request.url);
  const language = await getLanguage(request);
  const search = DirectorySearchSchema.parse(Object.fromEntries(url.searchParams));
  const form = await referralFormData(opened, { to: url.searchParams.get("to") ?? undefined, search, placeGiven: url.searchParams.has("place") }, language);
  const t = await getTranslator(language);
  return {
    title: t("careReferrals:send.title", { code: form.careCase.code }),
    ...form,
    languages: directoryLanguageOptions(language),
    countries: countryOptions(language),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, opened } = await openCase(request, params.caseId);
  const submission = parseForm(await request.formData(), SendReferralSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), values: {} as Record<string, string> }, { status: 400 });
  const outcome = await sendReferral(user, opened, submission.value, { ip: clientIp(request), language: await getLanguage(request) });
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }), values: outcome.values ?? {} }, { status: 400 });
  }
  return redirect(`/care/referrals/${outcome.referralId}?done=sent`);
}

export default function ReferCase() {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const { careCase, organisations, target, search, directory, languages, countries } = useLoaderData<typeof loader>();
  const keep = { service: search.service, place: search.place ?? "", country: search.country, language: search.language };
  const chooseLink = (organisationId: string) => {
    const params = new URLSearchParams(Object.entries({ ...keep, to: organisationId }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/care/cases/${careCase.id}`}>{t("careReferrals:send.backToCase", { code: careCase.code })}</Link>
      </p>
      <PageHeader title={t("careReferrals:send.title", { code: careCase.code })} description={t("careReferrals:send.intro")} />

      <section aria-labelledby="case-title" className="rounded-md border border-stone-300 bg-white p-4">
        <h2 id="case-title" className="text-lg font-semibold">
          {t("careReferrals:send.caseTitle")}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("careReferrals:fields.code")}</dt>
          <dd>{careCase.code}</dd>
          <dt className="font-semibold">{t("careReferrals:send.stage")}</dt>
          <dd>{t(`care:stages.${careCase.stage}`)}</dd>
          <dt className="font-semibold">{t("careReferrals:send.workedIn")}</dt>
          <dd>{[careCase.district, careCase.state, careCase.countryName].join(", ")}</dd>
          <dt className="font-semibold">{t("careReferrals:send.lead")}</dt>
          <dd>
            <OrganisationPlace organisation={careCase.lead} />
          </dd>
        </dl>
      </section>

      <section aria-labelledby="find-title" className="space-y-4">
        <h2 id="find-title" className="text-xl font-semibold">
          {t("careReferrals:send.findTitle")}
        </h2>
        <p className="text-stone-700">{t("careReferrals:send.findIntro")}</p>
        <DirectorySearchForm search={search} languages={languages} countries={countries} hidden={{ to: target?.id }} clearTo={`/care/cases/${careCase.id}/refer?place=`} />
        <p role="status" className="text-stone-700">
          {t("careReferrals:directory.count", { count: directory.length })}
        </p>
        <ul className="space-y-3">
          {directory.map((entry) => (
            <li key={entry.id}>
              <DirectoryEntryCard
                entry={entry}
                action={
                  <Link to={chooseLink(entry.organisation.id)} className={buttonClass.secondary} aria-label={t("careReferrals:send.chooseNamed", { name: entry.organisation.name })}>
                    {t("careReferrals:send.choose")}
                  </Link>
                }
              />
            </li>
          ))}
        </ul>
        <Form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-stone-300 bg-white p-4">
          {Object.entries(keep).map(([name, value]) => (value !== undefined ? <input key={name} type="hidden" name={name} value={value} /> : null))}
          <SelectField className="min-w-64 flex-1" label={t("careReferrals:send.allOrganisations")} selectProps={{ name: "to", defaultValue: target?.id ?? "" }}>
            <option value="">{t("careReferrals:send.chooseOrganisation")}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {t("careReferrals:send.organisationOption", {
                  name: organisation.name,
                  kind: t(`common:organisationKinds.${organisation.kind}`),
                  state: organisation.region,
                  country: organisation.countryName,
                })}
              </option>
            ))}
          </SelectField>
          <button type="submit" className={buttonClass.secondary}>
            {t("careReferrals:send.choose")}
          </button>
        </Form>
      </section>

      {target ? <ReferralForm key={target.id} /> : <p>{t("careReferrals:send.chooseFirst")}</p>}
    </div>
  );
}

function ReferralForm() {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const { careCase, target, search, canOverride } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "refer",
    lastResult: actionData?.result,
    defaultValue: { toOrganisationId: target!.id, kind: "service", service: search.service ?? "", sharedFields: target!.fields },
    constraint: getZodConstraint(SendReferralSchema),
    onValidate: ({ formData }) => parseForm(formData, SendReferralSchema),
    shouldRevalidate: "onBlur",
  });
  if (!target) return null;
  const values = actionData?.values;
  return (
    <section aria-labelledby="send-title" className="space-y-4">
      <h2 id="send-title" className="text-xl font-semibold">
        {t("careReferrals:send.formTitle")}
      </h2>
      <Form method="post" className="max-w-2xl space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={values} />
        <input {...getInputProps(fields.toOrganisationId, { type: "hidden" })} />
        <div>
          <p className="text-sm font-semibold text-stone-800">{t("careReferrals:send.to")}</p>
          <p>
            <OrganisationPlace organisation={target} />
          </p>
          <p className="text-sm text-stone-700">
            {t("careReferrals:send.targetMandates", { list: target.mandates.map((mandate) => t(`care:mandates.${mandate}`)).join(", ") || "—" })}{" "}
            {t("careReferrals:send.targetServices", { list: target.services.map((service) => t(`care:services.${service}`)).join(", ") || "—" })}
          </p>
          <ErrorList id={fields.toOrganisationId.errorId} errors={fields.toOrganisationId.errors} values={values} />
        </div>

        <fieldset aria-describedby={fields.kind.errors?.length ? fields.kind.errorId : undefined}>
          <legend className="text-sm font-semibold text-stone-800">{t("careReferrals:send.kind")}</legend>
          {getCollectionProps(fields.kind, { type: "radio", options: ["service", "transfer"] }).map(({ key, ...props }) => {
            const hint = props.value === "transfer" ? (careCase.isLead ? t("careReferrals:send.transferHint") : t("careReferrals:send.transferNotLead")) : null;
            return (
              <div key={key}>
                <div className="flex min-h-11 items-center gap-3">
                  <input {...props} className="size-5 accent-brand-800" aria-describedby={hint ? `${props.id}-hint` : undefined} />
                  <label htmlFor={props.id} className="text-sm text-stone-800">
                    {t(`care:referralKinds.${props.value as "service" | "transfer"}`)}
                  </label>
                </div>
                {hint ? (
                  <p id={`${props.id}-hint`} className="ml-8 text-sm text-stone-700">
                    {hint}
                  </p>
                ) : null}
              </div>
            );
          })}
          <ErrorList id={fields.kind.errorId} errors={fields.kind.errors} values={values} />
        </fieldset>

        <SelectField label={t("careReferrals:send.service")} hint={t("careReferrals:send.serviceHint")} errors={fields.service.errors} selectProps={getSelectProps(fields.service)}>
          <option value="">{t("careReferrals:send.chooseService")}</option>
          {SERVICE_KINDS.map((service) => (
            <option key={service} value={service}>
              {t(`care:services.${service}`)}
            </option>
          ))}
        </SelectField>

        <TextareaField
          label={t("careReferrals:send.reason")}
          hint={t("careReferrals:send.reasonHint")}
          errors={fields.reason.errors}
          textareaProps={{ ...getTextareaProps(fields.reason), rows: 4 }}
        />

        <fieldset aria-describedby="shared-hint">
          <legend className="text-sm font-semibold text-stone-800">{t("careReferrals:send.sharedFields")}</legend>
          <p id="shared-hint" className="text-sm text-stone-700">
            {target.fields.length ? t("careReferrals:send.sharedFieldsHint") : t("careReferrals:send.noFields")}
          </p>
          <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
            {getCollectionProps(fields.sharedFields, { type: "checkbox", options: [...target.fields] }).map(({ key, ...props }) => (
              <CheckboxField key={key} label={t(`care:fields.${props.value as (typeof target.fields)[number]}`)} inputProps={props} />
            ))}
          </div>
        </fieldset>

        <div className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
          <p role="status" className={target.consentInForce ? "text-stone-800" : "font-semibold text-red-800"}>
            {target.consentInForce
              ? t("careReferrals:send.consentInForce", { purpose: t(`care:consentPurposes.${target.purpose}`) })
              : t("careReferrals:send.consentMissing", { purpose: t(`care:consentPurposes.${target.purpose}`) })}
          </p>
          {!target.consentInForce && canOverride ? (
            <>
              <CheckboxField label={t("careReferrals:send.override")} errors={fields.override.errors} inputProps={getInputProps(fields.override, { type: "checkbox" })} />
              <TextareaField
                label={t("careReferrals:send.overrideReason")}
                hint={t("careReferrals:send.overrideReasonHint")}
                errors={fields.overrideReason.errors}
                textareaProps={{ ...getTextareaProps(fields.overrideReason), rows: 3 }}
              />
            </>
          ) : null}
        </div>

        <SubmitButton pendingLabel={t("careReferrals:send.sending")}>{t("careReferrals:send.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
