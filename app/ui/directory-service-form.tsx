import { getCollectionProps, getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { DirectoryServiceSchema } from "~/modules/cases/directory-schema";
import { SERVICE_KINDS } from "~/modules/cases/vocabulary";
import { CheckboxField, ErrorList, Field, FormErrors, SelectField, SubmitButton, TextareaField } from "./forms";

export interface DirectoryServiceFormValues {
  organisationId?: string;
  service: string;
  descriptionEn: string;
  descriptionHi: string;
  districts: string;
  states: string;
  countries: string;
  languages: string[];
  phone: string;
  email: string;
  hours: string;
}

/** Create and edit form of a directory entry; language names come from the loader, in the page's language. */
export function DirectoryServiceForm({
  lastResult,
  defaultValue,
  organisations,
  languages,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: DirectoryServiceFormValues;
  /** Offered only when the user keeps the directory for more than one organisation. */
  organisations: { id: string; name: string }[] | null;
  languages: { code: string; name: string }[];
  submitLabel: string;
}) {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const [form, fields] = useForm({
    id: "directory-service",
    lastResult,
    defaultValue,
    constraint: getZodConstraint(DirectoryServiceSchema),
    onValidate: ({ formData }) => parseForm(formData, DirectoryServiceSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" className="max-w-2xl space-y-5" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      {organisations ? (
        <SelectField label={t("careReferrals:directory.fields.organisation")} errors={fields.organisationId.errors} selectProps={getSelectProps(fields.organisationId)}>
          <option value="">{t("careReferrals:directory.form.choose")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <SelectField label={t("careReferrals:directory.fields.service")} errors={fields.service.errors} selectProps={getSelectProps(fields.service)}>
        <option value="">{t("careReferrals:directory.form.choose")}</option>
        {SERVICE_KINDS.map((service) => (
          <option key={service} value={service}>
            {t(`care:services.${service}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label={t("careReferrals:directory.fields.descriptionEn")}
        errors={fields.descriptionEn.errors}
        textareaProps={{ ...getTextareaProps(fields.descriptionEn), rows: 3, lang: "en" }}
      />
      <TextareaField
        label={t("careReferrals:directory.fields.descriptionHi")}
        hint={t("careReferrals:directory.form.optional")}
        errors={fields.descriptionHi.errors}
        textareaProps={{ ...getTextareaProps(fields.descriptionHi), rows: 3, lang: "hi" }}
      />
      <Field
        label={t("careReferrals:directory.fields.states")}
        hint={t("careReferrals:directory.form.statesHint")}
        errors={fields.states.errors}
        inputProps={getInputProps(fields.states, { type: "text" })}
      />
      <Field
        label={t("careReferrals:directory.fields.districts")}
        hint={t("careReferrals:directory.form.districtsHint")}
        errors={fields.districts.errors}
        inputProps={getInputProps(fields.districts, { type: "text" })}
      />
      <Field
        label={t("careReferrals:directory.fields.countries")}
        hint={t("careReferrals:directory.form.countriesHint")}
        errors={fields.countries.errors}
        inputProps={{ ...getInputProps(fields.countries, { type: "text" }), autoCapitalize: "characters" }}
      />
      <fieldset aria-describedby={fields.languages.errors?.length ? fields.languages.errorId : undefined}>
        <legend className="text-sm font-semibold text-stone-800">{t("careReferrals:directory.fields.languages")}</legend>
        <div className="mt-1 grid gap-x-6 sm:grid-cols-3">
          {getCollectionProps(fields.languages, { type: "checkbox", options: languages.map((language) => language.code) }).map(({ key, ...props }) => (
            <CheckboxField key={key} label={languages.find((language) => language.code === props.value)?.name ?? props.value} inputProps={props} />
          ))}
        </div>
        <ErrorList id={fields.languages.errorId} errors={fields.languages.errors} />
      </fieldset>
      <Field
        label={t("careReferrals:directory.fields.phone")}
        hint={t("careReferrals:directory.form.phoneHint")}
        errors={fields.phone.errors}
        inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "off" }}
      />
      <Field label={t("careReferrals:directory.fields.email")} errors={fields.email.errors} inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }} />
      <Field
        label={t("careReferrals:directory.fields.hours")}
        hint={t("careReferrals:directory.form.hoursHint")}
        errors={fields.hours.errors}
        inputProps={getInputProps(fields.hours, { type: "text" })}
      />
      <SubmitButton pendingLabel={t("common:actions.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
