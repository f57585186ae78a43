import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { clientIp } from "~/lib/http.server";
import { formatMoney } from "~/lib/money";
import { makerBalances } from "~/modules/earnings/index.server";
import { organisationScope } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { countLinesToShip } from "~/modules/orders/index.server";
import { actsForOthers, handleStockForm, listingCounts, lowStockVariants, requireStudioActor, reviewQueueSize } from "~/modules/studio/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { StockTap } from "~/ui/stock-tap";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, actor } = await requireStudioActor(request, "access:studio:own");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const manages = rolesGrant(user.roles, "manage:listing:own");
  const reviews = rolesGrant(user.roles, "approve:listing:org");
  const fulfils = rolesGrant(user.roles, "fulfil:order-line:own");
  const ownMaker = rolesGrant(user.roles, "read:earnings:own") ? actor.ownMaker : null;
  const orderActor = { userId: user.id, organisationIds: organisationScope(user, "fulfil:order-line:org"), ip: clientIp(request) };
  const [counts, lowStock, waiting, toShip, balances] = await Promise.all([
    manages ? listingCounts(actor) : null,
    manages ? lowStockVariants(actor, language) : [],
    reviews ? reviewQueueSize(actor) : null,
    fulfils ? countLinesToShip(orderActor) : null,
    ownMaker ? makerBalances(ownMaker.id) : null,
  ]);
  return {
    title: t("studio:home.title"),
    name: user.name.split(" ")[0] ?? user.name,
    hasMaker: actor.ownMaker !== null || actsForOthers(actor),
    counts,
    lowStock,
    waiting,
    toShip,
    earnings: balances ? { pending: formatMoney(balances.pendingInr, "INR", language), available: formatMoney(balances.availableInr, "INR", language) } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const answer = await handleStockForm(actor, await request.formData());
  if (!answer) throw notFound();
  return data(answer, { status: answer.ok ? 200 : 400 });
}

export default function StudioHome() {
  const { t } = useTranslation("studio");
  const { name, hasMaker, counts, lowStock, waiting, toShip, earnings } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("home.greeting", { name })}</h1>
        {hasMaker ? (
          <Link to="/studio/listings/new" className={`${buttonClass.primary} w-full sm:w-auto`}>
            {t("home.newListing")}
          </Link>
        ) : (
          <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-stone-900">{t("home.noMaker")}</p>
        )}
      </div>

      {lowStock.length > 0 ? (
        <section aria-labelledby="low-stock-title" className="space-y-3 rounded-md border border-amber-700 bg-amber-50 p-4">
          <h2 id="low-stock-title" className="text-lg font-semibold">
            {t("home.lowStockTitle")}
          </h2>
          <p className="text-stone-800">{t("home.lowStockIntro")}</p>
          <ul className="space-y-4">
            {lowStock.map((variant) => (
              <li key={variant.variantId}>
                <StockTap variantId={variant.variantId} stock={variant.stock} label={t("home.stockOf", { title: variant.title, option: variant.option })} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {waiting !== null ? (
        <section aria-labelledby="review-title" className="rounded-md border border-stone-300 bg-white p-4">
          <h2 id="review-title" className="text-lg font-semibold">
            {t("home.reviewTitle")}
          </h2>
          <p className="mt-1 text-stone-800">{t("home.reviewWaiting", { count: waiting })}</p>
          {waiting > 0 ? (
            <Link to="/studio/review" className={`${buttonClass.secondary} mt-3`}>
              {t("home.reviewLink")}
            </Link>
          ) : null}
        </section>
      ) : null}

      {counts ? (
        <section aria-labelledby="listings-title" className="space-y-3">
          <h2 id="listings-title" className="text-lg font-semibold">
            {t("home.listingsTitle")}
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {(["returned", "draft", "pending", "active"] as const).map((state) => (
              <li key={state}>
                <Link
                  to={`/studio/listings?state=${state}`}
                  className={`flex min-h-20 flex-col justify-center rounded-md border p-3 text-stone-900 no-underline hover:bg-stone-50 ${state === "returned" && counts.returned > 0 ? "border-amber-700 bg-amber-50" : "border-stone-300 bg-white"}`}
                >
                  <span className="text-2xl font-bold">{counts[state]}</span>
                  <span className="text-sm">{t(`home.counts.${state}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/studio/listings">{t("home.allListings")}</Link>
          </p>
        </section>
      ) : null}

      {toShip !== null ? (
        <section aria-labelledby="to-ship-title" className={`rounded-md border p-4 ${toShip > 0 ? "border-brand-700 bg-brand-50" : "border-stone-300 bg-white"}`}>
          <h2 id="to-ship-title" className="text-lg font-semibold">
            {t("home.toShipTitle")}
          </h2>
          <p className="mt-1 text-stone-800">{t("home.toShip", { count: toShip })}</p>
          {toShip > 0 ? (
            <Link to="/studio/orders" className={`${buttonClass.primary} mt-3`}>
              {t("home.toShipLink")}
            </Link>
          ) : null}
        </section>
      ) : null}

      {earnings ? (
        <section aria-labelledby="earnings-title" className="rounded-md border border-stone-300 bg-white p-4">
          <h2 id="earnings-title" className="text-lg font-semibold">
            {t("home.earningsTitle")}
          </h2>
          <dl className="mt-2 grid grid-cols-2 gap-3">
            <div>
              <dt className="text-sm text-stone-700">{t("home.earningsAvailable")}</dt>
              <dd className="text-2xl font-bold">{earnings.available}</dd>
            </div>
            <div>
              <dt className="text-sm text-stone-700">{t("home.earningsPending")}</dt>
              <dd className="text-2xl font-bold">{earnings.pending}</dd>
            </div>
          </dl>
          <Link to="/studio/earnings" className="mt-3 inline-block">
            {t("home.earningsLink")}
          </Link>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
