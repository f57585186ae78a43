import { useTranslation } from "react-i18next";
import { formatMoney, type Currency } from "~/lib/money";

/** An order's lines grouped by who made them, and its totals, as buyers see them. No data access. */

export interface OrderLineItem {
  id: string;
  title: string;
  option: string;
  quantity: number;
  totalMinor: number;
  madeBy: string;
  status?: string;
}

export function OrderLines({ lines, currency, showStatus = false }: { lines: readonly OrderLineItem[]; currency: Currency; showStatus?: boolean }) {
  const { t, i18n } = useTranslation("checkout");
  const groups = new Map<string, OrderLineItem[]>();
  for (const line of lines) groups.set(line.madeBy, [...(groups.get(line.madeBy) ?? []), line]);
  return (
    <div className="space-y-4">
      {[...groups].map(([maker, items]) => (
        <section key={maker} aria-label={t("cart.madeBy", { name: maker })} className="rounded-md border border-stone-300 bg-white p-4">
          <h3 className="text-sm font-semibold text-stone-700">{t("cart.madeBy", { name: maker })}</h3>
          <ul className="mt-2 divide-y divide-stone-200">
            {items.map((line) => (
              <li key={line.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                <span>
                  {line.quantity} × {line.title} <span className="text-stone-600">({line.option})</span>
                  {showStatus && line.status ? <span className="ml-2 text-sm text-stone-700">· {t(`lineStatus.${line.status}` as never)}</span> : null}
                </span>
                <span className="font-semibold tabular-nums">{formatMoney(line.totalMinor, currency, i18n.language)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function OrderTotals({ currency, subtotalMinor, shippingMinor, totalMinor }: { currency: Currency; subtotalMinor: number; shippingMinor: number | null; totalMinor: number }) {
  const { t, i18n } = useTranslation("checkout");
  const money = (amount: number) => formatMoney(amount, currency, i18n.language);
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-y-1">
      <dt className="pr-6">{t("cart.subtotal")}</dt>
      <dd className="text-right tabular-nums">{money(subtotalMinor)}</dd>
      <dt className="pr-6">{t("cart.shipping")}</dt>
      <dd className="text-right tabular-nums">{shippingMinor === null ? "—" : money(shippingMinor)}</dd>
      <dt className="border-t border-stone-300 pr-6 pt-1 font-bold">{t("cart.total")}</dt>
      <dd className="border-t border-stone-300 pt-1 text-right font-bold tabular-nums">{money(totalMinor)}</dd>
    </dl>
  );
}
