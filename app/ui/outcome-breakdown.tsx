import { useTranslation } from "react-i18next";
import { formatMoney } from "~/lib/money";
import { Figure, percentText, type ShownFigure } from "./outcome-figure";

export interface OutcomeBreakdownRow {
  key: string;
  label: string;
  people: ShownFigure<number>;
  atTarget: ShownFigure<number>;
  medianLatest: ShownFigure<number>;
}

/** A breakdown of the cohort (by track or start quarter), each cell hidden when it rests on fewer than 11 people. */
export function OutcomeBreakdown({ caption, heading, rows, latestMonth }: { caption: string; heading: string; rows: OutcomeBreakdownRow[]; latestMonth: string }) {
  const { t, i18n } = useTranslation("careOutcomes");
  if (!rows.length) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4">
              {heading}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("breakdown.people")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("breakdown.atTarget")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("breakdown.medianLatest", { month: latestMonth })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.label}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">
                <Figure figure={row.people} show={(value) => value} short />
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">
                <Figure figure={row.atTarget} show={(value) => percentText(value, i18n.language)} short />
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">
                <Figure figure={row.medianLatest} show={(value) => formatMoney(value, "INR", i18n.language)} short />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
