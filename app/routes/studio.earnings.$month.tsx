import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { addMonths, monthOf, parseMonth } from "~/modules/earnings/calendar";
import { makerForPage, statement, type StatementLine } from "~/modules/earnings/index.server";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { formatOrderNumber } from "~/modules/orders/order-number";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { monthName, shortDay } from "~/ui/month-format";
import { PageHeader } from "~/ui/page";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["earnings"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:earnings:own");
  const month = parseMonth(params.month);
  const current = monthOf(new Date());
  if (!month || month > current) throw notFound();
  const viewer = { userId: user.id, organisationIds: organisationScope(user, "read:earnings:org") };
  const maker = await makerForPage(viewer, new URL(request.url).searchParams.get("maker") || null);
  if (!maker) throw notFound();
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const result = await statement(maker.id, month);
  return {
    title: t("earnings:statement.title", { month: monthName(month, language) }),
    maker: { id: maker.id, displayName: maker.displayName, own: maker.own },
    month,
    previous: addMonths(month, -1),
    next: month < current ? addMonths(month, 1) : null,
    statement: { opening: result.opening, closing: result.closing, lines: result.lines.map(({ at: _at, description: _description, ...line }) => line) },
  };
}

type Line = Omit<StatementLine, "at" | "description">;

export default function MonthStatement() {
  const { t, i18n } = useTranslation("earnings");
  const { maker, month, previous, next, statement } = useLoaderData<typeof loader>();
  const language = i18n.language;
  const money = (amount: number) => formatMoney(amount, "INR", language);
  const query = maker.own ? "" : `?maker=${maker.id}`;
  const name = monthName(month, language);
  return (
    <div className="space-y-6">
      <PageHeader title={t("statement.title", { month: name })} description={t("statement.intro", { month: name, maker: maker.displayName })} />
      <nav aria-label={t("statement.title", { month: name })} className="flex flex-wrap gap-2">
        <Link to={`/studio/earnings${query}`} className={buttonClass.secondary}>
          {t("statement.back")}
        </Link>
        <Link to={`/studio/earnings/${previous}${query}`} className={buttonClass.secondary}>
          {t("statement.previous")}
        </Link>
        {next ? (
          <Link to={`/studio/earnings/${next}${query}`} className={buttonClass.secondary}>
            {t("statement.next")}
          </Link>
        ) : null}
        <a href={`/studio/earnings/${month}.csv${query}`} download className={buttonClass.primary}>
          {t("statement.download")}
        </a>
      </nav>

      <Totals label={t("statement.opening")} balances={statement.opening} money={money} />
      {statement.lines.length === 0 ? (
        <p className="rounded-md border border-stone-300 bg-white p-4 text-lg">{t("statement.empty")}</p>
      ) : (
        <>
          <ol className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white sm:hidden" aria-label={t("statement.caption", { month: name })}>
            {statement.lines.map((line, index) => (
              <li key={index} className="space-y-1 px-4 py-3">
                <p className="flex justify-between gap-3">
                  <span className="font-semibold">
                    {shortDay(line.day, language)} · {t(`kinds.${line.kind}`)}
                  </span>
                  <Amount value={line.amountInr} money={money} />
                </p>
                <Details line={line} />
                <p className="flex justify-between gap-3 text-sm text-stone-700">
                  <span>{t(`accounts.${line.account}`)}</span>
                  <span>
                    {t("statement.balance")}: <Amount value={line.balanceInr} money={money} />
                  </span>
                </p>
              </li>
            ))}
          </ol>
          <table className="hidden w-full border-collapse text-left sm:table">
            <caption className="sr-only">{t("statement.caption", { month: name })}</caption>
            <thead>
              <tr className="border-b border-stone-400 text-sm">
                <th scope="col" className="py-2 pr-3">{t("statement.date")}</th>
                <th scope="col" className="py-2 pr-3">{t("statement.what")}</th>
                <th scope="col" className="py-2 pr-3">{t("statement.account")}</th>
                <th scope="col" className="py-2 pr-3 text-right">{t("statement.amount")}</th>
                <th scope="col" className="py-2 text-right">{t("statement.balance")}</th>
              </tr>
            </thead>
            <tbody>
              {statement.lines.map((line, index) => (
                <tr key={index} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{shortDay(line.day, language)}</td>
                  <td className="py-2 pr-3">
                    <span className="block font-semibold">{t(`kinds.${line.kind}`)}</span>
                    <Details line={line} />
                  </td>
                  <td className="py-2 pr-3">{t(`accounts.${line.account}`)}</td>
                  <td className="py-2 pr-3 text-right whitespace-nowrap">
                    <Amount value={line.amountInr} money={money} />
                  </td>
                  <td className="py-2 text-right whitespace-nowrap">
                    <Amount value={line.balanceInr} money={money} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <Totals label={t("statement.closing")} balances={statement.closing} money={money} />
    </div>
  );
}

function Amount({ value, money }: { value: number; money: (amount: number) => string }) {
  return <span className={`tabular-nums ${value < 0 ? "text-red-800" : ""}`}>{money(value)}</span>;
}

/** What an entry was about: the order and the piece, or the payout and its receipt. */
function Details({ line }: { line: Line }) {
  const { t } = useTranslation("earnings");
  return (
    <>
      {line.orderNumber !== null ? <span className="block text-sm text-stone-700">{t("statement.order", { number: formatOrderNumber(line.orderNumber) })}</span> : null}
      {line.item ? <span className="block text-sm text-stone-700">{line.item.quantity > 1 ? t("statement.item", { title: line.item.title, quantity: line.item.quantity }) : line.item.title}</span> : null}
      {line.payout ? (
        <span className="block text-sm text-stone-700">
          {t(`methods.${line.payout.method}`)} · {line.payout.reference} ·{" "}
          <Link to={`/studio/payouts/${line.payout.id}`} className="inline-block py-2">
            {t("statement.receipt")}
          </Link>
        </span>
      ) : null}
    </>
  );
}

function Totals({ label, balances, money }: { label: string; balances: { pending: number; available: number }; money: (amount: number) => string }) {
  const { t } = useTranslation("earnings");
  return (
    <section className="rounded-md border border-stone-300 bg-white p-4">
      <h2 className="font-semibold">{label}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-3">
        {(["pending", "available"] as const).map((account) => (
          <div key={account}>
            <dt className="text-sm text-stone-700">{t(`accounts.${account}`)}</dt>
            <dd className={`text-xl font-bold tabular-nums ${balances[account] < 0 ? "text-red-800" : ""}`}>{money(balances[account])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
