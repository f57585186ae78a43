import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { assessmentTrajectory, canRecordAssessment } from "~/modules/reintegration/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";
import { ScoreLines } from "~/ui/score-lines";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** Only the person's team sees her assessments; the page shows her code, never her identity. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:beneficiary:own");
  const found = await requireTeamAccess(request, user, params.code);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const assessments = await assessmentTrajectory(found.beneficiary.id);
  const latest = assessments.at(-1);
  return {
    title: t("careAssessments:title", { code: found.beneficiary.code }),
    code: found.beneficiary.code,
    language,
    assessments,
    canRecord: canRecordAssessment(found.access),
    dropped: latest?.droppedFrom != null ? { from: latest.droppedFrom, to: latest.composite, on: latest.assessedOn } : null,
    done: new URL(request.url).searchParams.get("done") === "recorded",
  };
}

const DIMENSIONS = ["economic", "social", "psychosocial", "composite"] as const;
const percent = (score: number) => Math.round(score * 100);

export default function AssessmentTrajectory() {
  const { t } = useTranslation(["careAssessments", "care"]);
  const { code, language, assessments, canRecord, dropped, done } = useLoaderData<typeof loader>();
  const first = assessments[0];
  const last = assessments.at(-1);
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("back", { code })}</Link>
      </p>
      <PageHeader
        title={t("title", { code })}
        description={t("intro")}
        actions={
          canRecord ? (
            <Link to={`/care/beneficiaries/${code}/assessments/new`} className={buttonClass.primary}>
              {t("newLink")}
            </Link>
          ) : null
        }
      />
      {done ? <Notice>{t("recorded")}</Notice> : null}
      {dropped ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-900">
          {t("dropAlert", { from: percent(dropped.from), to: percent(dropped.to), on: formatDate(dropped.on, language) })}
        </p>
      ) : null}
      {first && last ? (
        <>
          <ScoreLines
            label={t("chart.label")}
            summary={t("chart.summary", {
              count: assessments.length,
              first: percent(first.composite),
              firstDate: formatDate(first.assessedOn, language),
              last: percent(last.composite),
              lastDate: formatDate(last.assessedOn, language),
            })}
            points={assessments.map((assessment) => new Intl.DateTimeFormat(language, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(assessment.assessedOn)))}
            lines={[
              { key: "economic", label: t("dimensions.economic"), stroke: "stroke-amber-600", fill: "fill-amber-600", values: assessments.map((a) => percent(a.economic)), dashed: true },
              { key: "social", label: t("dimensions.social"), stroke: "stroke-sky-700", fill: "fill-sky-700", values: assessments.map((a) => percent(a.social)), dashed: true },
              { key: "psychosocial", label: t("dimensions.psychosocial"), stroke: "stroke-fuchsia-700", fill: "fill-fuchsia-700", values: assessments.map((a) => percent(a.psychosocial)), dashed: true },
              { key: "composite", label: t("dimensions.composite"), stroke: "stroke-brand-700", fill: "fill-brand-700", values: assessments.map((a) => percent(a.composite)), thick: true },
            ]}
          />
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="mb-2 text-left font-semibold">{t("table.caption")}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("table.date")}
                  </th>
                  {DIMENSIONS.map((dimension) => (
                    <th key={dimension} scope="col" className="py-2 pr-4 text-right">
                      {t(`dimensions.${dimension}`)}
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-4">
                    {t("table.change")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((assessment) => (
                  <tr key={assessment.id} className="border-b border-stone-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {formatDate(assessment.assessedOn, language)}
                    </th>
                    {DIMENSIONS.map((dimension) => (
                      <td key={dimension} className={`py-2 pr-4 text-right tabular-nums ${dimension === "composite" ? "font-semibold" : ""}`}>
                        {percent(assessment[dimension])}
                      </td>
                    ))}
                    <td className="py-2 pr-4">{assessment.droppedFrom != null ? <span className="font-medium text-red-800">{t("table.dropped", { from: percent(assessment.droppedFrom) })}</span> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>{t("empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
