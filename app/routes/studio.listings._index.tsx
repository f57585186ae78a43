import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { actsForOthers, listListings, listingCounts, makerChoices, requireStudioActor } from "~/modules/studio/index.server";
import { isListingState, LISTING_STATES } from "~/modules/studio/listing-state";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { StateBadge } from "~/ui/listing-status";
import { PageHeader } from "~/ui/page";
import { ProductImage } from "~/ui/product-image";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "manage:listing:own");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const search = new URL(request.url).searchParams;
  const state = search.get("state");
  const makerId = search.get("maker") ?? undefined;
  const [rows, counts, makers] = await Promise.all([
    listListings(actor, { state: isListingState(state) ? state : undefined, makerId }, language),
    listingCounts(actor),
    actsForOthers(actor) ? makerChoices(actor) : [],
  ]);
  return {
    title: t("studio:listings.title"),
    state: isListingState(state) ? state : null,
    makerId: makerId ?? "",
    counts,
    makers,
    listings: rows.map((row) => ({
      id: row.id,
      title: row.title,
      state: row.state,
      makerName: row.makerName,
      image: row.image,
      summary: t("studio:listings.summary", { count: row.variants, stock: row.stock }),
      price: row.lowestPriceInr === null ? null : formatMoney(row.lowestPriceInr, "INR", language),
    })),
  };
}

export default function Listings() {
  const { t } = useTranslation("studio");
  const { state, makerId, counts, makers, listings } = useLoaderData<typeof loader>();
  const withMaker = (to: string) => (makerId ? `${to}${to.includes("?") ? "&" : "?"}maker=${encodeURIComponent(makerId)}` : to);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("listings.title")}
        actions={
          <Link to={withMaker("/studio/listings/new")} className={buttonClass.primary}>
            {t("home.newListing")}
          </Link>
        }
      />
      {makers.length > 0 ? (
        <Form method="get" className="flex flex-wrap items-end gap-2">
          {state ? <input type="hidden" name="state" value={state} /> : null}
          <div className="w-full min-w-0 sm:w-auto">
            <label htmlFor="maker-filter" className="block text-sm font-semibold text-stone-800">
              {t("listings.makerFilter")}
            </label>
            <select id="maker-filter" name="maker" defaultValue={makerId} className="mt-1 block min-h-11 w-full max-w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base">
              <option value="">{t("listings.allMakers")}</option>
              {makers.map((maker) => (
                <option key={maker.id} value={maker.id}>
                  {t("listing.makerOption", { name: maker.displayName, organisation: maker.organisationName })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass.secondary}>
            {t("listings.show")}
          </button>
        </Form>
      ) : null}
      <nav aria-label={t("listings.filterLabel")}>
        <ul className="flex flex-wrap gap-2">
          {[null, ...LISTING_STATES].map((filter) => (
            <li key={filter ?? "all"}>
              <Link
                to={withMaker(filter ? `/studio/listings?state=${filter}` : "/studio/listings")}
                aria-current={filter === state ? "page" : undefined}
                className="inline-flex min-h-11 items-center rounded-full border border-stone-400 bg-white px-3 text-sm text-stone-900 no-underline aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
              >
                {filter ? t("listings.filter", { state: t(`states.${filter}`), count: counts[filter] }) : t("listings.all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {listings.length === 0 ? (
        <p className="rounded-md border border-stone-300 bg-white p-4">{state ? t("listings.noneInState") : t("listings.none")}</p>
      ) : (
        <ul className="space-y-3">
          {listings.map((listing) => (
            <li key={listing.id} className="relative flex gap-3 rounded-md border border-stone-300 bg-white p-3">
              <ProductImage image={listing.image} sizes="5rem" className="w-20 shrink-0" />
              <div className="min-w-0 space-y-1">
                <h2 className="font-semibold leading-snug">
                  <Link to={`/studio/listings/${listing.id}`} className="text-stone-900 after:absolute after:inset-0 after:content-['']">
                    {listing.title}
                  </Link>
                </h2>
                <StateBadge state={listing.state} />
                <p className="text-sm text-stone-700">
                  {listing.summary}
                  {listing.price ? ` · ${t("listings.from", { price: listing.price })}` : ""}
                </p>
                {listing.makerName && makers.length > 0 ? <p className="text-sm text-stone-700">{t("listings.by", { name: listing.makerName })}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
