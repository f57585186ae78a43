import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import {
  AssignSchema,
  CASE_ACTION_SCHEMAS,
  MoveStageSchema,
  RejectCloseSchema,
  RequestCloseSchema,
  ReviewDueSchema,
  ServiceSchema,
  type CaseIntent,
} from "~/modules/cases/case-schemas";
import { approveClose, assignCase, casePageData, moveStage, recordService, rejectClose, requestClose, requireCaseContext, setReviewDue } from "~/modules/cases/index.server";
import { WORKING_STAGES, classifyMove } from "~/modules/cases/stages";
import { SERVICE_KINDS, stageIndex, type CaseStage } from "~/modules/cases/vocabulary";
import type { Outcome } from "~/modules/identity/outcome";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { recordContact } from "~/modules/reintegration/index.server";
import { ContactSchema } from "~/modules/reintegration/contact-schema";
import type { Permission } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { CaseContactForm } from "~/ui/case-contact-form";
import { CaseProgress } from "~/ui/case-progress";
import { CaseTimeline } from "~/ui/case-timeline";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton, TextareaField } from "~/ui/forms";
import { formatDate, formatDateTime } from "~/ui/format";
import { Notice } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const ctx = await requireCaseContext(user, params.caseId, { ip: clientIp(request), path: new URL(request.url).pathname });
  const language = await getLanguage(request);
  const [page, t] = await Promise.all([casePageData(ctx, language), getTranslator(language)]);
  return { title: t("careCases:page.title", { code: page.case.code }), ...page };
}

/** The permission each change needs before the case's own rules are looked at (partners record services through their referral). */
const INTENT_PERMISSIONS: Record<CaseIntent, Permission> = {
  move: "manage:case:own",
  review: "manage:case:own",
  requestClose: "manage:case:own",
  assign: "manage:case:org",
  approveClose: "approve:case-close:own",
  rejectClose: "approve:case-close:own",
  service: "access:care:own",
};

const DONE: Record<CaseIntent, string> = {
  move: "moved",
  service: "service",
  assign: "assigned",
  review: "review",
  requestClose: "closeRequested",
  approveClose: "closed",
  rejectClose: "closeRejected",
};

