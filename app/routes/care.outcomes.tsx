import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatMoney, formatMoneyCompact } from "~/lib/money";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { cohortOutcomes } from "~/modules/reintegration/index.server";
import { LIVELIHOOD_TRACKS } from "~/modules/reintegration/vocabulary";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SelectField, SubmitButton } from "~/ui/forms";
import { monthName, shortMonthName } from "~/ui/month-format";
import { OutcomeBreakdown } from "~/ui/outcome-breakdown";
import { Figure, HiddenFigure, OutcomeCard, percentText } from "~/ui/outcome-figure";
import { MonthBars } from "~/ui/month-bars";
import { PageHeader } from "~/ui/page";
import { ScoreLines } from "~/ui/score-lines";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** Supervisors' and coordinators' cohort outcomes: aggregates only, each hidden when it rests on fewer than 11 people. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:outcomes:org");
  const search = new URL(request.url).searchParams;
  const outcomes = await cohortOutcomes(user, { organisationId: search.get("organisation"), track: search.get("track"), quarter: search.get("quarter") });
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return { title: t("careOutcomes:title"), language, ...outcomes };
}

type PageData = ReturnType<typeof useLoaderData<typeof loader>>;

const DIMENSIONS = ["economic", "social", "psychosocial", "composite"] as const;
const LINE_STYLE = {
  economic: { stroke: "stroke-amber-600", fill: "fill-amber-600", dashed: true },
  social: { stroke: "stroke-sky-700", fill: "fill-sky-700", dashed: true },
  psychosocial: { stroke: "stroke-fuchsia-700", fill: "fill-fuchsia-700", dashed: true },
  composite: { stroke: "stroke-brand-700", fill: "fill-brand-700", thick: true },
} as const;

