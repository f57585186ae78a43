import type { SubmissionResult } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMoney } from "~/lib/money";
import { clientIp } from "~/lib/http.server";
import { getTranslator, getLanguage } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { requireCaseContext } from "~/modules/cases/index.server";
import {
  forbidden,
  requireUserWithPermission,
} from "~/modules/identity/index.server";
import { IncomeSchema } from "~/modules/reintegration/income-schemas";
import {
  addMilestone,
  reintegrationPage,
  recordIncome,
  requireReintegrationTeam,
  savePlan,
  tickMilestone,
  type Outcome,
} from "~/modules/reintegration/index.server";
import {
  MilestoneSchema,
  PlanSchema,
  TickSchema,
} from "~/modules/reintegration/plan-schemas";
import {
  ENTERED_INCOME_SOURCES,
  INCOME_SOURCES,
  LIVELIHOOD_TRACKS,
  MILESTONE_KINDS,
  MILESTONE_RULES,
} from "~/modules/reintegration/vocabulary";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import {
  Field,
  FormErrors,
  SelectField,
  SubmitButton,
  TextareaField,
} from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function openContext(
  request: Request,
  caseId: string | undefined,
  permission: "access:care:own" | "manage:reintegration:own"
) {
  const user = await requireUserWithPermission(request, permission);
  const path = new URL(request.url).pathname;
  const ctx = await requireCaseContext(user, caseId, {
    ip: clientIp(request),
    path,
  });
  await requireReintegrationTeam(ctx, path);
  return ctx;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await openContext(request, params.caseId, "access:care:own");
  const page = await reintegrationPage(ctx);
  const t = await getTranslator(await getLanguage(request));
  return { title: t("carePlans:title", { code: page.careCase.code }), ...page };
}

const SCHEMAS = {
  plan: PlanSchema,
  milestone: MilestoneSchema,
  tick: TickSchema,
  income: IncomeSchema,
} as const;
type Intent = keyof typeof SCHEMAS;
const isIntent = (value: unknown): value is Intent =>
  typeof value === "string" && value in SCHEMAS;

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (!isIntent(intent)) throw new Response(null, { status: 400 });
  const ctx = await openContext(
    request,
    params.caseId,
    "manage:reintegration:own"
  );
  const submission = parseForm(formData, SCHEMAS[intent]);
  if (submission.status !== "success")
    return data({ intent, result: submission.reply() }, { status: 400 });
  const value = submission.value;
  let outcome: Outcome;
  switch (value.intent) {
    case "plan":
      outcome = await savePlan(ctx, value);
      break;
    case "milestone":
      outcome = await addMilestone(ctx, value);
      break;
    case "tick":
      outcome = await tickMilestone(ctx, value);
      break;
    case "income":
      outcome = await recordIncome(ctx, value);
      break;
  }
  if (!outcome.ok) {
    if (outcome.formErrors?.includes("carePlans:errors.notAllowed"))
      throw forbidden();
    return data(
      {
        intent,
        result: submission.reply({
          fieldErrors: outcome.fieldErrors,
          formErrors: outcome.formErrors,
        }),
      },
      { status: 400 }
    );
  }
  return redirect(`/care/cases/${ctx.caseId}/reintegration?done=${intent}`);
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

function useErrors(intent: Intent) {
  const answer = useActionData<typeof action>() as
    | { intent: Intent; result: SubmissionResult<string[]> }
    | undefined;
  const errors = answer?.intent === intent ? answer.result.error ?? {} : {};
  return (field: string) => errors[field] ?? undefined;
}

