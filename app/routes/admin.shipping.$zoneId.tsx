import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isCountryCode } from "~/lib/countries.server";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatRate, parseAmount } from "~/lib/money";
import { isUuid, parseForm } from "~/lib/validation";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { EMPTY_BAND_ROWS, ZoneSchema } from "~/modules/orders/shipping-schemas";
import { countriesListedElsewhere, listZonesForAdmin, updateZone } from "~/modules/orders/shipping.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SubmitButton, TextareaField } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const handle = { i18n: ["common", "admin", "adminShop"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:shipping:any";

async function findZone(zoneId: string | undefined) {
  const zone = isUuid(zoneId) ? (await listZonesForAdmin()).find((candidate) => candidate.id === zoneId) : undefined;
  if (!zone) throw notFound();
  return zone;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, PERMISSION);
  const zone = await findZone(params.zoneId);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  const name = (language === "hi" ? zone.nameHi : null) ?? zone.nameEn;
  return {
    title: t("adminShop:shipping.editTitle", { zone: name }),
    zone: {
      name,
      isDefault: zone.isDefault,
      countries: zone.countries.join(", "),
      // Paise as a decimal string of rupees, via the rate formatter's exact integer arithmetic.
      bands: zone.rates.map((rate) => ({ maxWeightGrams: String(rate.maxWeightGrams), price: formatRate(BigInt(rate.priceInr) * 10_000n) })),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const zone = await findZone(params.zoneId);
  const submission = parseForm(await request.formData(), ZoneSchema);
  const refuse = (fieldErrors?: Record<string, string[]>, detail: { unknownCountries?: string[]; elsewhere?: { country: string; zone: string }[] } = {}) =>
    data({ result: submission.reply(fieldErrors ? { fieldErrors } : undefined), unknownCountries: detail.unknownCountries ?? [], elsewhere: detail.elsewhere ?? [] }, { status: 400 });
  if (submission.status !== "success") return refuse();
  const { countries, bands } = submission.value;
  const unknownCountries = countries.filter((code) => !isCountryCode(code));
  if (unknownCountries.length) return refuse({ countries: ["adminShop:shipping.errors.unknownCountries"] }, { unknownCountries });
  if (!zone.isDefault && countries.length === 0) return refuse({ countries: ["adminShop:shipping.errors.noCountries"] });
  const elsewhere = await countriesListedElsewhere(zone.id, countries);
  if (elsewhere.length) return refuse({ countries: ["adminShop:shipping.errors.elsewhere"] }, { elsewhere });
  await updateZone(
    zone.id,
    { countries, bands: bands.map((band) => ({ maxWeightGrams: band.maxWeightGrams, priceInr: parseAmount(band.price, "INR")! })) },
    { id: user.id, ip: clientIp(request) },
  );
  return redirect("/admin/shipping?saved=1");
}

export default function EditShippingZone() {
  const { t } = useTranslation(["adminShop", "common"]);
  const { zone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const rows = [...zone.bands, ...Array.from({ length: EMPTY_BAND_ROWS }, () => ({ maxWeightGrams: "", price: "" }))];
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { countries: zone.countries, bands: rows },
    constraint: getZodConstraint(ZoneSchema),
    onValidate: ({ formData }) => parseForm(formData, ZoneSchema),
  });
  const bandFields = fields.bands.getFieldList();
  const unknownCountries = actionData?.unknownCountries;
  const elsewhere = actionData?.elsewhere;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/shipping">{t("shipping.backToList")}</Link>
      </p>
      <PageHeader title={t("shipping.editTitle", { zone: zone.name })} />
      <Form method="post" className="max-w-2xl space-y-6" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        {zone.isDefault ? (
          <p>{t("shipping.defaultZone")}</p>
        ) : (
          <TextareaField
            label={t("shipping.countriesLabel")}
            hint={t("shipping.countriesHint")}
            errors={fields.countries.errors}
            textareaProps={{ ...getTextareaProps(fields.countries), rows: 3 }}
          />
        )}
        {unknownCountries?.length ? <p className="text-sm text-red-800">{t("shipping.unknownList", { codes: unknownCountries.join(", ") })}</p> : null}
        {elsewhere?.length ? (
          <p className="text-sm text-red-800">{t("shipping.elsewhereList", { list: elsewhere.map((item) => `${item.country} (${item.zone})`).join(", ") })}</p>
        ) : null}
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold">{t("shipping.bandsLegend")}</legend>
          <p className="text-sm text-stone-700">{t("shipping.bandsHint")}</p>
          <FormErrors id={fields.bands.errorId} errors={fields.bands.errors} />
          {bandFields.map((band, index) => {
            const bandParts = band.getFieldset();
            return (
              <div key={band.key} className="grid grid-cols-2 gap-4">
                <Field
                  label={t("shipping.maxWeight", { row: index + 1 })}
                  errors={bandParts.maxWeightGrams.errors}
                  inputProps={{ ...getInputProps(bandParts.maxWeightGrams, { type: "text" }), inputMode: "numeric" }}
                />
                <Field
                  label={t("shipping.price", { row: index + 1 })}
                  errors={bandParts.price.errors}
                  inputProps={{ ...getInputProps(bandParts.price, { type: "text" }), inputMode: "decimal" }}
                />
              </div>
            );
          })}
        </fieldset>
        <SubmitButton>{t("common:actions.save")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
