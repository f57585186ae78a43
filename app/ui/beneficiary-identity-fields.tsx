import { useTranslation } from "react-i18next";
import { SEX_GENDER_OPTIONS } from "~/modules/cases/beneficiary-schema";
import { EARLIEST_DATE } from "~/modules/cases/consent-schema";
import { CONSENT_METHODS, type IdentityField } from "~/modules/cases/vocabulary";
import { Field, SelectField, TextareaField, type Errors } from "./forms";

/** What a form field needs from Conform's metadata; kept structural so that both care forms can pass theirs. */
export interface FieldMeta {
  id: string;
  name: string;
  initialValue?: unknown;
  errors?: Errors;
}

const text = (meta: FieldMeta) => (meta.initialValue === undefined || meta.initialValue === null ? "" : String(meta.initialValue));

function input(meta: FieldMeta, extra: Record<string, unknown> = {}) {
  return { id: meta.id, name: meta.name, defaultValue: text(meta), autoComplete: "off", ...extra };
}

/**
 * A person's identity fields, shared by registration and editing. Only legal name, sex/gender and a date
 * of birth or an estimated age are required.
 */
export function BeneficiaryIdentityFields({ fields, today }: { fields: Record<IdentityField, FieldMeta>; today: string }) {
  const { t } = useTranslation(["careBeneficiaries", "care"]);
  const sexGender = text(fields.sexGender);
  return (
    <fieldset className="space-y-4 rounded-md border border-stone-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{t("form.identity")}</legend>
      <p className="text-sm text-stone-700">{t("form.identityIntro")}</p>
      <Field label={t("form.required", { label: t("care:fields.legalName") })} errors={fields.legalName.errors} inputProps={input(fields.legalName, { type: "text", required: true, maxLength: 200 })} />
      <Field label={t("care:fields.otherNames")} hint={t("form.otherNamesHint")} errors={fields.otherNames.errors} inputProps={input(fields.otherNames, { type: "text", maxLength: 200 })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("care:fields.dateOfBirth")}
          hint={t("form.dobHint")}
          errors={fields.dateOfBirth.errors}
          inputProps={input(fields.dateOfBirth, { type: "date", min: EARLIEST_DATE, max: today })}
        />
        <Field
          label={t("care:fields.estimatedAge")}
          hint={t("form.ageHint")}
          errors={fields.estimatedAge.errors}
          inputProps={input(fields.estimatedAge, { type: "number", min: 0, max: 120, step: 1, inputMode: "numeric" })}
        />
      </div>
      <SelectField label={t("form.required", { label: t("care:fields.sexGender") })} errors={fields.sexGender.errors} selectProps={{ id: fields.sexGender.id, name: fields.sexGender.name, defaultValue: sexGender, required: true }}>
        <option value="">{t("form.choose")}</option>
        {SEX_GENDER_OPTIONS.map((option) => (
          <option key={option} value={option}>
            {t(`sexGender.${option}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("care:fields.phone")} errors={fields.phone.errors} inputProps={input(fields.phone, { type: "tel", maxLength: 40 })} />
        <Field label={t("care:fields.languages")} hint={t("form.languagesHint")} errors={fields.languages.errors} inputProps={input(fields.languages, { type: "text", maxLength: 200 })} />
      </div>
      <TextareaField label={t("care:fields.address")} errors={fields.address.errors} textareaProps={{ ...input(fields.address), rows: 2, maxLength: 500 }} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("care:fields.originDistrict")} hint={t("form.districtHint")} errors={fields.originDistrict.errors} inputProps={input(fields.originDistrict, { type: "text", maxLength: 100 })} />
        <Field label={t("care:fields.originState")} errors={fields.originState.errors} inputProps={input(fields.originState, { type: "text", maxLength: 100 })} />
        <Field label={t("care:fields.originCountry")} errors={fields.originCountry.errors} inputProps={input(fields.originCountry, { type: "text", maxLength: 100 })} />
      </div>
      <TextareaField label={t("care:fields.identityDocuments")} hint={t("form.documentsHint")} errors={fields.identityDocuments.errors} textareaProps={{ ...input(fields.identityDocuments), rows: 2, maxLength: 500 }} />
    </fieldset>
  );
}

/** How consent was given (method, date, witness or guardian) and an optional evidence file. */
export function ConsentDetailInputs({ fields, evidenceErrors, today }: { fields: Record<"method" | "givenOn" | "witness", FieldMeta>; evidenceErrors?: Errors; today: string }) {
  const { t } = useTranslation(["careBeneficiaries", "care"]);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("consent.method")} errors={fields.method.errors} selectProps={{ id: fields.method.id, name: fields.method.name, defaultValue: text(fields.method), required: true }}>
          <option value="">{t("form.choose")}</option>
          {CONSENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`care:consentMethods.${method}`)}
            </option>
          ))}
        </SelectField>
        <Field label={t("consent.givenOn")} errors={fields.givenOn.errors} inputProps={input(fields.givenOn, { type: "date", min: EARLIEST_DATE, max: today, required: true })} />
      </div>
      <Field label={t("consent.witness")} hint={t("consent.witnessHint")} errors={fields.witness.errors} inputProps={input(fields.witness, { type: "text", maxLength: 200 })} />
      <Field label={t("consent.evidence")} hint={t("consent.evidenceHint")} errors={evidenceErrors} inputProps={{ id: `${fields.method.id}-evidence`, name: "evidence", type: "file", accept: "application/pdf,image/jpeg,image/png" }} />
    </>
  );
}