export default function CohortOutcomesPage() {
  const { t } = useTranslation(["careOutcomes", "carePlans", "care"]);
  const page = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("intro")} />
      {page.problems.length ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <ul className="list-inside list-disc">
            {page.problems.map((problem) => (
              <li key={problem}>{t(`problems.${problem}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Filters page={page} />
      <p className="rounded-md border border-stone-300 bg-stone-50 p-3 text-sm">{t("suppressionNote")}</p>
      <Headline page={page} />
      <IncomeSection page={page} />
      <ScoresSection page={page} />
      <MilestonesSection page={page} />
      <section aria-labelledby="breakdown-title" className="space-y-6">
        <h2 id="breakdown-title" className="text-xl font-semibold">
          {t("breakdown.title")}
        </h2>
        <OutcomeBreakdown
          caption={t("breakdown.byTrack")}
          heading={t("filters.track")}
          latestMonth={monthName(page.lastComplete, page.language)}
          rows={page.byTrack.map((row) => ({ ...row, label: t(`care:tracks.${row.key}` as never) }))}
        />
        <OutcomeBreakdown
          caption={t("breakdown.byQuarter")}
          heading={t("filters.quarter")}
          latestMonth={monthName(page.lastComplete, page.language)}
          rows={page.byQuarter.map((row) => ({ ...row, label: row.key }))}
        />
      </section>
    </div>
  );
}

function Filters({ page }: { page: PageData }) {
  const { t } = useTranslation(["careOutcomes", "carePlans", "care"]);
  const organisation = page.scope.organisationIds.length === 1 && page.organisations.length > 1 ? page.scope.organisationIds[0] : "";
  return (
    <Form method="get" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-4 sm:items-end">
      {page.organisations.length > 1 ? (
        <SelectField label={t("filters.organisation")} selectProps={{ name: "organisation", defaultValue: organisation }}>
          <option value="">{t("filters.allOrganisations")}</option>
          {page.organisations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t("filters.track")} selectProps={{ name: "track", defaultValue: page.scope.track ?? "" }}>
        <option value="">{t("filters.allTracks")}</option>
        {LIVELIHOOD_TRACKS.map((track) => (
          <option key={track} value={track}>
            {t(`care:tracks.${track}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("filters.quarter")} selectProps={{ name: "quarter", defaultValue: page.scope.quarter?.key ?? "" }}>
        <option value="">{t("filters.allQuarters")}</option>
        {[...new Set([...(page.scope.quarter ? [page.scope.quarter.key] : []), ...page.quarters])].map((quarter) => (
          <option key={quarter} value={quarter}>
            {quarter}
          </option>
        ))}
      </SelectField>
      <div>
        <SubmitButton>{t("filters.apply")}</SubmitButton>
      </div>
    </Form>
  );
}

function Headline({ page }: { page: PageData }) {
  const { t } = useTranslation("careOutcomes");
  const money = (paise: number) => formatMoney(paise, "INR", page.language);
  const months = { from: monthName(page.targetMonths[0]!, page.language), to: monthName(page.targetMonths.at(-1)!, page.language) };
  return (
    <section aria-labelledby="headline-title" className="space-y-3">
      <h2 id="headline-title" className="text-xl font-semibold">
        {t("headline.title")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <OutcomeCard label={t("headline.people")} note={t("headline.peopleNote")}>
          <Figure figure={page.people} show={(value) => value} />
        </OutcomeCard>
        <OutcomeCard label={t("headline.atTarget")} note={t("headline.atTargetDefinition", months)}>
          <Figure figure={page.atTarget} show={(value) => percentText(value, page.language)} />
        </OutcomeCard>
        <OutcomeCard
          label={t("headline.training")}
          note={page.training.hidden ? t("headline.trainingDefinition") : t("headline.trainingDetail", { completed: page.training.value.completed, enrolments: page.training.value.enrolments })}
        >
          <Figure figure={page.training} show={(value) => percentText(value.share, page.language)} />
        </OutcomeCard>
        <OutcomeCard label={t("headline.claims")} note={t("headline.claimsNote")}>
          <Figure figure={page.compensation} show={(value) => value.claims} />
        </OutcomeCard>
      </dl>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("compensation.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-4">
                {t("compensation.claims")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("compensation.claimed")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("compensation.awarded")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("compensation.disbursed")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-stone-200">
              {page.compensation.hidden ? (
                <td colSpan={4} className="py-2 pr-4">
                  <HiddenFigure />
                </td>
              ) : (
                <>
                  <td className="py-2 pr-4 tabular-nums">{page.compensation.value.claims}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{money(page.compensation.value.claimed)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{money(page.compensation.value.awarded)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{money(page.compensation.value.disbursed)}</td>
                </>
              )}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function IncomeSection({ page }: { page: PageData }) {
  const { t } = useTranslation("careOutcomes");
  const money = (paise: number) => formatMoney(paise, "INR", page.language);
  const shown = page.months.filter((month) => !month.medianTotal.hidden);
  const last = shown.at(-1);
  return (
    <section aria-labelledby="income-title" className="space-y-3">
      <h2 id="income-title" className="text-xl font-semibold">
        {t("income.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("income.definition")}</p>
      <MonthBars
        label={t("income.chartLabel")}
        summary={
          last && !last.medianTotal.hidden
            ? t("income.summary", { shown: shown.length, total: page.months.length, month: monthName(last.month, page.language), median: money(last.medianTotal.value) })
            : t("income.summaryHidden")
        }
        legend={{ first: t("income.total"), second: t("income.shop"), hidden: t("hiddenShort") }}
        formatAxis={(value) => formatMoneyCompact(value, "INR", page.language)}
        months={page.months.map((month, index) => ({
          month: month.month,
          label: shortMonthName(month.month, page.language),
          year: index === 0 || month.month.endsWith("-01") ? month.month.slice(0, 4) : undefined,
          first: month.medianTotal.hidden ? null : month.medianTotal.value,
          second: month.medianShop.hidden ? null : month.medianShop.value,
        }))}
      />
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("income.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-4">
                {t("income.month")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("income.total")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("income.shop")}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.months.map((month) => (
              <tr key={month.month} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {monthName(month.month, page.language)}
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">
                  <Figure figure={month.medianTotal} show={money} short />
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">
                  <Figure figure={month.medianShop} show={money} short />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const percentScore = (score: number) => Math.round(score * 100);

function ScoresSection({ page }: { page: PageData }) {
  const { t } = useTranslation(["careOutcomes", "careAssessments"]);
  const shown = page.scores.flatMap((row) => (row.scores.hidden ? [] : [{ quarter: row.quarter, ...row.scores.value }]));
  return (
    <section aria-labelledby="scores-title" className="space-y-3">
      <h2 id="scores-title" className="text-xl font-semibold">
        {t("scores.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("scores.definition")}</p>
      {page.scores.length === 0 ? (
        <p>{t("scores.none")}</p>
      ) : (
        <>
          {shown.length ? (
            <ScoreLines
              label={t("scores.chartLabel")}
              summary={t("scores.summary", { shown: shown.length, total: page.scores.length, quarter: shown.at(-1)!.quarter, composite: percentScore(shown.at(-1)!.composite) })}
              points={shown.map((row) => row.quarter)}
              lines={DIMENSIONS.map((dimension) => ({
                key: dimension,
                label: t(`careAssessments:dimensions.${dimension}`),
                ...LINE_STYLE[dimension],
                values: shown.map((row) => percentScore(row[dimension])),
              }))}
            />
          ) : null}
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="mb-2 text-left font-semibold">{t("scores.caption")}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("scores.quarter")}
                  </th>
                  {DIMENSIONS.map((dimension) => (
                    <th key={dimension} scope="col" className="py-2 pr-4 text-right">
                      {t(`careAssessments:dimensions.${dimension}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.scores.map((row) => (
                  <tr key={row.quarter} className="border-b border-stone-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {row.quarter}
                    </th>
                    {row.scores.hidden ? (
                      <td colSpan={DIMENSIONS.length} className="py-2 pr-4 text-right">
                        <HiddenFigure />
                      </td>
                    ) : (
                      DIMENSIONS.map((dimension) => (
                        <td key={dimension} className="py-2 pr-4 text-right tabular-nums">
                          {percentScore((row.scores as { value: Record<string, number> }).value[dimension]!)}
                        </td>
                      ))
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function MilestonesSection({ page }: { page: PageData }) {
  const { t } = useTranslation(["careOutcomes", "carePlans", "care"]);
  return (
    <section aria-labelledby="milestones-title" className="space-y-3">
      <h2 id="milestones-title" className="text-xl font-semibold">
        {t("milestones.title")}
      </h2>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("milestones.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-2 pr-4">
                {t("milestones.milestone")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("milestones.planned")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("milestones.met")}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.milestones.map((row) => (
              <tr key={`${row.byRule}-${row.key}`} className="border-b border-stone-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {row.byRule ? t(`carePlans:ruleNames.${row.key}` as never) : t("milestones.ticked", { kind: t(`carePlans:kinds.${row.key}` as never) })}
                </th>
                <td className="py-2 pr-4 text-right tabular-nums">
                  <Figure figure={row.planned} show={(value) => percentText(value, page.language)} short />
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">
                  <Figure figure={row.met} show={(value) => percentText(value, page.language)} short />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
