import { useTranslation } from "react-i18next";
import {
  INCOME_SOURCES,
  type IncomeSource,
} from "~/modules/reintegration/vocabulary";

interface IncomeByMonth {
  rows: {
    month: string;
    bySource: Partial<Record<IncomeSource, number>>;
    total: number;
    atTarget: boolean | null;
  }[];
  totals: Partial<Record<IncomeSource, number>>;
  total: number;
}

/** Income by month and source, with totals and, when the plan has a target, whether each month reached it. */
export function IncomeTable({
  income,
  target,
  money,
}: {
  income: IncomeByMonth;
  /** The plan's monthly target in paise; null without a plan. */
  target: number | null;
  money: (paise: number) => string;
}) {
  const { t } = useTranslation(["carePlans"]);
  return (
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
          {income.rows.map((row) => (
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
                {money(income.totals[source] ?? 0)}
              </td>
            ))}
            <td className="text-right font-semibold">{money(income.total)}</td>
            {target !== null ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
