import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useSearchParams, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { countryOptions } from "~/lib/countries.server";
import { safeRedirectPath } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney, type Currency } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { availableCurrencies } from "~/modules/earnings/index.server";
import { CartActionSchema, MAX_QUANTITY } from "~/modules/orders/cart-schema";
import {
  addToCart,
  cartCookieHeader,
  cartIdFrom,
  cartSummary,
  removeFromCart,
  setCartQuantity,
  shipToCookieHeader,
  shipToCountry,
  type CartLine,
  type CartSummary,
} from "~/modules/orders/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, FormErrors } from "~/ui/forms";
import { OrderTotals } from "~/ui/order-lines";
import { Notice } from "~/ui/page";
import { useHydrated } from "~/ui/use-hydrated";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const SAVED = ["added", "updated", "removed", "country"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const [cartId, currencies, country, t] = await Promise.all([cartIdFrom(request), availableCurrencies(), shipToCountry(request), getTranslator(language)]);
  const summary = await cartSummary(cartId, { currency: await displayCurrency(request, currencies), country, language });
  return { title: t("checkout:cart.metaTitle"), summary, countries: countryOptions(language) };
}

/** add (from product pages too), update, remove, country. Works as plain form posts; fetchers add `stay` to get data instead of a redirect. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  // Product pages post only variantId and quantity: adding is what they mean.
  if (!formData.has("intent")) formData.set("intent", "add");
  const stay = formData.get("stay") === "1";
  const variantId = typeof formData.get("variantId") === "string" ? String(formData.get("variantId")) : null;
  const submission = parseForm(formData, CartActionSchema);
  if (submission.status !== "success") return data({ variantId, result: submission.reply(), values: undefined }, { status: 400 });

  const value = submission.value;
  const cartId = await cartIdFrom(request);
  const done = async (saved: (typeof SAVED)[number], headers?: HeadersInit) =>
    stay ? data({ variantId, result: submission.reply({ resetForm: false }), values: undefined }, { headers }) : redirect(`/cart?saved=${saved}`, { headers });

  switch (value.intent) {
    case "country":
      return done("country", { "Set-Cookie": await shipToCookieHeader(value.country) });
    case "remove":
      await removeFromCart(cartId, value.variantId);
      return done("removed");
    case "update": {
      const outcome = await setCartQuantity(cartId, value);
      if (!outcome.ok) return data({ variantId, result: submission.reply(outcome), values: outcome.values }, { status: 400 });
      return done("updated");
    }
    case "add": {
      const outcome = await addToCart(cartId, value);
      if (!outcome.ok) return data({ variantId, result: submission.reply(outcome), values: outcome.values }, { status: 400 });
      const headers = { "Set-Cookie": await cartCookieHeader(outcome.cartId) };
      if (stay) return data({ variantId, result: submission.reply(), values: undefined }, { headers });
      return redirect(safeRedirectPath(value.redirectTo, "/cart?saved=added"), { headers });
    }
  }
}

type ActionData = ReturnType<typeof useActionData<typeof action>>;

function errorsOf(answer: ActionData) {
  const error = answer?.result.error;
  return error ? Object.values(error).flat().filter((message): message is string => Boolean(message)) : [];
}

export default function CartPage() {
  const { t } = useTranslation(["checkout", "common"]);
  const { summary, countries } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const saved = SAVED.find((kind) => kind === searchParams.get("saved"));
  // A refused plain-form post that is not about one of the lines below (an "add" from a product page, say).
  const pageErrors = actionData && !summary.lines.some((line) => line.variantId === actionData.variantId) ? errorsOf(actionData) : [];
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("cart.title")}</h1>
      <div className="mt-4 space-y-3">
        {searchParams.get("declined") ? <Notice>{t("cart.declined")}</Notice> : null}
        {saved ? <Notice>{t(`cart.saved.${saved}`)}</Notice> : null}
        <FormErrors errors={pageErrors} values={actionData?.values} />
      </div>
      {summary.lines.length === 0 ? (
        <div className="mt-8 space-y-4">
          <p>{t("cart.empty")}</p>
          <Link to="/" className={buttonClass.primary}>
            {t("cart.continue")}
          </Link>
        </div>
      ) : (
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
          <ul className="divide-y divide-stone-300 border-y border-stone-300" aria-label={t("cart.title")}>
            {summary.lines.map((line) => (
              <CartLineRow key={line.variantId} line={line} currency={summary.currency} pageAnswer={actionData?.variantId === line.variantId ? actionData : undefined} />
            ))}
          </ul>
          <CartSummaryPanel summary={summary} countries={countries} />
        </div>
      )}
    </div>
  );
}

function CartLineRow({ line, currency, pageAnswer }: { line: CartLine; currency: Currency; pageAnswer: ActionData }) {
  const { t, i18n } = useTranslation("checkout");
  const update = useFetcher<typeof action>();
  const remove = useFetcher<typeof action>();
  const hydrated = useHydrated();
  if (remove.state !== "idle" || remove.data?.result.status === "success") return null;
  const answer = update.data ?? pageAnswer;
  const pending = update.formData ? Number(update.formData.get("quantity")) : null;
  const money = (amount: number) => formatMoney(amount, currency, i18n.language);
  const quantityId = `quantity-${line.variantId}`;
  return (
    <li className="grid gap-3 py-4 sm:grid-cols-[1fr_auto_auto] sm:items-start">
      <div>
        <p className="font-semibold">
          <Link to={`/products/${line.productSlug}`}>{line.title}</Link> <span className="font-normal text-stone-700">({line.option})</span>
        </p>
        <p className="text-sm text-stone-700">{t("cart.madeBy", { name: line.madeBy })}</p>
        <p className="text-sm text-stone-700">{t("cart.each", { price: money(line.unitPriceMinor) })}</p>
        {!line.available ? <p className="text-sm font-medium text-red-800">{t("cart.unavailable")}</p> : null}
        {line.available && line.quantity > line.stock ? (
          <p className="text-sm font-medium text-red-800">{line.stock > 0 ? t("cart.lowStock", { count: line.stock }) : t("cart.soldOut")}</p>
        ) : null}
      </div>
      <update.Form method="post" className="flex items-end gap-2">
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="variantId" value={line.variantId} />
        {hydrated ? <input type="hidden" name="stay" value="1" /> : null}
        <div>
          <label htmlFor={quantityId} className="block text-sm font-semibold">
            {t("cart.quantity")}
          </label>
          <input
            id={quantityId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_QUANTITY}
            defaultValue={line.quantity}
            aria-label={t("cart.quantityOf", { title: line.title })}
            aria-invalid={answer?.result.error?.quantity ? true : undefined}
            aria-describedby={answer?.result.error?.quantity ? `${quantityId}-error` : undefined}
            onChange={(event) => hydrated && event.currentTarget.value && update.submit(event.currentTarget.form)}
            className="mt-1 block min-h-11 w-20 rounded-md border border-stone-500 px-2 aria-[invalid=true]:border-red-700"
          />
        </div>
        {hydrated ? null : (
          <button type="submit" className={buttonClass.secondary}>
            {t("cart.update")}
          </button>
        )}
      </update.Form>
      <div className="flex flex-col items-end gap-2">
        <p className="font-semibold tabular-nums" aria-live="polite">
          {money(line.unitPriceMinor * (pending && pending > 0 ? pending : line.quantity))}
        </p>
        <remove.Form method="post">
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="variantId" value={line.variantId} />
          {hydrated ? <input type="hidden" name="stay" value="1" /> : null}
          <button type="submit" className={buttonClass.link} aria-label={t("cart.removeItem", { title: line.title })}>
            {t("cart.remove")}
          </button>
        </remove.Form>
      </div>
      <div className="sm:col-span-3">
        <ErrorList id={`${quantityId}-error`} errors={errorsOf(answer)} values={answer?.values} />
      </div>
    </li>
  );
}

function CartSummaryPanel({ summary, countries }: { summary: CartSummary; countries: { code: string; name: string }[] }) {
  const { t } = useTranslation(["checkout", "common"]);
  const submit = useSubmit();
  const { shipping } = summary;
  return (
    <aside aria-labelledby="cart-summary" className="h-fit space-y-5 rounded-md border border-stone-300 bg-white p-5">
      <h2 id="cart-summary" className="text-xl font-semibold">
        {t("cart.summary")}
      </h2>
      <Form method="post" className="flex items-end gap-2" onChange={(event) => submit(event.currentTarget)}>
        <input type="hidden" name="intent" value="country" />
        <div className="flex-1">
          <label htmlFor="ship-to" className="block text-sm font-semibold">
            {t("cart.shipTo")}
          </label>
          <select id="ship-to" name="country" defaultValue={summary.country ?? ""} key={summary.country} className="mt-1 block min-h-11 w-full rounded-md border border-stone-500 bg-white px-2">
            <option value="" disabled>
              {t("checkout.chooseCountry")}
            </option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        <noscript>
          <button type="submit" className={buttonClass.secondary}>
            {t("cart.showShipping")}
          </button>
        </noscript>
      </Form>
      <OrderTotals currency={summary.currency} subtotalMinor={summary.totals.subtotalMinor} shippingMinor={shipping.ok ? shipping.priceMinor : null} totalMinor={summary.totals.totalMinor} />
      {shipping.ok ? null : (
        <p role="status" className="text-sm font-medium text-stone-800">
          {shipping.reason === "no_country" ? t("cart.chooseCountry") : shipping.reason === "no_zone" ? t("cart.noZone") : t("cart.tooHeavy", { kg: (shipping.maxWeightGrams ?? 0) / 1_000 })}
        </p>
      )}
      <p className="text-sm text-stone-700">{t("cart.pricesIn", { currency: summary.currency })}</p>
      {summary.ready ? (
        <Link to="/checkout" className={`${buttonClass.primary} w-full`}>
          {t("cart.checkout")}
        </Link>
      ) : (
        <button type="button" disabled className={`${buttonClass.primary} w-full`}>
          {t("cart.checkout")}
        </button>
      )}
    </aside>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