function isIntent(value: unknown): value is CaseIntent {
  return typeof value === "string" && Object.hasOwn(CASE_ACTION_SCHEMAS, value);
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUserWithPermission(request, "access:care:own");
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "contact") return contactAction(request, params.caseId, formData);
  if (!isIntent(intent)) throw new Response(null, { status: 400 });
  const user = await requireUserWithPermission(request, INTENT_PERMISSIONS[intent]);
  const ctx = await requireCaseContext(user, params.caseId, { ip: clientIp(request), path: new URL(request.url).pathname });
  const submission = parseForm(formData, CASE_ACTION_SCHEMAS[intent]);
  if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  let outcome: Outcome;
  switch (value.intent) {
    case "move":
      outcome = await moveStage(ctx, value);
      break;
    case "service":
      outcome = await recordService(ctx, value);
      break;
    case "assign":
      outcome = await assignCase(ctx, value.assignedToId);
      break;
    case "review":
      outcome = await setReviewDue(ctx, value.reviewDueOn);
      break;
    case "requestClose":
      outcome = await requestClose(ctx, value.reason);
      break;
    case "approveClose":
      outcome = await approveClose(ctx);
      break;
    case "rejectClose":
      outcome = await rejectClose(ctx, value.reason);
      break;
  }
  if (!outcome.ok) return data({ intent, result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
  return redirect(`/care/cases/${ctx.caseId}?done=${DONE[intent]}`);
}

/** A contact with the person (reintegration module): the case's managing team only. */
async function contactAction(request: Request, caseId: string | undefined, formData: FormData) {
  const user = await requireUserWithPermission(request, "manage:case:own");
  const ctx = await requireCaseContext(user, caseId, { ip: clientIp(request), path: new URL(request.url).pathname });
  const submission = parseForm(formData, ContactSchema);
  if (submission.status !== "success") return data({ intent: "contact" as const, result: submission.reply() }, { status: 400 });
  await recordContact(ctx, submission.value);
  return redirect(`/care/cases/${ctx.caseId}?done=contact`);
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

function useAnswer(intent: CaseIntent | "contact"): SubmissionResult<string[]> | undefined {
  const actionData = useActionData<typeof action>();
  return actionData && actionData.intent === intent ? (actionData.result as SubmissionResult<string[]>) : undefined;
}

export default function CasePage() {
  const { t, i18n } = useTranslation(["careCases", "care", "careAlerts", "common"]);
  const page = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const contactAnswer = useAnswer("contact");
  const { case: item, person, powers, access } = page;
  return (
    <div className="space-y-8">
      <p>
        <Link to="/care/cases">{t("careCases:page.back")}</Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("careCases:page.title", { code: item.code })}</h1>
        {person.legalName ? (
          <p className="text-lg">
            <span className="font-semibold">{t("care:fields.legalName")}:</span> {person.legalName}
          </p>
        ) : null}
        <p>
          <Link to={`/care/beneficiaries/${item.code}`}>{t("careCases:page.personRecord", { code: item.code })}</Link>
        </p>
      </header>
      {done ? <Notice>{done === "contact" ? t("careAlerts:contact.done") : t(`careCases:done.${done}` as never)}</Notice> : null}
      {access.kind === "referral" ? (
        <p className="rounded-md border border-stone-300 bg-stone-50 p-3">{powers.recordService ? t("careCases:page.referralViewService") : t("careCases:page.referralView")}</p>
      ) : access.kind === "audit" ? (
        <p className="rounded-md border border-stone-300 bg-stone-50 p-3">{t("careCases:page.auditView")}</p>
      ) : null}

      <section aria-labelledby="case-summary" className="space-y-3">
        <h2 id="case-summary" className="text-xl font-semibold">
          {t("careCases:page.summary")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("careCases:fields.code")}</dt>
          <dd>{item.code}</dd>
          <dt className="font-semibold">{t("careCases:fields.leadOrganisation")}</dt>
          <dd>{t("careCases:page.organisationPlace", { name: item.leadOrganisation.name, region: item.leadOrganisation.region, country: item.leadOrganisation.country })}</dd>
          <dt className="font-semibold">{t("careCases:fields.workedIn")}</dt>
          <dd>{[item.district, item.state, item.country].join(", ")}</dd>
          <dt className="font-semibold">{t("careCases:fields.assignedTo")}</dt>
          <dd>{item.assignedTo?.name ?? t("careCases:page.unassigned")}</dd>
          <dt className="font-semibold">{t("careCases:fields.stage")}</dt>
          <dd>{t("careCases:page.stageSince", { stage: t(`care:stages.${item.stage}`), date: formatDate(item.stageEnteredAt, i18n.language) })}</dd>
          <dt className="font-semibold">{t("careCases:fields.reviewDueOn")}</dt>
          <dd>
            {item.reviewDueOn ? formatDate(item.reviewDueOn, i18n.language) : t("careCases:page.noReview")}
            {item.overdue ? <strong className="ml-2 text-red-800">{t("careCases:list.overdue")}</strong> : null}
          </dd>
          {item.closeRequest ? (
            <>
              <dt className="font-semibold">{t("careCases:page.closeRequest")}</dt>
              <dd>{t("careCases:page.closeRequestedBy", { name: item.closeRequest.by ?? t("careCases:timeline.someone"), date: formatDateTime(item.closeRequest.at, i18n.language) })}</dd>
            </>
          ) : null}
          {item.closedAt ? (
            <>
              <dt className="font-semibold">{t("careCases:page.closedOn")}</dt>
              <dd>{formatDate(item.closedAt, i18n.language)}</dd>
            </>
          ) : null}
        </dl>
        <p className="flex flex-wrap gap-2">
          {page.canRefer ? (
            <Link to={`/care/cases/${item.id}/refer`} className={buttonClass.secondary}>
              {t("careCases:page.refer")}
            </Link>
          ) : null}
          {access.kind === "team" ? (
            <>
              <Link to={`/care/cases/${item.id}/reintegration`} className={buttonClass.secondary}>
                {t("careCases:page.reintegration")}
              </Link>
              <Link to={`/care/cases/${item.id}/claims`} className={buttonClass.secondary}>
                {t("careCases:page.claims")}
              </Link>
            </>
          ) : null}
        </p>
      </section>

      <CaseProgress stage={item.stage} />

      {item.stage !== "closed" ? (
        <section aria-labelledby="case-checklist" className="space-y-3">
          <h2 id="case-checklist" className="text-xl font-semibold">
            {t("careCases:page.checklistTitle", { stage: t(`care:stages.${item.stage}`) })}
          </h2>
          {powers.manage ? (
            <MoveForm page={page} />
          ) : page.checklist.length ? (
            <ul className="list-disc pl-5">
              {page.checklist.map((entry) => (
                <li key={entry.id}>{entry.label}</li>
              ))}
            </ul>
          ) : (
            <p>{t("careCases:page.checklistEmpty")}</p>
          )}
        </section>
      ) : null}

      {powers.decideClose ? <DecideCloseForms /> : null}
      {powers.recordService ? <ServiceForm page={page} /> : null}
      {powers.manage ? <CaseContactForm today={page.today} lastResult={contactAnswer} /> : null}
      {powers.manage ? <ReviewForm reviewDueOn={item.reviewDueOn} /> : null}
      {powers.assign ? <AssignForm page={page} /> : null}
      {powers.requestClose ? <RequestCloseForm /> : null}

      <section aria-labelledby="case-timeline" className="space-y-3">
        <h2 id="case-timeline" className="text-xl font-semibold">
          {t("careCases:timeline.title")}
        </h2>
        <CaseTimeline entries={page.timeline} />
      </section>
    </div>
  );
}

function MoveForm({ page }: { page: PageData }) {
  const { t } = useTranslation(["careCases", "care", "common"]);
  const current = page.case.stage as CaseStage;
  const next = WORKING_STAGES[stageIndex(current) + 1];
  const [form, fields] = useForm({
    id: "move",
    lastResult: useAnswer("move"),
    defaultValue: { intent: "move", fromStage: current, toStage: next ?? "" },
    constraint: getZodConstraint(MoveStageSchema),
    onValidate: ({ formData }) => parseForm(formData, MoveStageSchema),
    shouldRevalidate: "onBlur",
  });
  const kindOf = (stage: CaseStage) => classifyMove(current, stage);
  return (
    <Form method="post" className="space-y-4 rounded-md border border-stone-300 bg-white p-4" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <input type="hidden" name="intent" value="move" />
      <input {...getInputProps(fields.fromStage, { type: "hidden" })} />
      {page.checklist.length ? (
        <fieldset>
          <legend className="text-sm font-semibold text-stone-800">{t("careCases:move.checklistLegend")}</legend>
          <ul className="mt-1 space-y-1">
            {page.checklist.map((entry) => (
              <li key={entry.id} className="flex min-h-11 items-center gap-3">
                <input type="checkbox" id={`check-${entry.id}`} name="checked" value={entry.id} className="size-5 accent-brand-800" />
                <label htmlFor={`check-${entry.id}`}>{entry.label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p>{t("careCases:page.checklistEmpty")}</p>
      )}
      <SelectField label={t("careCases:move.toStage")} errors={fields.toStage.errors} selectProps={getSelectProps(fields.toStage)}>
        {WORKING_STAGES.filter((stage) => stage !== current).map((stage) => (
          <option key={stage} value={stage}>
            {t(`careCases:move.option.${kindOf(stage) as "next" | "skip" | "revisit"}`, { stage: t(`care:stages.${stage}`) })}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label={t("careCases:move.reason")}
        hint={t("careCases:move.reasonHint")}
        errors={fields.reason.errors}
        textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }}
      />
      <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careCases:move.submit")}</SubmitButton>
    </Form>
  );
}

function ServiceForm({ page }: { page: PageData }) {
  const { t } = useTranslation(["careCases", "care", "common"]);
  const [form, fields] = useForm({
    id: "service",
    lastResult: useAnswer("service"),
    defaultValue: { intent: "service", providerId: page.defaultProviderId, occurredOn: page.today },
    constraint: getZodConstraint(ServiceSchema),
    onValidate: ({ formData }) => parseForm(formData, ServiceSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="service-title" className="space-y-3">
      <h2 id="service-title" className="text-xl font-semibold">
        {t("careCases:service.title")}
      </h2>
      <Form method="post" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="service" />
        <SelectField label={t("careCases:service.kind")} errors={fields.service.errors} selectProps={getSelectProps(fields.service)}>
          <option value="">{t("careCases:choose")}</option>
          {SERVICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`care:services.${kind}`)}
            </option>
          ))}
        </SelectField>
        {page.ownProvider ? (
          <div>
            <p className="text-sm font-semibold text-stone-800">{t("careCases:service.provider")}</p>
            <p className="mt-1">{page.ownProvider.name}</p>
          </div>
        ) : (
          <SelectField label={t("careCases:service.provider")} errors={fields.providerId.errors} selectProps={getSelectProps(fields.providerId)}>
            {page.providers.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
        )}
        <Field
          label={t("careCases:service.occurredOn")}
          errors={fields.occurredOn.errors}
          inputProps={{ ...getInputProps(fields.occurredOn, { type: "date" }), max: page.today }}
        />
        <TextareaField
          className="sm:col-span-2"
          label={t("careCases:service.notes")}
          hint={t("careCases:service.notesHint")}
          errors={fields.notes.errors}
          textareaProps={{ ...getTextareaProps(fields.notes), rows: 3 }}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careCases:service.submit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function ReviewForm({ reviewDueOn }: { reviewDueOn: string | null }) {
  const { t } = useTranslation(["careCases", "common"]);
  const [form, fields] = useForm({
    id: "review",
    lastResult: useAnswer("review"),
    defaultValue: { intent: "review", reviewDueOn: reviewDueOn ?? "" },
    constraint: getZodConstraint(ReviewDueSchema),
    onValidate: ({ formData }) => parseForm(formData, ReviewDueSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="review-title" className="space-y-3">
      <h2 id="review-title" className="text-xl font-semibold">
        {t("careCases:review.title")}
      </h2>
      <Form method="post" className="flex flex-wrap items-end gap-4 rounded-md border border-stone-300 bg-white p-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="review" />
        <Field label={t("careCases:fields.reviewDueOn")} hint={t("careCases:review.hint")} errors={fields.reviewDueOn.errors} inputProps={getInputProps(fields.reviewDueOn, { type: "date" })} />
        <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careCases:review.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

function AssignForm({ page }: { page: PageData }) {
  const { t } = useTranslation(["careCases", "common"]);
  const [form, fields] = useForm({
    id: "assign",
    lastResult: useAnswer("assign"),
    defaultValue: { intent: "assign", assignedToId: page.case.assignedTo?.id ?? "" },
    constraint: getZodConstraint(AssignSchema),
    onValidate: ({ formData }) => parseForm(formData, AssignSchema),
  });
  return (
    <section aria-labelledby="assign-title" className="space-y-3">
      <h2 id="assign-title" className="text-xl font-semibold">
        {t("careCases:assign.title")}
      </h2>
      <Form method="post" className="flex flex-wrap items-end gap-4 rounded-md border border-stone-300 bg-white p-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="assign" />
        <SelectField label={t("careCases:fields.assignedTo")} errors={fields.assignedToId.errors} selectProps={getSelectProps(fields.assignedToId)}>
          <option value="">{t("careCases:choose")}</option>
          {page.assignees.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careCases:assign.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

function RequestCloseForm() {
  const { t } = useTranslation(["careCases", "common"]);
  const [form, fields] = useForm({
    id: "requestClose",
    lastResult: useAnswer("requestClose"),
    defaultValue: { intent: "requestClose" },
    constraint: getZodConstraint(RequestCloseSchema),
    onValidate: ({ formData }) => parseForm(formData, RequestCloseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="close-title" className="space-y-3">
      <h2 id="close-title" className="text-xl font-semibold">
        {t("careCases:close.requestTitle")}
      </h2>
      <p className="text-stone-700">{t("careCases:close.requestIntro")}</p>
      <Form method="post" className="space-y-4 rounded-md border border-stone-300 bg-white p-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="requestClose" />
        <TextareaField label={t("careCases:close.reason")} errors={fields.reason.errors} textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }} />
        <SubmitButton variant="secondary" pendingLabel={t("common:actions.saving")}>
          {t("careCases:close.request")}
        </SubmitButton>
      </Form>
    </section>
  );
}

function DecideCloseForms() {
  const { t } = useTranslation(["careCases", "common"]);
  const approveErrors = useAnswer("approveClose")?.error?.[""];
  const [form, fields] = useForm({
    id: "rejectClose",
    lastResult: useAnswer("rejectClose"),
    defaultValue: { intent: "rejectClose" },
    constraint: getZodConstraint(RejectCloseSchema),
    onValidate: ({ formData }) => parseForm(formData, RejectCloseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="decide-title" className="space-y-3 rounded-md border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="decide-title" className="text-xl font-semibold">
        {t("careCases:close.decideTitle")}
      </h2>
      <p>{t("careCases:close.decideIntro")}</p>
      <Form method="post">
        <FormErrors errors={approveErrors} />
        <SubmitButton name="intent" value="approveClose">
          {t("careCases:close.approve")}
        </SubmitButton>
      </Form>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="rejectClose" />
        <TextareaField label={t("careCases:close.rejectReason")} errors={fields.reason.errors} textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }} />
        <SubmitButton variant="secondary" pendingLabel={t("common:actions.saving")}>
          {t("careCases:close.reject")}
        </SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
