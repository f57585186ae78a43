import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { AUDIT_ACTIONS, type AuditAction } from "~/modules/audit/actions";
import { ReadReasonSchema, SEX_GENDER_OPTIONS } from "~/modules/cases/beneficiary-schema";
import {
  askToConsiderReferral,
  beneficiaryRecord,
  duplicateSubject,
  isRegisteringTeam,
  possibleDuplicateNotice,
  recordBeneficiaryRead,
  requireBeneficiaryAccess,
  type BeneficiaryRecord,
} from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate, formatDateTime } from "~/ui/format";
import { FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** The audit trail names its actions with the admin area's labels. */
export const handle = { i18n: ["admin"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const found = await requireBeneficiaryAccess(request, user, params.code);
  const t = await getTranslator(await getLanguage(request));
  const base = { title: t("careBeneficiaries:record.title", { code: found.beneficiary.code }), code: found.beneficiary.code };
  // Auditors state a reason first (the action); nothing of the person is read until then.
  if (found.access.kind === "audit") return { ...base, needsReason: true as const, record: null, duplicate: null };
  const record = await beneficiaryRecord(user, found);
  await recordBeneficiaryRead({ user, code: found.beneficiary.code, access: found.access, via: "record", ip: clientIp(request) });
  const duplicate = new URL(request.url).searchParams.has("possibleDuplicate") ? await possibleDuplicateNotice(user, found) : null;
  return { ...base, needsReason: false as const, record, duplicate };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const found = await requireBeneficiaryAccess(request, user, params.code);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const code = found.beneficiary.code;
  if (intent === "reason") {
    if (found.access.kind !== "audit") return redirect(`/care/beneficiaries/${code}`);
    const submission = parseForm(formData, ReadReasonSchema);
    if (submission.status !== "success") return data({ result: submission.reply(), record: null }, { status: 400 });
    const record = await beneficiaryRecord(user, found);
    await recordBeneficiaryRead({ user, code, access: found.access, via: "record", ip: clientIp(request), reason: submission.value.reason });
    return { result: submission.reply(), record };
  }
  if (intent === "askReferral") {
    if (!isRegisteringTeam(user, found)) throw notFound();
    const outcome = await askToConsiderReferral(user, await duplicateSubject(found.beneficiary.id), clientIp(request));
    return redirect(`/care/beneficiaries/${code}?${outcome.ok ? "asked=1" : "possibleDuplicate=1"}`);
  }
  throw notFound();
}

const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export default function BeneficiaryPage() {
  const { t } = useTranslation(["careBeneficiaries", "care"]);
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const record = actionData?.record ?? loaded.record;
  return (
    <div className="space-y-8">
      <p>
        <Link to="/care/beneficiaries">{t("list.back")}</Link>
      </p>
      {record ? <Record record={record} duplicate={loaded.duplicate} /> : <ReasonForm code={loaded.code} />}
    </div>
  );
}

function ReasonForm({ code }: { code: string }) {
  const { t } = useTranslation(["careBeneficiaries", "care", "common"]);
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "reason",
    lastResult: actionData?.result,
    constraint: getZodConstraint(ReadReasonSchema),
    onValidate: ({ formData }) => parseForm(formData, ReadReasonSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <PageHeader title={t("record.title", { code })} />
      <Form method="post" className="max-w-xl space-y-4" {...getFormProps(form)}>
        <h2 className="text-xl font-semibold">{t("care:access.reasonTitle")}</h2>
        <p>{t("care:access.reasonIntro")}</p>
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextareaField label={t("care:access.reasonLabel")} errors={fields.reason.errors} textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }} />
        <input type="hidden" name="intent" value="reason" />
        <SubmitButton>{t("care:access.continue")}</SubmitButton>
      </Form>
    </>
  );
}

