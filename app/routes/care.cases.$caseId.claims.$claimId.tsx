import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
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
import { CLAIM_ACTION_SCHEMAS, ClaimStatusSchema, CourtMilestoneSchema, HearingHeldSchema, ScheduleHearingSchema, isClaimIntent, type ClaimIntent } from "~/modules/reintegration/claim-schemas";
import { requireClaimsCase } from "~/modules/reintegration/claims-access.server";
import { changeClaimStatus, recordCourtMilestone, recordHearingHeld, scheduleHearing, type ClaimOutcome } from "~/modules/reintegration/claims-changes.server";
import { claimDetail } from "~/modules/reintegration/claims.server";
import { COURT_MILESTONES, type ClaimStatus } from "~/modules/reintegration/vocabulary";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton, TextareaField } from "~/ui/forms";
import { formatDate } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const where = (request: Request) => ({ ip: clientIp(request), path: new URL(request.url).pathname });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const ctx = await requireClaimsCase(user, params.caseId, where(request));
  const [page, t] = await Promise.all([claimDetail(ctx, params.claimId), getTranslator(await getLanguage(request))]);
  return { title: t("careClaims:page.title", { scheme: page.claim.scheme.name, code: ctx.code }), ...page };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:claim:own");
  const ctx = await requireClaimsCase(user, params.caseId, where(request));
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isClaimIntent(intent)) throw new Response(null, { status: 400 });
  const claimId = params.claimId ?? "";
  const submission = parseForm(formData, CLAIM_ACTION_SCHEMAS[intent]);
  if (submission.status !== "success") return data({ intent, result: submission.reply(), values: {} as Record<string, string> }, { status: 400 });
  const value = submission.value;
  let outcome: ClaimOutcome;
  switch (value.intent) {
    case "status":
      outcome = await changeClaimStatus(ctx, claimId, value);
      break;
    case "schedule":
      outcome = await scheduleHearing(ctx, claimId, value);
      break;
    case "held":
      outcome = await recordHearingHeld(ctx, claimId, value);
      break;
    case "milestone":
      outcome = await recordCourtMilestone(ctx, claimId, value);
      break;
  }
  if (!outcome.ok) {
    const language = await getLanguage(request);
    const t = await getTranslator(language);
    const raw = outcome.values ?? {};
    const values: Record<string, string> = {};
    if (typeof raw.from === "string") values.from = t(`careClaims:statuses.${raw.from as ClaimStatus}`);
    if (typeof raw.to === "string") values.to = t(`careClaims:statuses.${raw.to as ClaimStatus}`);
    if (typeof raw.awarded === "number") values.awarded = formatMoney(raw.awarded, "INR", language);
    return data({ intent, result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }), values }, { status: 400 });
  }
  return redirect(`/care/cases/${ctx.caseId}/claims/${claimId}?done=${intent}`);
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

const MAIN_PATH: readonly ClaimStatus[] = ["filed", "under_review", "hearing", "awarded", "disbursed"];

/** The statuses the claim went through, then the ones still ahead on its usual path. */
function statusPath(page: PageData) {
  const visited: ClaimStatus[] = [];
  for (const event of page.timeline) if (event.kind === "status_changed" && event.toStatus && visited.at(-1) !== event.toStatus) visited.push(event.toStatus);
  const current = page.claim.status;
  if (visited.at(-1) !== current) visited.push(current);
  let ahead: readonly ClaimStatus[] = [];
  if (current === "rejected") ahead = ["appealed"];
  else if (current === "appealed") ahead = MAIN_PATH.slice(1);
  else if (current !== "hearing" || !visited.slice(0, -1).includes("hearing")) ahead = MAIN_PATH.slice(MAIN_PATH.indexOf(current) + 1);
  else ahead = MAIN_PATH.slice(3);
  return [...visited.map((status, index) => ({ status, state: index === visited.length - 1 ? "current" : "done" })), ...ahead.map((status) => ({ status, state: "next" }))] as {
    status: ClaimStatus;
    state: "done" | "current" | "next";
  }[];
}

function useAnswer(intent: ClaimIntent) {
  const actionData = useActionData<typeof action>();
  return actionData && actionData.intent === intent ? { result: actionData.result as SubmissionResult<string[]>, values: actionData.values } : undefined;
}

