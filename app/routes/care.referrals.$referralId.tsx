import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { answerReferral, referralDetail } from "~/modules/cases/index.server";
import { AnswerReferralSchema, REFERRAL_INTENTS } from "~/modules/cases/referral-schemas";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";
import { OrganisationPlace } from "~/ui/referral-parts";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const language = await getLanguage(request);
  const referral = await referralDetail(user, params.referralId ?? "", { ip: clientIp(request), path: new URL(request.url).pathname }, language);
  if (!referral) throw notFound();
  const t = await getTranslator(language);
  return { title: t("careReferrals:detail.title", { code: referral.code }), referral };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const submission = parseForm(await request.formData(), AnswerReferralSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const referralId = params.referralId ?? "";
  const outcome = await answerReferral(user, referralId, submission.value, { ip: clientIp(request), path: new URL(request.url).pathname });
  if (!outcome) throw notFound();
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/referrals/${referralId}?done=${submission.value.intent}`);
}

const DONE = new Set<string>(REFERRAL_INTENTS.map(String).concat("sent"));

export default function ReferralPage() {
  const { t, i18n } = useTranslation(["careReferrals", "care", "common", "admin"]);
  const { referral } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const when = (value: string | Date | null) => (value ? formatDateTime(value, i18n.language) : null);
  const what = referral.kind === "transfer" || !referral.service ? t("care:referralKinds.transfer") : t(`care:services.${referral.service}`);
  return (
    <div className="space-y-8">
      <p>
        <Link to="/care/referrals">{t("careReferrals:detail.back")}</Link>
      </p>
      <PageHeader title={t("careReferrals:detail.title", { code: referral.code })} description={`${what} · ${t(`care:referralStatuses.${referral.status}`)}`} />
      {done && DONE.has(done) ? <Notice>{t(`careReferrals:detail.done.${done as "sent"}`)}</Notice> : null}

      <section aria-labelledby="summary-title" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
        <h2 id="summary-title" className="text-lg font-semibold">
          {t("careReferrals:detail.summary")}
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("careReferrals:fields.code")}</dt>
          <dd>{referral.code}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.what")}</dt>
          <dd>{what}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.status")}</dt>
          <dd>{t(`care:referralStatuses.${referral.status}`)}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.from")}</dt>
          <dd>
            <OrganisationPlace organisation={referral.from} />
          </dd>
          <dt className="font-semibold">{t("careReferrals:fields.to")}</dt>
          <dd>
            <OrganisationPlace organisation={referral.to} />
          </dd>
          <dt className="font-semibold">{t("careReferrals:fields.reason")}</dt>
          <dd className="whitespace-pre-line">{referral.reason}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.response")}</dt>
          <dd className="whitespace-pre-line">{referral.responseNote ?? t("careReferrals:detail.noResponse")}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.sharedFields")}</dt>
          <dd>{referral.sharedFields.length ? referral.sharedFields.map((field) => t(`care:fields.${field}`)).join(", ") : t("careReferrals:detail.codeOnly")}</dd>
          <dt className="font-semibold">{t("careReferrals:fields.consent")}</dt>
          <dd>{referral.consentOverride ? t("careReferrals:detail.overridden") : t("careReferrals:detail.withConsent")}</dd>
          {referral.overrideReason ? (
            <>
              <dt className="font-semibold">{t("careReferrals:fields.overrideReason")}</dt>
              <dd className="whitespace-pre-line">{referral.overrideReason}</dd>
            </>
          ) : null}
        </dl>
        {referral.caseOpen ? (
          <p>
            <Link to={`/care/cases/${referral.caseId}`}>{t("careReferrals:detail.openCase", { code: referral.code })}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="steps-title" className="space-y-3">
        <h2 id="steps-title" className="text-lg font-semibold">
          {t("careReferrals:detail.steps")}
        </h2>
        <ol className="space-y-1">
          {referral.steps.map((step) => (
            <li key={step.step}>
              {t(`careReferrals:detail.step.${step.step}`, { when: when(step.at), who: step.by ?? t("careReferrals:detail.someone"), organisation: step.organisation })}
            </li>
          ))}
        </ol>
      </section>

      {referral.identityState !== "sender" ? <IdentitySection /> : null}
      {referral.intents.length ? <Answers /> : null}
    </div>
  );
}

function IdentitySection() {
  const { t } = useTranslation(["careReferrals", "care"]);
  const { referral } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="person-title" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="person-title" className="text-lg font-semibold">
        {t("careReferrals:detail.person")}
      </h2>
      {referral.identityState === "consentWithdrawn" ? <p role="status">{t("careReferrals:detail.consentWithdrawn")}</p> : null}
      {referral.identityState === "inactive" ? <p role="status">{t("careReferrals:detail.inactive")}</p> : null}
      {referral.identityState === "shown" || referral.identityState === "codeOnly" ? (
        <>
          <p>{t("care:access.limited", { organisation: referral.from.name })}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            {referral.identity.map((item) => (
              <div key={item.field} className="contents">
                <dt className="font-semibold">{t(`care:fields.${item.field}`)}</dt>
                <dd className={item.shared ? undefined : "italic text-stone-700"}>
                  {item.shared ? (item.value ?? t("careReferrals:detail.notRecorded")) : t("care:access.hidden")}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}

function Answers() {
  const { t } = useTranslation(["careReferrals", "common"]);
  const { referral } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<{ intent: string; note: string }>({
    id: "answer",
    lastResult: actionData?.result,
    constraint: getZodConstraint(AnswerReferralSchema),
  });
  const can = (intent: (typeof REFERRAL_INTENTS)[number]) => referral.intents.includes(intent);
  return (
    <section aria-labelledby="answer-title" className="space-y-4">
      <h2 id="answer-title" className="text-lg font-semibold">
        {t("careReferrals:answer.title")}
      </h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      {can("accept") || can("reject") ? (
        <Form method="post" className="max-w-xl space-y-3" {...getFormProps(form)}>
          <TextareaField
            label={t("careReferrals:answer.note")}
            hint={t("careReferrals:answer.noteHint")}
            errors={fields.note.errors}
            textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
          />
          <div className="flex flex-wrap gap-2">
            {can("accept") ? (
              <SubmitButton name="intent" value="accept">
                {t("careReferrals:answer.accept")}
              </SubmitButton>
            ) : null}
            {can("reject") ? (
              <SubmitButton name="intent" value="reject" variant="secondary">
                {t("careReferrals:answer.reject")}
              </SubmitButton>
            ) : null}
          </div>
        </Form>
      ) : null}
      {can("complete") ? (
        <Form method="post">
          <p className="mb-2 text-stone-700">{t("careReferrals:answer.completeHint")}</p>
          <SubmitButton name="intent" value="complete">
            {t("careReferrals:answer.complete")}
          </SubmitButton>
        </Form>
      ) : null}
      {can("revoke") ? (
        <Form method="post">
          <p className="mb-2 text-stone-700">{t("careReferrals:answer.revokeHint")}</p>
          <SubmitButton name="intent" value="revoke" variant="danger">
            {t("careReferrals:answer.revoke")}
          </SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