export default function Reintegration() {
  const { t, i18n } = useTranslation(["carePlans", "care", "common"]);
  const page = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const done = search.get("done");
  const money = (paise: number) => formatMoney(paise, "INR", i18n.language);
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/care/cases/${page.careCase.id}`}>
          {t("carePlans:backToCase", { code: page.careCase.code })}
        </Link>
      </p>
      <PageHeader
        title={t("carePlans:title", { code: page.careCase.code })}
        description={t("carePlans:intro")}
      />
      {done && done in SCHEMAS ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3"
        >
          {t(`carePlans:done.${done as Intent}`)}
        </p>
      ) : null}
      <PlanSection page={page} money={money} />
      {page.plan ? <MilestonesSection page={page} /> : null}
      <IncomeSection page={page} money={money} />
    </div>
  );
}

function PlanSection({
  page,
  money,
}: {
  page: PageData;
  money: (paise: number) => string;
}) {
  const { t } = useTranslation(["carePlans", "care"]);
  const errorOf = useErrors("plan");
  const plan = page.plan;
  return (
    <section
      aria-labelledby="plan-title"
      className="space-y-4 rounded-md border border-stone-300 bg-white p-4"
    >
      <h2 id="plan-title" className="text-xl font-semibold">
        {t("carePlans:plan.title")}
      </h2>
      {plan ? (
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("carePlans:plan.track")}</dt>
          <dd>{t(`carePlans:tracks.${plan.livelihoodTrack}`)}</dd>
          <dt className="font-semibold">{t("carePlans:plan.target")}</dt>
          <dd>{money(plan.targetMonthlyIncomeInr)}</dd>
          <dt className="font-semibold">{t("carePlans:plan.startOn")}</dt>
          <dd>{plan.startOn}</dd>
          <dt className="font-semibold">{t("carePlans:plan.goals")}</dt>
          <dd className="whitespace-pre-line">
            {plan.goals || t("carePlans:plan.noGoals")}
          </dd>
        </dl>
      ) : (
        <p>
          {page.stageAllowsPlan
            ? t("carePlans:plan.none")
            : t("carePlans:plan.notYet", {
                stage: t(`care:stages.${page.careCase.stage}`),
              })}
        </p>
      )}
      {page.canEdit && page.stageAllowsPlan ? (
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          <input type="hidden" name="intent" value="plan" />
          <FormErrors errors={errorOf("")} />
          <SelectField
            label={t("carePlans:plan.track")}
            errors={errorOf("livelihoodTrack")}
            selectProps={{
              name: "livelihoodTrack",
              defaultValue: plan?.livelihoodTrack ?? "",
              required: true,
            }}
          >
            <option value="">{t("carePlans:choose")}</option>
            {LIVELIHOOD_TRACKS.map((track) => (
              <option key={track} value={track}>
                {t(`carePlans:tracks.${track}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("carePlans:plan.targetRupees")}
            hint={t("carePlans:plan.targetHint")}
            errors={errorOf("targetMonthlyIncome")}
            inputProps={{
              name: "targetMonthlyIncome",
              inputMode: "decimal",
              required: true,
              defaultValue: plan
                ? (plan.targetMonthlyIncomeInr / 100).toString()
                : "",
            }}
          />
          <Field
            label={t("carePlans:plan.startOn")}
            errors={errorOf("startOn")}
            inputProps={{
              name: "startOn",
              type: "date",
              required: true,
              defaultValue: plan?.startOn ?? page.today,
            }}
          />
          <TextareaField
            className="sm:col-span-2"
            label={t("carePlans:plan.goals")}
            errors={errorOf("goals")}
            textareaProps={{
              name: "goals",
              rows: 3,
              defaultValue: plan?.goals ?? "",
            }}
          />
          <div className="sm:col-span-2">
            <SubmitButton>
              {plan ? t("carePlans:plan.save") : t("carePlans:plan.create")}
            </SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

