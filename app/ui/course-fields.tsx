import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import type { CourseInput } from "~/modules/reintegration/training-schemas";
import { LIVELIHOOD_TRACKS } from "~/modules/reintegration/vocabulary";
import { Field, SelectField, TextareaField } from "./forms";

type CourseFieldsMetadata = { [K in Exclude<keyof CourseInput, "organisationId">]-?: FieldMetadata<unknown> } & { organisationId?: FieldMetadata<unknown> };

/** The fields of a course, for creating one and for editing it (organisation only when choosing is possible). */
export function CourseFields({ fields, organisations }: { fields: CourseFieldsMetadata; organisations: { id: string; name: string }[] | null }) {
  const { t } = useTranslation(["careTraining", "care"]);
  return (
    <>
      {organisations && fields.organisationId ? (
        <SelectField label={t("careTraining:form.organisation")} errors={fields.organisationId.errors} selectProps={getSelectProps(fields.organisationId)}>
          <option value="">{t("careTraining:form.choose")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field label={t("careTraining:form.titleEn")} errors={fields.titleEn.errors} inputProps={{ ...getInputProps(fields.titleEn, { type: "text" }), lang: "en" }} />
      <Field
        label={t("careTraining:form.titleHi")}
        hint={t("careTraining:form.optional")}
        errors={fields.titleHi.errors}
        inputProps={{ ...getInputProps(fields.titleHi, { type: "text" }), lang: "hi" }}
      />
      <TextareaField
        label={t("careTraining:form.descriptionEn")}
        hint={t("careTraining:form.optional")}
        errors={fields.descriptionEn.errors}
        textareaProps={{ ...getTextareaProps(fields.descriptionEn), rows: 3, lang: "en" }}
      />
      <TextareaField
        label={t("careTraining:form.descriptionHi")}
        hint={t("careTraining:form.optional")}
        errors={fields.descriptionHi.errors}
        textareaProps={{ ...getTextareaProps(fields.descriptionHi), rows: 3, lang: "hi" }}
      />
      <SelectField label={t("careTraining:form.track")} errors={fields.livelihoodTrack.errors} selectProps={getSelectProps(fields.livelihoodTrack)}>
        <option value="">{t("careTraining:form.noTrack")}</option>
        {LIVELIHOOD_TRACKS.map((track) => (
          <option key={track} value={track}>
            {t(`care:tracks.${track}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("careTraining:form.sessionsRequired")}
        hint={t("careTraining:form.sessionsHint")}
        errors={fields.sessionsRequired.errors}
        inputProps={{ ...getInputProps(fields.sessionsRequired, { type: "number" }), min: 1, step: 1 }}
      />
    </>
  );
}
