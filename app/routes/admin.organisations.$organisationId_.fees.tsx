import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney, parseAmount } from "~/lib/money";
import { isUuid, parseForm } from "~/lib/validation";
import { addFeeRule, listFeeRules } from "~/modules/earnings/index.server";
import { FeeRuleSchema, percentToBasisPoints } from "~/modules/earnings/fee-rule-schema";
import { getOrganisation, requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:fee-rule:any";

async function findOrganisation(id: string | undefined) {
  const organisation = isUuid(id) ? await getOrganisation(id, "any") : null;
  if (!organisation) throw notFound();
  return organisation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, PERMISSION);
  const organisation = await findOrganisation(params.organisationId);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const rules = await listFeeRules(organisation.id);
  const percent = (bp: number) => (bp / 100).toLocaleString(language === "hi" ? "hi-IN" : "en-IN", { maximumFractionDigits: 2 });
  const now = new Date();
  const inForce = rules.find((rule) => rule.validFrom <= now)?.id;
  return {
    title: t("adminShop:fees.title", { organisation: organisation.name }),
    organisation: { id: organisation.id, name: organisation.name },
    today: new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10),
    rules: rules.map((rule) => ({
      id: rule.id,
      validFrom: rule.validFrom.toISOString().slice(0, 16).replace("T", " "),
      cooperative: `${percent(rule.cooperativePercentBp)} % + ${formatMoney(rule.cooperativeFlatInr, "INR", language)}`,
      platform: `${percent(rule.platformPercentBp)} % + ${formatMoney(rule.platformFlatInr, "INR", language)}`,
      holdDays: rule.holdDays,
      state: rule.id === inForce ? "inForce" : rule.validFrom > now ? "future" : "superseded",
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const organisation = await findOrganisation(params.organisationId);
  const submission = parseForm(await request.formData(), FeeRuleSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const rule = submission.value;
  const outcome = await addFeeRule(
    organisation.id,
    {
      validFromDay: rule.validFrom,
      cooperativePercentBp: percentToBasisPoints(rule.cooperativePercent),
      cooperativeFlatInr: parseAmount(rule.cooperativeFlat, "INR")!,
      platformPercentBp: percentToBasisPoints(rule.platformPercent),
      platformFlatInr: parseAmount(rule.platformFlat, "INR")!,
      holdDays: rule.holdDays,
    },
    { id: user.id, ip: clientIp(request) },
  );
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors }) }, { status: 400 });
  return redirect(`/admin/organisations/${organisation.id}/fees?saved=1`);
}

export default function FeeRules() {
  const { t } = useTranslation(["adminShop", "admin"]);
  const { organisation, rules, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { validFrom: today, cooperativePercent: "10", cooperativeFlat: "0", platformPercent: "5", platformFlat: "0", holdDays: "14" },
    constraint: getZodConstraint(FeeRuleSchema),
    onValidate: ({ formData }) => parseForm(formData, FeeRuleSchema),
  });
  return (
    <div className="space-y-8">
      <p>
        <Link to={`/admin/organisations/${organisation.id}`}>{t("fees.back", { organisation: organisation.name })}</Link>
      </p>
      <PageHeader title={t("fees.title", { organisation: organisation.name })} description={t("fees.intro")} />
      {searchParams.get("saved") ? <Notice>{t("fees.saved")}</Notice> : null}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("fees.historyTitle")}</caption>
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-2 pr-4">{t("fees.validFrom")}</th>
            <th scope="col" className="py-2 pr-4">{t("fees.cooperative")}</th>
            <th scope="col" className="py-2 pr-4">{t("fees.platform")}</th>
            <th scope="col" className="py-2 pr-4">{t("fees.holdDays")}</th>
            <th scope="col" className="py-2">{t("fees.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rules.length === 0 ? (
            <tr>
              <td colSpan={5} className="py-2">{t("fees.none")}</td>
            </tr>
          ) : (
            rules.map((rule) => (
              <tr key={rule.id} className="border-b border-stone-200">
                <td className="py-2 pr-4">{rule.validFrom} UTC</td>
                <td className="py-2 pr-4">{rule.cooperative}</td>
                <td className="py-2 pr-4">{rule.platform}</td>
                <td className="py-2 pr-4">{rule.holdDays}</td>
                <td className="py-2">{t(`fees.states.${rule.state as "inForce" | "future" | "superseded"}`)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <section aria-labelledby="new-rule" className="rounded-md border border-stone-300 bg-white p-5">
        <h2 id="new-rule" className="text-lg font-semibold">
          {t("fees.addTitle")}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t("fees.addIntro")}</p>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
          <FormErrors id={form.errorId} errors={form.errors} />
          <Field className="sm:col-span-2" label={t("fees.validFrom")} hint={t("fees.validFromHint")} errors={fields.validFrom.errors} inputProps={getInputProps(fields.validFrom, { type: "date" })} />
          <Field label={t("fees.cooperativePercent")} errors={fields.cooperativePercent.errors} inputProps={{ ...getInputProps(fields.cooperativePercent, { type: "text" }), inputMode: "decimal" }} />
          <Field label={t("fees.cooperativeFlat")} errors={fields.cooperativeFlat.errors} inputProps={{ ...getInputProps(fields.cooperativeFlat, { type: "text" }), inputMode: "decimal" }} />
          <Field label={t("fees.platformPercent")} errors={fields.platformPercent.errors} inputProps={{ ...getInputProps(fields.platformPercent, { type: "text" }), inputMode: "decimal" }} />
          <Field label={t("fees.platformFlat")} errors={fields.platformFlat.errors} inputProps={{ ...getInputProps(fields.platformFlat, { type: "text" }), inputMode: "decimal" }} />
          <Field label={t("fees.holdDays")} hint={t("fees.holdDaysHint")} errors={fields.holdDays.errors} inputProps={{ ...getInputProps(fields.holdDays, { type: "text" }), inputMode: "numeric" }} />
          <div className="sm:col-span-2">
            <SubmitButton>{t("fees.add")}</SubmitButton>
          </div>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
