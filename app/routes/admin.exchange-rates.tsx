import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatRate } from "~/lib/money";
import { parseForm } from "~/lib/validation";
import { currentRates, listRates, parseRatesCsv, readRate, saveRates, type RateProblem } from "~/modules/earnings/index.server";
import { AddRateSchema, FOREIGN_CURRENCIES, MAX_RATES_CSV_BYTES } from "~/modules/earnings/rate-schemas";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:exchange-rate:any";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, PERMISSION);
  const t = await getTranslator(await getLanguage(request));
  const [history, current] = await Promise.all([listRates(), currentRates()]);
  const inForce = new Set([...current.values()].map((rate) => rate.id));
  return {
    title: t("adminShop:rates.title"),
    today: new Date().toISOString().slice(0, 10),
    rates: history.map((rate) => ({
      id: rate.id,
      currency: rate.currency,
      rate: formatRate(rate.inrPerUnitMicros),
      validFrom: rate.validFrom.toISOString().slice(0, 10),
      inForce: inForce.has(rate.id),
      future: rate.validFrom > new Date(),
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const actor = { id: user.id, ip: clientIp(request) };
  const formData = await request.formData();
  if (formData.get("intent") === "import") return importCsv(formData.get("file"), actor);

  const submission = parseForm(formData, AddRateSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), problems: [] as RateProblem[] }, { status: 400 });
  const rate = readRate(submission.value.currency, submission.value.rate, submission.value.validFrom);
  if (Array.isArray(rate)) {
    const fieldErrors = Object.fromEntries(rate.map((problem) => [problem.field === "rate" ? "rate" : problem.field, [problem.message]]));
    return data({ result: submission.reply({ fieldErrors }), problems: [] as RateProblem[] }, { status: 400 });
  }
  await saveRates([rate], actor, "form");
  return redirect("/admin/exchange-rates?saved=1");
}

async function importCsv(file: FormDataEntryValue | null, actor: { id: string; ip: string | null }) {
  const refuse = (message: string) => data({ result: undefined, problems: [{ field: "file", message }] as RateProblem[] }, { status: 400 });
  if (!(file instanceof File) || file.size === 0) return refuse("adminShop:rates.errors.noFile");
  if (file.size > MAX_RATES_CSV_BYTES) return refuse("adminShop:rates.errors.tooLarge");
  const parsed = parseRatesCsv(await file.text());
  if ("problems" in parsed) return data({ result: undefined, problems: parsed.problems }, { status: 400 });
  await saveRates(parsed.rates, actor, "csv");
  return redirect(`/admin/exchange-rates?imported=${parsed.rates.length}`);
}

export default function ExchangeRates() {
  const { t } = useTranslation(["adminShop", "common"]);
  const { rates, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { validFrom: today },
    constraint: getZodConstraint(AddRateSchema),
    onValidate: ({ formData }) => parseForm(formData, AddRateSchema),
  });
  const imported = searchParams.get("imported");
  return (
    <div className="space-y-8">
      <PageHeader title={t("rates.title")} description={t("rates.intro")} />
      {searchParams.get("saved") ? <Notice>{t("rates.saved")}</Notice> : null}
      {imported ? <Notice>{t("rates.imported", { count: Number(imported) })}</Notice> : null}

      <section aria-labelledby="add-rate" className="rounded-md border border-stone-300 bg-white p-5">
        <h2 id="add-rate" className="text-lg font-semibold">
          {t("rates.addTitle")}
        </h2>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-4 sm:items-end" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="add" />
          <SelectField label={t("rates.currency")} errors={fields.currency.errors} selectProps={getSelectProps(fields.currency)}>
            <option value="">{t("rates.chooseCurrency")}</option>
            {FOREIGN_CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {currency}
              </option>
            ))}
          </SelectField>
          <Field label={t("rates.rate")} hint={t("rates.rateHint")} errors={fields.rate.errors} inputProps={{ ...getInputProps(fields.rate, { type: "text" }), inputMode: "decimal" }} />
          <Field label={t("rates.validFrom")} errors={fields.validFrom.errors} inputProps={getInputProps(fields.validFrom, { type: "date" })} />
          <div>
            <SubmitButton>{t("rates.add")}</SubmitButton>
          </div>
        </Form>
      </section>

      <section aria-labelledby="import-rates" className="rounded-md border border-stone-300 bg-white p-5">
        <h2 id="import-rates" className="text-lg font-semibold">
          {t("rates.importTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("rates.importHint")}</p>
        <pre className="mt-2 rounded bg-stone-100 p-2 text-xs">{"currency,inr_per_unit,valid_from\nUSD,84.50,2026-12-01\nJPY,0.565,2026-12-01"}</pre>
        <Form method="post" encType="multipart/form-data" className="mt-4 flex flex-wrap items-end gap-4">
          <input type="hidden" name="intent" value="import" />
          <div>
            <label htmlFor="rates-file" className="block text-sm font-semibold text-stone-800">
              {t("rates.file")}
            </label>
            <input id="rates-file" name="file" type="file" accept=".csv,text/csv" className="mt-1 block text-sm" aria-describedby={actionData?.problems?.length ? "rates-file-problems" : undefined} />
          </div>
          <button type="submit" className={buttonClass.secondary}>
            {t("rates.import")}
          </button>
        </Form>
        {actionData?.problems?.length ? (
          <div id="rates-file-problems" className="mt-4">
            <FormErrors errors={actionData.problems.map((problem) => problem.message)} />
            <ul className="mt-2 list-disc pl-6 text-sm text-red-800">
              {actionData.problems
                .filter((problem) => problem.row)
                .map((problem) => (
                  <li key={`${problem.row}-${problem.field}`}>{t("rates.rowProblem", { row: problem.row, problem: t(problem.message as never) })}</li>
                ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="rate-history">
        <h2 id="rate-history" className="text-lg font-semibold">
          {t("rates.historyTitle")}
        </h2>
        <table className="mt-3 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("rates.historyTitle")}</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="py-2 pr-4">{t("rates.currency")}</th>
              <th scope="col" className="py-2 pr-4">{t("rates.rate")}</th>
              <th scope="col" className="py-2 pr-4">{t("rates.validFrom")}</th>
              <th scope="col" className="py-2">{t("rates.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.id} className="border-b border-stone-200">
                <td className="py-2 pr-4 font-mono">{rate.currency}</td>
                <td className="py-2 pr-4">{t("rates.rateValue", { rate: rate.rate, currency: rate.currency })}</td>
                <td className="py-2 pr-4">{rate.validFrom}</td>
                <td className="py-2">{rate.inForce ? <strong>{t("rates.inForce")}</strong> : rate.future ? t("rates.future") : t("rates.superseded")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
