import { getCollectionProps, getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { MANDATES, ORGANISATION_KINDS } from "~/modules/identity/roles";
import { OrganisationSchema } from "~/modules/identity/schemas";
import { CheckboxField, ErrorList, Field, FormErrors, SelectField, SubmitButton } from "./forms";

export interface OrganisationFormValues {
  name: string;
  kind: string;
  country: string;
  region: string;
  mandates: string[];
  requireTwoFactor: boolean;
  trustApprovedArtisans: boolean;
  caseworkersSeeOwnCasesOnly: boolean;
  beneficiaryCodePrefix: string;
}

/** Create and edit form of an organisation; the country names come from the loader, in the page's language. */
export function OrganisationForm({
  lastResult,
  defaultValue,
  countries,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: OrganisationFormValues;
  countries: { code: string; name: string }[];
  submitLabel: string;
}) {
  const { t } = useTranslation(["admin", "common"]);
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    constraint: getZodConstraint(OrganisationSchema),
    onValidate: ({ formData }) => parseForm(formData, OrganisationSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" className="max-w-xl space-y-5" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field label={t("admin:organisations.fields.name")} errors={fields.name.errors} inputProps={getInputProps(fields.name, { type: "text" })} />
      <SelectField label={t("admin:organisations.fields.kind")} errors={fields.kind.errors} selectProps={getSelectProps(fields.kind)}>
        <option value="">{t("admin:choose")}</option>
        {ORGANISATION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`common:organisationKinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("admin:organisations.fields.country")} errors={fields.country.errors} selectProps={getSelectProps(fields.country)}>
        <option value="">{t("admin:choose")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("admin:organisations.fields.region")}
        hint={t("admin:organisations.fields.regionHint")}
        errors={fields.region.errors}
        inputProps={getInputProps(fields.region, { type: "text" })}
      />
      <fieldset aria-describedby={fields.mandates.errors?.length ? fields.mandates.errorId : undefined}>
        <legend className="text-sm font-semibold text-stone-800">
          {t("admin:organisations.fields.mandates")}
        </legend>
        <p className="text-sm text-stone-700">{t("admin:organisations.fields.mandatesHint")}</p>
        <div className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {getCollectionProps(fields.mandates, { type: "checkbox", options: [...MANDATES] }).map(({ key, ...props }) => (
            <CheckboxField key={key} label={t(`common:mandates.${props.value as (typeof MANDATES)[number]}`)} inputProps={props} />
          ))}
        </div>
        <ErrorList id={fields.mandates.errorId} errors={fields.mandates.errors} />
      </fieldset>
      <CheckboxField
        label={t("admin:organisations.fields.requireTwoFactor")}
        hint={t("admin:organisations.fields.requireTwoFactorHint")}
        errors={fields.requireTwoFactor.errors}
        inputProps={getInputProps(fields.requireTwoFactor, { type: "checkbox" })}
      />
      <CheckboxField
        label={t("admin:organisations.fields.trustApprovedArtisans")}
        hint={t("admin:organisations.fields.trustApprovedArtisansHint")}
        errors={fields.trustApprovedArtisans.errors}
        inputProps={getInputProps(fields.trustApprovedArtisans, { type: "checkbox" })}
      />
      <CheckboxField
        label={t("admin:organisations.fields.caseworkersSeeOwnCasesOnly")}
        hint={t("admin:organisations.fields.caseworkersSeeOwnCasesOnlyHint")}
        errors={fields.caseworkersSeeOwnCasesOnly.errors}
        inputProps={getInputProps(fields.caseworkersSeeOwnCasesOnly, { type: "checkbox" })}
      />
      <Field
        label={t("admin:organisations.fields.beneficiaryCodePrefix")}
        hint={t("admin:organisations.fields.beneficiaryCodePrefixHint")}
        errors={fields.beneficiaryCodePrefix.errors}
        inputProps={{ ...getInputProps(fields.beneficiaryCodePrefix, { type: "text" }), maxLength: 3, autoCapitalize: "characters", className: "w-24 uppercase" }}
      />
      <SubmitButton pendingLabel={t("common:actions.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