function Record({ record, duplicate }: { record: BeneficiaryRecord; duplicate: { canAsk: boolean } | null }) {
  const { t, i18n } = useTranslation(["careBeneficiaries", "care", "admin"]);
  const [searchParams] = useSearchParams();
  const language = i18n.language;
  const base = `/care/beneficiaries/${record.code}`;
  const done = searchParams.get("done");
  const showValue = (field: string, value: string) =>
    field === "sexGender" && (SEX_GENDER_OPTIONS as readonly string[]).includes(value) ? t(`sexGender.${value as (typeof SEX_GENDER_OPTIONS)[number]}`) : value;
  return (
    <>
      <PageHeader
        title={t("record.title", { code: record.code })}
        description={t("record.registeredBy", { organisation: record.organisation, date: formatDate(record.registeredOn, language) })}
        actions={
          <>
            {record.can.edit ? (
              <Link to={`${base}/edit`} className={buttonClass.secondary}>
                {t("record.edit")}
              </Link>
            ) : null}
            {record.access.kind === "team" ? (
              <>
                <Link to={`${base}/training`} className={buttonClass.secondary}>
                  {t("record.training")}
                </Link>
                <Link to={`${base}/assessments`} className={buttonClass.secondary}>
                  {t("record.assessments")}
                </Link>
              </>
            ) : null}
            {record.can.openCase ? (
              <Link to={`/care/cases/new?beneficiary=${record.code}`} className={buttonClass.primary}>
                {t("record.openCase")}
              </Link>
            ) : null}
          </>
        }
      />
      {searchParams.has("registered") ? <Notice>{t("record.registered")}</Notice> : null}
      {searchParams.has("asked") ? <Notice>{t("duplicate.asked")}</Notice> : null}
      {done && ["saved", "consentRecorded", "consentWithdrawn", "makerLinked", "makerUnlinked", "anonymised"].includes(done) ? <Notice>{t(`record.done.${done as "saved"}`)}</Notice> : null}
      {duplicate ? (
        <section aria-labelledby="duplicate-title" className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
          <h2 id="duplicate-title" className="text-lg font-semibold">
            {t("duplicate.title")}
          </h2>
          <p>{t("duplicate.body")}</p>
          {duplicate.canAsk ? (
            <Form method="post">
              <input type="hidden" name="intent" value="askReferral" />
              <SubmitButton variant="secondary">{t("duplicate.ask")}</SubmitButton>
            </Form>
          ) : (
            <p>{t("duplicate.needsConsent")}</p>
          )}
        </section>
      ) : null}
      {record.access.kind === "referral" ? <p className="rounded-md border border-stone-400 bg-stone-50 p-3">{t("care:access.limited", { organisation: record.organisation })}</p> : null}
      {record.anonymisedAt ? (
        <p role="status" className="rounded-md border border-stone-500 bg-stone-100 p-3 font-semibold">
          {t("record.anonymisedOn", { date: formatDate(record.anonymisedAt, language) })}
        </p>
      ) : (
        <section aria-labelledby="identity-title" className="space-y-4">
          <h2 id="identity-title" className="text-xl font-semibold">
            {t("record.identity")}
          </h2>
          <div className="flex flex-wrap gap-6">
            {record.hasPhoto ? <img src={`${base}/photo`} alt={t("record.photoAlt", { code: record.code })} width={200} className="h-auto w-48 rounded-md border border-stone-300" /> : null}
            <dl className="grid min-w-0 grow gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {record.identity.map((item) => (
                <div key={item.field} className="contents">
                  <dt className="font-semibold text-stone-800">{t(`care:fields.${item.field}`)}</dt>
                  <dd className={item.shown && item.value ? "" : "text-stone-600"}>{item.shown ? (item.value ? showValue(item.field, item.value) : t("record.notRecorded")) : t("care:access.hidden")}</dd>
                </div>
              ))}
            </dl>
          </div>
        </section>
      )}

      <section aria-labelledby="consents-title" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="consents-title" className="text-xl font-semibold">
            {t("record.consents")}
          </h2>
          {record.can.consent ? (
            <Link to={`${base}/consents/new`} className={buttonClass.secondary}>
              {t("record.recordConsent")}
            </Link>
          ) : null}
        </div>
        {record.consents.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{t("record.consents")}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="p-2">
                    {t("consent.purpose")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("consent.method")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("consent.givenOn")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("consent.recordedBy")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("consent.state")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.consents.map((consent) => (
                  <tr key={consent.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-2 font-semibold">
                      {t(`care:consentPurposes.${consent.purpose}`)}
                    </th>
                    <td className="p-2">
                      {t(`care:consentMethods.${consent.method}`)}
                      {consent.witness ? <span className="block text-stone-700">{t("consent.witnessNamed", { name: consent.witness })}</span> : null}
                      {consent.hasEvidence ? (
                        <a className="block" href={`${base}/consents/${consent.id}/evidence`} target="_blank" rel="noreferrer">
                          {t("consent.viewEvidence")}
                        </a>
                      ) : null}
                    </td>
                    <td className="p-2 whitespace-nowrap">{formatDate(consent.givenOn, language)}</td>
                    <td className="p-2">{consent.recordedBy ?? "—"}</td>
                    <td className="p-2">
                      {consent.withdrawnAt ? (
                        t("consent.withdrawnOn", { date: formatDate(consent.withdrawnAt, language), name: consent.withdrawnBy ?? "—" })
                      ) : (
                        <>
                          {t("consent.inForce")}
                          {consent.canWithdraw ? (
                            <Link className="block" to={`${base}/consents/${consent.id}/withdraw`}>
                              {t("consent.withdraw")}
                            </Link>
                          ) : null}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("record.noConsents")}</p>
        )}
      </section>

      <section aria-labelledby="cases-title" className="space-y-3">
        <h2 id="cases-title" className="text-xl font-semibold">
          {t("record.cases")}
        </h2>
        {record.cases.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{t("record.cases")}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="p-2">
                    {t("record.case")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("record.stage")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("record.leadOrganisation")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("record.place")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.cases.map((c) => (
                  <tr key={c.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-2">
                      <Link to={`/care/cases/${c.id}`}>{t("record.caseOpened", { date: formatDate(c.openedOn, language) })}</Link>
                      {c.assignedTo ? <span className="block font-normal text-stone-700">{t("record.assignedTo", { name: c.assignedTo })}</span> : null}
                    </th>
                    <td className="p-2">{t(`care:stages.${c.stage}`)}</td>
                    <td className="p-2">{c.leadOrganisation}</td>
                    <td className="p-2">{c.place}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("record.noCases")}</p>
        )}
      </section>

      {record.access.kind === "team" ? (
        <section aria-labelledby="maker-title" className="space-y-2">
          <h2 id="maker-title" className="text-xl font-semibold">
            {t("record.maker")}
          </h2>
          <p>
            {record.maker
              ? t(record.maker.publicProfile ? "maker.linkedPublic" : "maker.linkedPrivate", { name: record.maker.displayName, organisation: record.maker.organisation })
              : t("maker.notLinked")}
          </p>
          {record.can.linkMaker ? <Link to={`${base}/maker`}>{t("maker.manage")}</Link> : null}
        </section>
      ) : null}

      {record.can.export || record.can.anonymise ? (
        <section aria-labelledby="data-title" className="space-y-3">
          <h2 id="data-title" className="text-xl font-semibold">
            {t("record.personalData")}
          </h2>
          <div className="flex flex-wrap gap-3">
            {record.can.export ? (
              <Form method="post" action={`${base}/export`} reloadDocument>
                <button type="submit" className={buttonClass.secondary}>
                  {t("record.export")}
                </button>
              </Form>
            ) : null}
            {record.can.anonymise ? (
              <Link to={`${base}/anonymise`} className={buttonClass.danger}>
                {t("record.anonymise")}
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}

      {record.auditTrail ? (
        <section aria-labelledby="audit-title" className="space-y-3">
          <h2 id="audit-title" className="text-xl font-semibold">
            {t("record.auditTrail")}
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">{t("record.auditTrail")}</caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="p-2">
                    {t("audit.when")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("audit.who")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("audit.what")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("audit.reason")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {record.auditTrail.map((event) => (
                  <tr key={event.id} className="border-b border-stone-200 align-top">
                    <td className="p-2 whitespace-nowrap">{formatDateTime(event.at, language)}</td>
                    <td className="p-2">
                      {event.actor ?? "—"}
                      {event.organisation ? <span className="block text-stone-700">{event.organisation}</span> : null}
                    </td>
                    <td className="p-2">{isKnownAction(event.action) ? t(`admin:audit.actions.${event.action}`) : event.action}</td>
                    <td className="p-2">{event.reason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
