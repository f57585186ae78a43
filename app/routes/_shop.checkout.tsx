import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { displayCurrency } from "~/lib/buyer-preferences.server";
import { countryName, countryOptions } from "~/lib/countries.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { availableCurrencies } from "~/modules/earnings/index.server";
import { CheckoutFields, CheckoutSchema } from "~/modules/orders/checkout-schema";
import { cartIdFrom, cartSummary, pendingOrderCookieHeader, pendingOrderFrom, placeOrder, shipToCountry } from "~/modules/orders/index.server";
import { postalCodeExample } from "~/modules/orders/postal-codes";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { OrderLines, OrderTotals } from "~/ui/order-lines";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [...titled(data), { name: "robots", content: "noindex" }];

async function buyerContext(request: Request) {
  const language = await getLanguage(request);
  const [cartId, currencies, country] = await Promise.all([cartIdFrom(request), availableCurrencies(), shipToCountry(request)]);
  return { language, cartId, country, currency: await displayCurrency(request, currencies) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { language, cartId, country, currency } = await buyerContext(request);
  const summary = await cartSummary(cartId, { currency, country, language });
  if (summary.lines.length === 0) throw redirect("/cart");
  const t = await getTranslator(language);
  return {
    title: t("checkout:checkout.title"),
    summary,
    countryName: country ? countryName(country, language) : null,
    countries: countryOptions(language),
  };
}

/** Only the buyer's details count: prices, shipping and totals are worked out again on the server. */
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), CheckoutSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), values: undefined }, { status: 400 });
  const { language, cartId, currency } = await buyerContext(request);
  const outcome = await placeOrder({ cartId, details: submission.value, currency, language, supersedes: await pendingOrderFrom(request) });
  if (!outcome.ok) return data({ result: submission.reply(outcome), values: outcome.values }, { status: 400 });
  return redirect(outcome.redirectUrl, { headers: { "Set-Cookie": await pendingOrderCookieHeader(outcome.orderId) } });
}

type AddressFieldset = ReturnType<FieldMetadata<Record<"line1" | "line2" | "city" | "region" | "postalCode" | "country", string | undefined>>["getFieldset"]>;

function AddressFields({ fieldset, countries, autoCompleteSection }: { fieldset: AddressFieldset; countries: { code: string; name: string }[]; autoCompleteSection: string }) {
  const { t } = useTranslation("checkout");
  const example = postalCodeExample(typeof fieldset.country.value === "string" ? fieldset.country.value : "");
  const auto = (token: string) => `section-${autoCompleteSection} ${token}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field className="sm:col-span-2" label={t("checkout.line1")} errors={fieldset.line1.errors} inputProps={{ ...getInputProps(fieldset.line1, { type: "text" }), autoComplete: auto("address-line1") }} />
      <Field className="sm:col-span-2" label={t("checkout.line2")} errors={fieldset.line2.errors} inputProps={{ ...getInputProps(fieldset.line2, { type: "text" }), autoComplete: auto("address-line2") }} />
      <Field label={t("checkout.city")} errors={fieldset.city.errors} inputProps={{ ...getInputProps(fieldset.city, { type: "text" }), autoComplete: auto("address-level2") }} />
      <Field label={t("checkout.region")} errors={fieldset.region.errors} inputProps={{ ...getInputProps(fieldset.region, { type: "text" }), autoComplete: auto("address-level1") }} />
      <SelectField label={t("checkout.country")} errors={fieldset.country.errors} selectProps={{ ...getSelectProps(fieldset.country), autoComplete: auto("country") }}>
        <option value="">{t("checkout.chooseCountry")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("checkout.postalCode")}
        hint={example ? t("checkout.postalCodeHint", { example }) : undefined}
        errors={fieldset.postalCode.errors}
        inputProps={{ ...getInputProps(fieldset.postalCode, { type: "text" }), autoComplete: auto("postal-code") }}
      />
    </div>
  );
}

export default function CheckoutPage() {
  const { t } = useTranslation(["checkout", "common"]);
  const { summary, countries, countryName: shippingCountryName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(CheckoutFields),
    onValidate: ({ formData }) => parseForm(formData, CheckoutSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: { shipping: { country: summary.country ?? "" }, billingSameAsShipping: true },
  });
  const shipping = fields.shipping.getFieldset();
  const billing = fields.billing.getFieldset();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("checkout.title")}</h1>
      <p className="mt-2 max-w-2xl text-stone-700">{t("checkout.intro")}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <Form method="post" className="space-y-8" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} values={actionData?.values} />
          <fieldset className="space-y-4">
            <legend className="text-xl font-semibold">{t("checkout.contact")}</legend>
            <Field label={t("checkout.email")} hint={t("checkout.emailHint")} errors={fields.email.errors} inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }} />
            <Field label={t("checkout.name")} errors={fields.name.errors} inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }} />
            <Field label={t("checkout.phone")} hint={t("checkout.phoneHint")} errors={fields.phone.errors} inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "tel" }} />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-xl font-semibold">{t("checkout.shippingAddress")}</legend>
            <AddressFields fieldset={shipping} countries={countries} autoCompleteSection="shipping" />
          </fieldset>
          {/* Without JavaScript too, ticking the box hides the billing fields (CSS :has). */}
          <div className="group space-y-4">
            <CheckboxField label={t("checkout.billingSame")} errors={fields.billingSameAsShipping.errors} inputProps={{ ...getInputProps(fields.billingSameAsShipping, { type: "checkbox" }), id: "billing-same" }} />
            <fieldset className="space-y-4 group-has-[#billing-same:checked]:hidden">
              <legend className="text-xl font-semibold">{t("checkout.billingAddress")}</legend>
              <p className="text-sm text-stone-700">{t("checkout.billingHint")}</p>
              <AddressFields fieldset={billing} countries={countries} autoCompleteSection="billing" />
            </fieldset>
          </div>
          <p className="text-sm text-stone-700">{t("checkout.holdNote")}</p>
          <div className="flex flex-wrap items-center gap-4">
            <SubmitButton pendingLabel={t("checkout.pending")}>{t("checkout.submit")}</SubmitButton>
            <Link to="/cart">{t("checkout.backToCart")}</Link>
          </div>
        </Form>
        <aside aria-labelledby="checkout-summary" className="h-fit space-y-4 rounded-md border border-stone-300 bg-stone-50 p-5">
          <h2 id="checkout-summary" className="text-xl font-semibold">
            {t("checkout.summary")}
          </h2>
          <OrderLines lines={summary.lines.map((line) => ({ ...line, id: line.variantId }))} currency={summary.currency} />
          <OrderTotals
            currency={summary.currency}
            subtotalMinor={summary.totals.subtotalMinor}
            shippingMinor={summary.shipping.ok ? summary.shipping.priceMinor : null}
            totalMinor={summary.totals.totalMinor}
          />
          {shippingCountryName ? <p className="text-sm text-stone-700">{t("checkout.shippingNote", { country: shippingCountryName })}</p> : null}
        </aside>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
