import { Form, useLocation, useSubmit } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Currency } from "~/lib/money";

/** A plain form that works without JavaScript; with it, choosing a currency submits at once. */
export function CurrencySwitch({ current, currencies }: { current: Currency; currencies: readonly Currency[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const submit = useSubmit();
  if (currencies.length < 2) return null;
  return (
    <Form method="post" action="/set-currency" className="flex items-center gap-1" onChange={(event) => submit(event.currentTarget)}>
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <label htmlFor="currency-switch" className="sr-only">
        {t("currency.label")}
      </label>
      <select id="currency-switch" name="currency" defaultValue={current} key={current} className="min-h-11 rounded border border-stone-500 bg-white px-2 text-sm">
        {currencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="min-h-11 rounded px-2 text-sm underline">
          {t("currency.apply")}
        </button>
      </noscript>
    </Form>
  );
}