export default function ClaimPage() {
  const { t, i18n } = useTranslation(["careClaims", "care", "common"]);
  const page = useLoaderData<typeof loader>();
  const { claim, timeline, code, caseId, canManage, next } = page;
  const [params] = useSearchParams();
  const done = params.get("done");
  const money = (paise: number | null) => (paise === null ? t("careClaims:page.none") : formatMoney(paise, "INR", i18n.language));
  const date = (value: string | Date | null) => (value ? formatDate(value, i18n.language) : t("careClaims:page.none"));
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/care/cases/${caseId}/claims`}>{t("careClaims:page.backToClaims", { code })}</Link>
      </p>
      <PageHeader title={t("careClaims:page.title", { scheme: claim.scheme.name, code })} />
      {done && isClaimIntent(done) ? <Notice>{t(`careClaims:done.${done}`)}</Notice> : null}

      <section aria-labelledby="summary-title" className="rounded-md border border-stone-300 bg-white p-4">
        <h2 id="summary-title" className="text-lg font-semibold">
          {t("careClaims:page.summary")}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("careClaims:page.scheme")}</dt>
          <dd>{claim.scheme.name}</dd>
          <dt className="font-semibold">{t("careClaims:page.legalBasis")}</dt>
          <dd>{claim.scheme.legalBasis}</dd>
          <dt className="font-semibold">{t("careClaims:page.authority")}</dt>
          <dd>{claim.authority}</dd>
          <dt className="font-semibold">{t("careClaims:page.status")}</dt>
          <dd>{t(`careClaims:statuses.${claim.status}`)}</dd>
          <dt className="font-semibold">{t("careClaims:page.filedOn")}</dt>
          <dd>{date(claim.filedOn)}</dd>
          <dt className="font-semibold">{t("careClaims:page.claimed")}</dt>
          <dd>{money(claim.claimedInr)}</dd>
          <dt className="font-semibold">{t("careClaims:page.awarded")}</dt>
          <dd>
            {money(claim.awardedInr)}
            {claim.awardedOn ? ` (${date(claim.awardedOn)})` : null}
          </dd>
          <dt className="font-semibold">{t("careClaims:page.disbursed")}</dt>
          <dd>
            {money(claim.disbursedInr)}
            {claim.disbursedOn ? ` (${date(claim.disbursedOn)})` : null}
          </dd>
          <dt className="font-semibold">{t("careClaims:page.nextHearing")}</dt>
          <dd>{date(claim.nextHearingOn)}</dd>
        </dl>
      </section>

      <section aria-labelledby="path-title">
        <h2 id="path-title" className="text-lg font-semibold">
          {t("careClaims:page.path")}
        </h2>
        <ol className="mt-2 flex flex-wrap gap-2">
          {statusPath(page).map((step, index) => (
            <li
              key={`${step.status}-${index}`}
              aria-current={step.state === "current" ? "step" : undefined}
              className={`rounded-full border px-3 py-1 text-sm ${step.state === "current" ? "border-brand-700 bg-brand-50 font-semibold" : step.state === "done" ? "border-stone-400" : "border-dashed border-stone-400 text-stone-700"}`}
            >
              {t(`careClaims:statuses.${step.status}`)} <span className="sr-only">({t(`careClaims:page.path${step.state === "done" ? "Done" : step.state === "current" ? "Current" : "Next"}`)})</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-lg font-semibold">
          {t("careClaims:page.timeline")}
        </h2>
        {timeline.length ? (
          <ol className="mt-2 space-y-3 border-l-2 border-stone-300 pl-4">
            {timeline.map((event) => (
              <li key={event.id}>
                <p>
                  <time dateTime={String(event.occurredOn).slice(0, 10)} className="font-semibold">
                    {date(event.occurredOn)}
                  </time>
                  {" — "}
                  {event.kind === "status_changed"
                    ? t("careClaims:page.event.status_changed", { status: event.toStatus ? t(`careClaims:statuses.${event.toStatus}`) : "" })
                    : event.kind === "court_milestone"
                      ? t("careClaims:page.event.court_milestone", { milestone: event.milestone && (COURT_MILESTONES as readonly string[]).includes(event.milestone) ? t(`careClaims:milestones.${event.milestone as (typeof COURT_MILESTONES)[number]}`) : (event.milestone ?? "") })
                      : event.kind === "hearing_scheduled"
                        ? t("careClaims:page.event.hearing_scheduled")
                        : t("careClaims:page.event.hearing_held")}
                </p>
                {event.notes ? (
                  <p className="text-sm text-stone-700">
                    <span className="font-semibold">{t("careClaims:page.notes")}:</span> {event.notes}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("careClaims:page.timelineEmpty")}</p>
        )}
      </section>

      {canManage ? (
        <div className="grid gap-8 lg:grid-cols-2">
          {next.length ? <StatusForm /> : <p>{t("careClaims:forms.finished")}</p>}
          {claim.status !== "disbursed" ? <ScheduleForm /> : null}
          <HeldForm />
          <MilestoneForm />
        </div>
      ) : (
        <p className="text-stone-700">{t("careClaims:new.notAllowed")}</p>
      )}
    </div>
  );
}

function NotesField({ field }: { field: Parameters<typeof getTextareaProps>[0] }) {
  const { t } = useTranslation(["careClaims"]);
  return <TextareaField label={t("careClaims:forms.notes")} hint={t("careClaims:forms.notesHint")} errors={field.errors} textareaProps={{ ...getTextareaProps(field), rows: 3 }} />;
}

function StatusForm() {
  const { t } = useTranslation(["careClaims", "common"]);
  const { claim, next } = useLoaderData<typeof loader>();
  const answer = useAnswer("status");
  const [form, fields] = useForm({
    id: "claim-status",
    lastResult: answer?.result,
    defaultValue: { intent: "status", fromStatus: claim.status, occurredOn: careToday() },
    constraint: getZodConstraint(ClaimStatusSchema),
    onValidate: ({ formData }) => parseForm(formData, ClaimStatusSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="status-title" className="space-y-3">
      <h2 id="status-title" className="text-lg font-semibold">
        {t("careClaims:forms.statusTitle")}
      </h2>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={answer?.values} />
        <input type="hidden" name="intent" value="status" />
        <input type="hidden" name="fromStatus" value={claim.status} />
        <SelectField label={t("careClaims:forms.toStatus")} errors={fields.toStatus.errors} selectProps={getSelectProps(fields.toStatus)}>
          <option value="">{t("careClaims:forms.chooseStatus")}</option>
          {next.map((status) => (
            <option key={status} value={status}>
              {t(`careClaims:statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("careClaims:forms.occurredOn")} errors={fields.occurredOn.errors} inputProps={{ ...getInputProps(fields.occurredOn, { type: "date" }), max: careToday() }} />
        <Field
          label={t("careClaims:forms.amount")}
          hint={t("careClaims:forms.amountHint")}
          errors={fields.amount.errors}
          errorValues={answer?.values}
          inputProps={{ ...getInputProps(fields.amount, { type: "text" }), inputMode: "decimal" }}
        />
        <NotesField field={fields.notes} />
        <SubmitButton pendingLabel={t("careClaims:forms.saving")}>{t("careClaims:forms.submitStatus")}</SubmitButton>
      </Form>
    </section>
  );
}

