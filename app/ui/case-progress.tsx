import { useTranslation } from "react-i18next";
import { WORKING_STAGES } from "~/modules/cases/stages";
import { stageIndex, type CaseStage } from "~/modules/cases/vocabulary";

/** The six stages in order, the current one marked (aria-current) and named in text, not only by colour. */
export function CaseProgress({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation(["careCases", "care"]);
  const current = stageIndex(stage);
  const closed = stage === "closed";
  return (
    <nav aria-labelledby="case-progress-title">
      <h2 id="case-progress-title" className="sr-only">
        {t("careCases:page.progress")}
      </h2>
      <ol className="grid gap-2 sm:grid-cols-6">
        {WORKING_STAGES.map((step, index) => {
          const state = closed || index < current ? "done" : index === current ? "current" : "ahead";
          const style =
            state === "current" ? "border-brand-800 bg-brand-50 font-semibold text-brand-900" : state === "done" ? "border-stone-400 bg-stone-100 text-stone-800" : "border-stone-300 bg-white text-stone-700";
          return (
            <li key={step} aria-current={state === "current" ? "step" : undefined} className={`rounded-md border-2 p-2 text-sm ${style}`}>
              <span className="block">
                {index + 1}. {t(`care:stages.${step}`)}
              </span>
              <span className="block text-xs">{t(`careCases:progressState.${state}`)}</span>
            </li>
          );
        })}
      </ol>
      {closed ? <p className="mt-2 font-semibold">{t("careCases:page.closedNote")}</p> : null}
    </nav>
  );
}
