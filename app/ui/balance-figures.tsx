import { useTranslation } from "react-i18next";
import { formatMoney } from "~/lib/money";

interface Balances {
  pendingInr: number;
  availableInr: number;
  paidOutThisMonthInr: number;
  paidOutTotalInr: number;
}

/** A maker's four figures, large enough to read at arm's length on a phone. */
export function BalanceFigures({ balances }: { balances: Balances }) {
  const { t, i18n } = useTranslation("earnings");
  const money = (amount: number) => formatMoney(amount, "INR", i18n.language);
  const figures = [
    { key: "available", amount: balances.availableInr, hint: balances.availableInr < 0 ? t("balances.negativeHint") : t("balances.availableHint"), strong: true },
    { key: "pending", amount: balances.pendingInr, hint: t("balances.pendingHint") },
    { key: "paidOutThisMonth", amount: balances.paidOutThisMonthInr },
    { key: "paidOutTotal", amount: balances.paidOutTotalInr },
  ] as const;
  return (
    <section aria-labelledby="balances-title">
      <h2 id="balances-title" className="sr-only">
        {t("balances.title")}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.key} className={`rounded-md border p-4 ${"strong" in figure ? "border-brand-700 bg-brand-50" : "border-stone-300 bg-white"}`}>
            <dt className="text-base font-semibold text-stone-800">{t(`balances.${figure.key}`)}</dt>
            <dd className={`mt-1 text-3xl font-bold tabular-nums lg:text-2xl xl:text-3xl ${figure.amount < 0 ? "text-red-800" : "text-stone-900"}`}>{money(figure.amount)}</dd>
            {"hint" in figure ? <dd className="mt-1 text-sm text-stone-700">{figure.hint}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