function ScheduleForm() {
  const { t } = useTranslation(["careClaims", "common"]);
  const answer = useAnswer("schedule");
  const [form, fields] = useForm({
    id: "claim-schedule",
    lastResult: answer?.result,
    constraint: getZodConstraint(ScheduleHearingSchema),
    onValidate: ({ formData }) => parseForm(formData, ScheduleHearingSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="schedule-title" className="space-y-3">
      <h2 id="schedule-title" className="text-lg font-semibold">
        {t("careClaims:forms.scheduleTitle")}
      </h2>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="schedule" />
        <Field label={t("careClaims:forms.hearingOn")} errors={fields.hearingOn.errors} inputProps={{ ...getInputProps(fields.hearingOn, { type: "date" }), min: careToday() }} />
        <NotesField field={fields.notes} />
        <SubmitButton pendingLabel={t("careClaims:forms.saving")}>{t("careClaims:forms.submitSchedule")}</SubmitButton>
      </Form>
    </section>
  );
}

function HeldForm() {
  const { t } = useTranslation(["careClaims", "common"]);
  const answer = useAnswer("held");
  const [form, fields] = useForm({
    id: "claim-held",
    lastResult: answer?.result,
    defaultValue: { occurredOn: careToday() },
    constraint: getZodConstraint(HearingHeldSchema),
    onValidate: ({ formData }) => parseForm(formData, HearingHeldSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="held-title" className="space-y-3">
      <h2 id="held-title" className="text-lg font-semibold">
        {t("careClaims:forms.heldTitle")}
      </h2>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="held" />
        <Field label={t("careClaims:forms.occurredOn")} errors={fields.occurredOn.errors} inputProps={{ ...getInputProps(fields.occurredOn, { type: "date" }), max: careToday() }} />
        <NotesField field={fields.notes} />
        <SubmitButton pendingLabel={t("careClaims:forms.saving")}>{t("careClaims:forms.submitHeld")}</SubmitButton>
      </Form>
    </section>
  );
}

function MilestoneForm() {
  const { t } = useTranslation(["careClaims", "common"]);
  const answer = useAnswer("milestone");
  const [form, fields] = useForm({
    id: "claim-milestone",
    lastResult: answer?.result,
    defaultValue: { occurredOn: careToday() },
    constraint: getZodConstraint(CourtMilestoneSchema),
    onValidate: ({ formData }) => parseForm(formData, CourtMilestoneSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="milestone-title" className="space-y-3">
      <h2 id="milestone-title" className="text-lg font-semibold">
        {t("careClaims:forms.milestoneTitle")}
      </h2>
      <p className="text-sm text-stone-700">{t("careClaims:forms.milestoneIntro")}</p>
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="milestone" />
        <SelectField label={t("careClaims:forms.milestone")} errors={fields.milestone.errors} selectProps={getSelectProps(fields.milestone)}>
          <option value="">{t("careClaims:forms.chooseMilestone")}</option>
          {COURT_MILESTONES.map((milestone) => (
            <option key={milestone} value={milestone}>
              {t(`careClaims:milestones.${milestone}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("careClaims:forms.occurredOn")} errors={fields.occurredOn.errors} inputProps={{ ...getInputProps(fields.occurredOn, { type: "date" }), max: careToday() }} />
        <NotesField field={fields.notes} />
        <SubmitButton pendingLabel={t("careClaims:forms.saving")}>{t("careClaims:forms.submitMilestone")}</SubmitButton>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
