import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney, formatMoneyCompact } from "~/lib/money";
import { chooseMaker, makerBalances, monthlyEarnings, payoutsOf } from "~/modules/earnings/index.server";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { BalanceFigures } from "~/ui/balance-figures";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { MonthBars } from "~/ui/month-bars";
import { monthName, shortMonthName } from "~/ui/month-format";
import { PageHeader } from "~/ui/page";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["earnings"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const MONTHS = 18;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:earnings:own");
  const viewer = { userId: user.id, organisationIds: organisationScope(user, "read:earnings:org") };
  const { maker, choices, refused } = await chooseMaker(viewer, new URL(request.url).searchParams.get("maker") || null);
  if (refused) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  const picker = choices.length > 1 || (choices.length === 1 && !choices[0]!.own) ? choices.map(({ id, displayName, own }) => ({ id, displayName, own })) : null;
  if (!maker) return { title: t("earnings:title"), picker, maker: null, earnings: null };
  const [balances, months, payouts] = await Promise.all([makerBalances(maker.id), monthlyEarnings(maker.id, MONTHS), payoutsOf(maker.id)]);
  return {
    title: maker.own ? t("earnings:title") : t("earnings:titleOf", { maker: maker.displayName }),
    picker,
    maker: { id: maker.id, displayName: maker.displayName, organisationName: maker.organisationName, own: maker.own },
    earnings: { balances, months, payouts },
  };
}

export default function StudioEarnings() {
  const { t } = useTranslation("earnings");
  const { maker, picker, earnings } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader
        title={maker && !maker.own ? t("titleOf", { maker: maker.displayName }) : t("title")}
        description={maker ? (maker.own ? t("intro") : t("introOf", { maker: maker.displayName, organisation: maker.organisationName })) : undefined}
      />
      {picker ? <MakerPicker choices={picker} chosen={maker?.id} /> : null}
      {!maker || !earnings ? (
        <p className="rounded-md border border-stone-300 bg-white p-4 text-lg">{picker ? t("choose.prompt") : t("noMaker")}</p>
      ) : (
        <>
          <BalanceFigures balances={earnings.balances} />
          <MonthlySection months={earnings.months} query={maker.own ? "" : `?maker=${maker.id}`} />
          <PayoutsSection payouts={earnings.payouts} title={maker.own ? t("receipts.title") : t("receipts.titleOf", { maker: maker.displayName })} />
        </>
      )}
    </div>
  );
}

function MakerPicker({ choices, chosen }: { choices: { id: string; displayName: string; own: boolean }[]; chosen?: string }) {
  const { t } = useTranslation("earnings");
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-stone-300 bg-white p-4">
      <div className="min-w-60 flex-1">
        <label htmlFor="maker" className="block text-sm font-semibold text-stone-800">
          {t("choose.label")}
        </label>
        <select id="maker" name="maker" defaultValue={chosen ?? ""} className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base">
          <option value="">{t("choose.placeholder")}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.own ? t("choose.own", { maker: choice.displayName }) : choice.displayName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass.primary}>
        {t("choose.show")}
      </button>
    </Form>
  );
}

type Month = { month: string; earnedInr: number; paidOutInr: number };

function chartSummary(months: Month[], t: ReturnType<typeof useTranslation<"earnings">>["t"], language: string) {
  const money = (amount: number) => formatMoney(amount, "INR", language);
  const earned = months.reduce((sum, month) => sum + month.earnedInr, 0);
  const paid = months.reduce((sum, month) => sum + month.paidOutInr, 0);
  if (months.every((month) => month.earnedInr === 0 && month.paidOutInr === 0)) return t("chart.summaryEmpty", { count: months.length });
  const best = months.reduce((top, month) => (month.earnedInr > top.earnedInr ? month : top), months[0]!);
  return t("chart.summary", { count: months.length, earned: money(earned), paid: money(paid), bestMonth: monthName(best.month, language), best: money(best.earnedInr) });
}

function MonthlySection({ months, query }: { months: Month[]; query: string }) {
  const { t, i18n } = useTranslation("earnings");
  const language = i18n.language;
  const money = (amount: number) => formatMoney(amount, "INR", language);
  const bars = months.map((month, index) => ({
    month: month.month,
    label: shortMonthName(month.month, language),
    year: index === 0 || month.month.endsWith("-01") ? month.month.slice(0, 4) : undefined,
    first: month.earnedInr,
    second: month.paidOutInr,
  }));
  return (
    <section aria-labelledby="months-title" className="space-y-4">
      <h2 id="months-title" className="text-xl font-semibold">
        {t("chart.title")}
      </h2>
      <div className="rounded-md border border-stone-300 bg-white p-3">
        <MonthBars
          months={bars}
          label={t("chart.title")}
          summary={chartSummary(months, t, language)}
          legend={{ first: t("chart.earned"), second: t("chart.paidOut") }}
          formatAxis={(value) => formatMoneyCompact(value, "INR", language)}
        />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead>
            <tr className="border-b border-stone-400 text-sm">
              <th scope="col" className="py-2 pr-3">{t("table.month")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("table.earned")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("table.paidOut")}</th>
              <th scope="col" className="py-2">
                <span className="sr-only">{t("table.statement")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...months].reverse().map((month) => (
              <tr key={month.month} className="border-b border-stone-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {monthName(month.month, language)}
                </th>
                <td className={`py-1 pr-3 text-right tabular-nums ${month.earnedInr < 0 ? "text-red-800" : ""}`}>{money(month.earnedInr)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(month.paidOutInr)}</td>
                <td className="py-1 text-right">
                  <Link to={`/studio/earnings/${month.month}${query}`} className="inline-flex min-h-11 items-center px-2" aria-label={`${t("table.statement")}: ${monthName(month.month, language)}`}>
                    {t("table.statement")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type Payout = { id: string; amountInr: number; method: "bank_transfer" | "upi" | "cash" | "stripe_connect"; reference: string; paidOn: string };

function PayoutsSection({ payouts, title }: { payouts: Payout[]; title: string }) {
  const { t, i18n } = useTranslation("earnings");
  return (
    <section aria-labelledby="payouts-title" className="space-y-3">
      <h2 id="payouts-title" className="text-xl font-semibold">
        {title}
      </h2>
      {payouts.length === 0 ? (
        <p className="text-stone-700">{t("receipts.empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
          {payouts.map((payout) => (
            <li key={payout.id}>
              <Link to={`/studio/payouts/${payout.id}`} className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-stone-900 no-underline hover:bg-stone-50">
                <span>
                  <span className="block font-semibold tabular-nums">{formatMoney(payout.amountInr, "INR", i18n.language)}</span>
                  <span className="block text-sm text-stone-700">
                    {formatDate(payout.paidOn, i18n.language)} · {t(`methods.${payout.method}`)}
                  </span>
                </span>
                <span className="text-brand-800 underline">{t("receipts.open")}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
