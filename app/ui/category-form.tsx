import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { CategorySchema } from "~/modules/catalog/category-schema";
import { Field, FormErrors, SubmitButton, TextareaField } from "./forms";

export interface CategoryValues {
  slug: string;
  nameEn: string;
  nameHi: string | null;
  descriptionEn: string | null;
  descriptionHi: string | null;
  position: number;
}

export function CategoryForm({ lastResult, defaults, submitLabel }: { lastResult?: SubmissionResult<string[]>; defaults?: CategoryValues; submitLabel: string }) {
  const { t } = useTranslation("adminShop");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: defaults ? { ...defaults, nameHi: defaults.nameHi ?? "", descriptionEn: defaults.descriptionEn ?? "", descriptionHi: defaults.descriptionHi ?? "", position: String(defaults.position) } : { position: "0" },
    constraint: getZodConstraint(CategorySchema),
    onValidate: ({ formData }) => parseForm(formData, CategorySchema),
  });
  return (
    <Form method="post" className="max-w-2xl space-y-5" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <Field label={t("categories.nameEn")} errors={fields.nameEn.errors} inputProps={getInputProps(fields.nameEn, { type: "text" })} />
      <Field label={t("categories.nameHi")} hint={t("categories.hindiHint")} errors={fields.nameHi.errors} inputProps={{ ...getInputProps(fields.nameHi, { type: "text" }), lang: "hi" }} />
      <Field label={t("categories.slug")} hint={t("categories.slugHint")} errors={fields.slug.errors} inputProps={getInputProps(fields.slug, { type: "text" })} />
      <TextareaField label={t("categories.descriptionEn")} errors={fields.descriptionEn.errors} textareaProps={{ ...getTextareaProps(fields.descriptionEn), rows: 3 }} />
      <TextareaField label={t("categories.descriptionHi")} errors={fields.descriptionHi.errors} textareaProps={{ ...getTextareaProps(fields.descriptionHi), rows: 3, lang: "hi" }} />
      <Field label={t("categories.position")} hint={t("categories.positionHint")} errors={fields.position.errors} inputProps={{ ...getInputProps(fields.position, { type: "text" }), inputMode: "numeric" }} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
