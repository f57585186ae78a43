import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { dayOf } from "~/modules/earnings/calendar";
import { makersWithBalances, PAYOUT_BACKDATE_DAYS, recentPayouts, submitPayout } from "~/modules/earnings/index.server";
import { PAYOUT_METHODS, PayoutSchema } from "~/modules/earnings/payout-schema";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";
import { loadNamespacesFirst } from "~/lib/route-namespaces";

export const handle = { i18n: ["earnings"] };

export const clientLoader = loadNamespacesFirst(handle.i18n);

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "record:payout:org";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const scope = organisationScope(user, PERMISSION);
  const t = await getTranslator(await getLanguage(request));
  const today = dayOf(new Date());
  const [makers, payouts] = await Promise.all([makersWithBalances(scope), recentPayouts(scope)]);
  return {
    title: t("earnings:payouts.title"),
    makers,
    payouts,
    today,
    earliest: new Date(Date.parse(`${today}T00:00:00Z`) - PAYOUT_BACKDATE_DAYS * 86_400_000).toISOString().slice(0, 10),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const submission = parseForm(await request.formData(), PayoutSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), values: {} }, { status: 400 });
  const outcome = await submitPayout(submission.value, organisationScope(user, PERMISSION), { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) {
    const language = await getLanguage(request);
    const { availableInr, ...rest } = outcome.values ?? {};
    const values = { ...rest, ...(availableInr === undefined ? {} : { available: formatMoney(availableInr, "INR", language) }) };
    return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), values }, { status: 400 });
  }
  return redirect(`/studio/payouts/${outcome.payoutId}?recorded=1`);
}

export default function Payouts() {
  const { t, i18n } = useTranslation("earnings");
  const { makers, payouts } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const money = (amount: number) => formatMoney(amount, "INR", i18n.language);
  return (
    <div className="space-y-8">
      <PageHeader title={t("payouts.title")} description={t("payouts.intro")} />
      {/* A maker's "Pay" link only changes ?maker= in the address: start the form again with her chosen. */}
      <PayoutForm key={searchParams.get("maker") ?? ""} />

      <section aria-labelledby="makers-title" className="space-y-3">
        <h2 id="makers-title" className="text-xl font-semibold">
          {t("payouts.makersTitle")}
        </h2>
        {makers.length === 0 ? (
          <p className="text-stone-700">{t("payouts.noMakers")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-stone-400 text-sm">
                  <th scope="col" className="py-2 pr-3">{t("payouts.maker")}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t("payouts.available")}</th>
                  <th scope="col" className="py-2 pr-3 text-right">{t("payouts.pending")}</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t("payouts.earnings")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {makers.map((maker) => (
                  <tr key={maker.id} className="border-b border-stone-200">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      <span className="block">{maker.displayName}</span>
                      <span className="block text-sm text-stone-700">{maker.organisationName}</span>
                    </th>
                    <td className={`py-1 pr-3 text-right font-semibold tabular-nums ${maker.availableInr < 0 ? "text-red-800" : ""}`}>{money(maker.availableInr)}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{money(maker.pendingInr)}</td>
                    <td className="py-1 text-right whitespace-nowrap">
                      {maker.availableInr > 0 ? (
                        <Link to={`?maker=${maker.id}#record-payout`} className="inline-flex min-h-11 items-center px-2" aria-label={`${t("payouts.pay")}: ${maker.displayName}`}>
                          {t("payouts.pay")}
                        </Link>
                      ) : null}
                      <Link to={`/studio/earnings?maker=${maker.id}`} className="inline-flex min-h-11 items-center px-2" aria-label={`${t("payouts.earnings")}: ${maker.displayName}`}>
                        {t("payouts.earnings")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="recent-title" className="space-y-3">
        <h2 id="recent-title" className="text-xl font-semibold">
          {t("payouts.recentTitle")}
        </h2>
        {payouts.length === 0 ? (
          <p className="text-stone-700">{t("payouts.recentEmpty")}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
            {payouts.map((payout) => (
              <li key={payout.id}>
                <Link to={`/studio/payouts/${payout.id}`} className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 px-4 py-2 text-stone-900 no-underline hover:bg-stone-50">
                  <span>
                    <span className="block font-semibold">{payout.makerDisplayName}</span>
                    <span className="block text-sm text-stone-700">
                      {formatDate(payout.paidOn, i18n.language)} · {t(`methods.${payout.method}`)}
                    </span>
                  </span>
                  <span className="font-semibold tabular-nums">{money(payout.amountInr)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function PayoutForm() {
  const { t, i18n } = useTranslation("earnings");
  const { makers, today, earliest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { makerId: searchParams.get("maker") ?? "", method: "bank_transfer", paidOn: today },
    constraint: getZodConstraint(PayoutSchema),
    onValidate: ({ formData }) => parseForm(formData, PayoutSchema),
  });
  return (
    <section id="record-payout" aria-labelledby="record-payout-title" className="rounded-md border border-stone-300 bg-white p-5">
      <h2 id="record-payout-title" className="text-xl font-semibold">
        {t("payouts.formTitle")}
      </h2>
      <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <SelectField className="sm:col-span-2" label={t("payouts.maker")} errors={fields.makerId.errors} selectProps={getSelectProps(fields.makerId)}>
          <option value="">{t("payouts.chooseMaker")}</option>
          {makers.map((maker) => (
            <option key={maker.id} value={maker.id}>
              {t("payouts.makerOption", { maker: maker.displayName, available: formatMoney(maker.availableInr, "INR", i18n.language) })}
            </option>
          ))}
        </SelectField>
        <Field
          label={t("payouts.amount")}
          hint={t("payouts.amountHint")}
          errors={fields.amount.errors}
          errorValues={actionData?.values}
          inputProps={{ ...getInputProps(fields.amount, { type: "text" }), inputMode: "decimal", autoComplete: "off" }}
        />
        <SelectField label={t("payouts.method")} errors={fields.method.errors} selectProps={getSelectProps(fields.method)}>
          {PAYOUT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`methods.${method}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("payouts.reference")} hint={t("payouts.referenceHint")} errors={fields.reference.errors} inputProps={{ ...getInputProps(fields.reference, { type: "text" }), autoComplete: "off" }} />
        <Field
          label={t("payouts.paidOn")}
          errors={fields.paidOn.errors}
          errorValues={actionData?.values}
          inputProps={{ ...getInputProps(fields.paidOn, { type: "date" }), min: earliest, max: today }}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("payouts.submitting")}>{t("payouts.submit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
