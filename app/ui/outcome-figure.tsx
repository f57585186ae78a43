import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A figure that may have been suppressed: the server sends only { hidden: true } for those. */
export type ShownFigure<T> = { hidden: false; value: T } | { hidden: true };

/** The words that stand where a figure resting on fewer than 11 people would be. */
export function HiddenFigure({ short = false }: { short?: boolean }) {
  const { t } = useTranslation("careOutcomes");
  return <span className="text-stone-600 italic">{short ? t("hiddenShort") : t("hidden")}</span>;
}

/** The figure drawn by `show`, or the hidden wording. */
export function Figure<T>({ figure, show, short }: { figure: ShownFigure<T>; show: (value: T) => ReactNode; short?: boolean }) {
  return figure.hidden ? <HiddenFigure short={short} /> : <>{show(figure.value)}</>;
}

/** One headline figure in a card. */
export function OutcomeCard({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="rounded-md border border-stone-300 bg-white p-4">
      <dt className="text-sm font-semibold text-stone-700">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{children}</dd>
      {note ? <dd className="mt-1 text-sm text-stone-700">{note}</dd> : null}
    </div>
  );
}

export const percentText = (share: number, language: string) =>
  new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
