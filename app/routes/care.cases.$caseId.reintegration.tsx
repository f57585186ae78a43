import type { SubmissionResult } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
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
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PageHeader } from "~/ui/page";
import { PlanForm } from "~/ui/plan-form";
import { IncomeForm } from "~/ui/plan-income-form";
import { IncomeTable } from "~/ui/plan-income-table";
import { MilestoneForm } from "~/ui/plan-milestone-form";
import { MilestoneTickForm } from "~/ui/plan-milestone-tick-form";

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

/** The action's answer to the form of this intent, if that is the form just sent. */
function useLastResult(intent: Intent) {
  const answer = useActionData<typeof action>() as
    | { intent: Intent; result: SubmissionResult<string[]> }
    | undefined;
  return answer?.intent === intent ? answer.result : undefined;
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
  const lastResult = useLastResult("plan");
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
          <dd>{t(`care:tracks.${plan.livelihoodTrack}`)}</dd>
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
        <PlanForm plan={plan} today={page.today} lastResult={lastResult} />
      ) : null}
    </section>
  );
}

function MilestonesSection({ page }: { page: PageData }) {
  const { t, i18n } = useTranslation(["carePlans", "care"]);
  const milestoneResult = useLastResult("milestone");
  const tickResult = useLastResult("tick");
  const tickedId = tickResult?.initialValue?.milestoneId as string | undefined;
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
              <MilestoneTickForm
                milestoneId={milestone.id}
                today={page.today}
                lastResult={tickedId === milestone.id ? tickResult : undefined}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {page.canEdit ? (
        <MilestoneForm
          courses={page.courses.map((course) => ({
            id: course.id,
            title: courseTitle(course),
          }))}
          lastResult={milestoneResult}
        />
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
  const lastResult = useLastResult("income");
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
      <IncomeTable income={page.income} target={target} money={money} />
      {page.canEdit ? (
        <IncomeForm today={page.today} lastResult={lastResult} />
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