function MilestonesSection({ page }: { page: PageData }) {
  const { t, i18n } = useTranslation(["carePlans", "care"]);
  const errorOf = useErrors("milestone");
  const tickErrors = useErrors("tick");
  const answer = useActionData<typeof action>() as
    | { intent: Intent; result: SubmissionResult<string[]> }
    | undefined;
  const tickedId =
    answer?.intent === "tick"
      ? (answer.result.initialValue?.milestoneId as string | undefined)
      : undefined;
  const milestones = page.plan!.milestones;
  const courseTitle = (course: { titleEn: string; titleHi: string | null }) =>
    i18n.language === "hi" && course.titleHi ? course.titleHi : course.titleEn;
  return (
    <section
      aria-labelledby="milestones-title"
      className="space-y-4 rounded-md border border-stone-300 bg-white p-4"
    >
      <h2 id="milestones-title" className="text-xl font-semibold">
        {t("carePlans:milestones.title")}
      </h2>
      {milestones.length === 0 ? <p>{t("carePlans:milestones.none")}</p> : null}
      <ul className="space-y-3">
        {milestones.map((milestone) => (
          <li
            key={milestone.id}
            className="rounded-md border border-stone-200 p-3"
          >
            <p className="font-semibold">
              {milestone.title}{" "}
              <span className="text-sm font-normal">
                ({t(`carePlans:kinds.${milestone.kind}`)})
              </span>
            </p>
            <p
              className={
                milestone.state === "overdue"
                  ? "font-semibold text-red-800"
                  : undefined
              }
            >
              {milestone.state === "met"
                ? t("carePlans:milestones.met", { date: milestone.metOn })
                : milestone.state === "overdue"
                ? t("carePlans:milestones.overdue", { date: milestone.dueOn })
                : milestone.dueOn
                ? t("carePlans:milestones.due", { date: milestone.dueOn })
                : t("carePlans:milestones.pending")}
            </p>
            {milestone.rule ? (
              <p className="text-sm text-stone-700">
                {t(`carePlans:rules.${milestone.rule}`, {
                  course: milestone.course ? courseTitle(milestone.course) : "",
                  count: milestone.months ?? 3,
                })}{" "}
                {t("carePlans:milestones.automatic")}
              </p>
            ) : null}
            {milestone.evidence ? (
              <p className="text-sm">
                {t("carePlans:milestones.evidence", {
                  text: milestone.evidence,
                })}
              </p>
            ) : null}
            {page.canEdit && !milestone.rule && milestone.state !== "met" ? (
              <Form
                method="post"
                className="mt-2 grid gap-3 sm:grid-cols-[auto_1fr_auto] sm:items-end"
                noValidate
              >
                <input type="hidden" name="intent" value="tick" />
                <input type="hidden" name="milestoneId" value={milestone.id} />
                {tickedId === milestone.id ? (
                  <FormErrors errors={tickErrors("")} />
                ) : null}
                <Field
                  label={t("carePlans:milestones.metOn")}
                  errors={
                    tickedId === milestone.id ? tickErrors("metOn") : undefined
                  }
                  inputProps={{
                    name: "metOn",
                    type: "date",
                    max: page.today,
                    defaultValue: page.today,
                    required: true,
                  }}
                />
                <Field
                  label={t("carePlans:milestones.evidenceLabel")}
                  errors={
                    tickedId === milestone.id
                      ? tickErrors("evidence")
                      : undefined
                  }
                  inputProps={{ name: "evidence", required: true }}
                />
                <SubmitButton>{t("carePlans:milestones.tick")}</SubmitButton>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {page.canEdit ? (
        <Form
          method="post"
          className="grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2"
          noValidate
        >
          <h3 className="text-lg font-semibold sm:col-span-2">
            {t("carePlans:milestones.add")}
          </h3>
          <input type="hidden" name="intent" value="milestone" />
          <FormErrors errors={errorOf("")} />
          <Field
            label={t("carePlans:milestones.titleLabel")}
            errors={errorOf("title")}
            inputProps={{ name: "title", required: true }}
          />
          <SelectField
            label={t("carePlans:milestones.kind")}
            errors={errorOf("kind")}
            selectProps={{ name: "kind", defaultValue: "custom" }}
          >
            {MILESTONE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`carePlans:kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("carePlans:milestones.dueOn")}
            errors={errorOf("dueOn")}
            inputProps={{ name: "dueOn", type: "date" }}
          />
          <SelectField
            label={t("carePlans:milestones.rule")}
            hint={t("carePlans:milestones.ruleHint")}
            errors={errorOf("rule")}
            selectProps={{ name: "rule", defaultValue: "" }}
          >
            <option value="">{t("carePlans:milestones.manual")}</option>
            {MILESTONE_RULES.map((rule) => (
              <option key={rule} value={rule}>
                {t(`carePlans:ruleNames.${rule}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("carePlans:milestones.course")}
            hint={t("carePlans:milestones.courseHint")}
            errors={errorOf("courseId")}
            selectProps={{ name: "courseId", defaultValue: "" }}
          >
            <option value="">{t("carePlans:choose")}</option>
            {page.courses.map((course) => (
              <option key={course.id} value={course.id}>
                {courseTitle(course)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("carePlans:milestones.months")}
            hint={t("carePlans:milestones.monthsHint")}
            errors={errorOf("months")}
            inputProps={{
              name: "months",
              type: "number",
              min: 1,
              max: 24,
              defaultValue: "3",
            }}
          />
          <div className="sm:col-span-2">
            <SubmitButton>{t("carePlans:milestones.addButton")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

function IncomeSection({
  page,
  money,
}: {
  page: PageData;
  money: (paise: number) => string;
}) {
  const { t } = useTranslation(["carePlans", "care"]);
  const errorOf = useErrors("income");
  const target = page.plan?.targetMonthlyIncomeInr ?? null;
  return (
    <section
      aria-labelledby="income-title"
      className="space-y-4 rounded-md border border-stone-300 bg-white p-4"
    >
      <h2 id="income-title" className="text-xl font-semibold">
        {t("carePlans:income.title")}
      </h2>
      <p role="status">
        {page.shopLink.state === "withdrawn"
          ? t("carePlans:income.shop.withdrawn", {
              date: page.shopLink.withdrawnOn,
            })
          : t(`carePlans:income.shop.${page.shopLink.state}`)}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">
            {target !== null
              ? t("carePlans:income.captionTarget", { target: money(target) })
              : t("carePlans:income.caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("carePlans:income.month")}</th>
              {INCOME_SOURCES.map((source) => (
                <th key={source} scope="col" className="text-right">
                  {t(`carePlans:sources.${source}`)}
                </th>
              ))}
              <th scope="col" className="text-right">
                {t("carePlans:income.total")}
              </th>
              {target !== null ? (
                <th scope="col">{t("carePlans:income.target")}</th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {page.income.rows.map((row) => (
              <tr key={row.month} className="border-t border-stone-200">
                <th scope="row">{row.month}</th>
                {INCOME_SOURCES.map((source) => (
                  <td key={source} className="text-right">
                    {row.bySource[source] !== undefined
                      ? money(row.bySource[source])
                      : "—"}
                  </td>
                ))}
                <td className="text-right font-semibold">{money(row.total)}</td>
                {target !== null ? (
                  <td>
                    {row.atTarget === null
                      ? "—"
                      : row.atTarget
                      ? t("carePlans:income.reached")
                      : t("carePlans:income.below")}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-stone-400">
              <th scope="row">{t("carePlans:income.total")}</th>
              {INCOME_SOURCES.map((source) => (
                <td key={source} className="text-right">
                  {money(page.income.totals[source] ?? 0)}
                </td>
              ))}
              <td className="text-right font-semibold">
                {money(page.income.total)}
              </td>
              {target !== null ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </div>
      {page.canEdit ? (
        <Form
          method="post"
          className="grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2"
          noValidate
        >
          <h3 className="text-lg font-semibold sm:col-span-2">
            {t("carePlans:income.add")}
          </h3>
          <p className="text-sm text-stone-700 sm:col-span-2">
            {t("carePlans:income.addHint")}
          </p>
          <input type="hidden" name="intent" value="income" />
          <FormErrors errors={errorOf("")} />
          <SelectField
            label={t("carePlans:income.source")}
            errors={errorOf("source")}
            selectProps={{ name: "source", defaultValue: "", required: true }}
          >
            <option value="">{t("carePlans:choose")}</option>
            {ENTERED_INCOME_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`carePlans:sources.${source}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t("carePlans:income.month")}
            errors={errorOf("month")}
            inputProps={{
              name: "month",
              type: "month",
              max: page.today.slice(0, 7),
              defaultValue: page.today.slice(0, 7),
              required: true,
            }}
          />
          <Field
            label={t("carePlans:income.amount")}
            errors={errorOf("amount")}
            inputProps={{
              name: "amount",
              inputMode: "decimal",
              required: true,
            }}
          />
          <Field
            label={t("carePlans:income.evidence")}
            hint={t("carePlans:income.evidenceHint")}
            errors={errorOf("evidence")}
            inputProps={{ name: "evidence", required: true }}
          />
          <div className="sm:col-span-2">
            <SubmitButton>{t("carePlans:income.save")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
