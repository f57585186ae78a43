import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { ListingSchema, MAX_PHOTOS, NewListingSchema } from "~/modules/studio/listing-schemas";
import { Field, FormErrors, SelectField, SubmitButton, TextareaField } from "./forms";
import { PhotoUpload, type ExistingPhoto } from "./photo-upload";
import { VariantFields, type VariantFieldset } from "./variant-fields";

export interface ListingValues {
  makerId?: string;
  categoryId: string;
  titleEn: string;
  titleHi: string | null;
  descriptionEn: string | null;
  descriptionHi: string | null;
  materialsEn: string | null;
  materialsHi: string | null;
  careEn: string | null;
  careHi: string | null;
  originRegion: string;
}

export interface ListingFormProps {
  lastResult?: SubmissionResult<string[]>;
  defaults: Partial<ListingValues>;
  categories: { id: string; name: string }[];
  /** Coordinators choose whose work it is; empty for an artisan. */
  makers: { id: string; displayName: string; organisationName: string }[];
  photos: ExistingPhoto[];
  uploadTarget: "cloudinary" | "local";
  /** The new-listing form also asks for the first kind or size. */
  withFirstVariant: boolean;
  submitLabel: string;
}

/**
 * Enter in a field submits with the form's first submit button. Without JavaScript the photo buttons
 * (move, remove) are submit buttons too: this one comes first, so that Enter saves.
 */
export function DefaultSubmit({ label }: { label: string }) {
  return (
    <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
      {label}
    </button>
  );
}

const blank = (value: string | null | undefined) => value ?? "";

/**
 * A listing's words, category and photos. Posted as multipart so that, without JavaScript, a photo
 * can travel with it; with JavaScript photos are uploaded as they are chosen.
 */
export function ListingForm({ lastResult, defaults, categories, makers, photos, uploadTarget, withFirstVariant, submitLabel }: ListingFormProps) {
  const { t } = useTranslation("studio");
  const schema = withFirstVariant ? NewListingSchema : ListingSchema;
  const [uploading, setUploading] = useState(false);
  const [form, fields] = useForm({
    id: "listing",
    lastResult,
    defaultValue: {
      makerId: defaults.makerId ?? "",
      categoryId: defaults.categoryId ?? "",
      titleEn: blank(defaults.titleEn),
      titleHi: blank(defaults.titleHi),
      descriptionEn: blank(defaults.descriptionEn),
      descriptionHi: blank(defaults.descriptionHi),
      materialsEn: blank(defaults.materialsEn),
      materialsHi: blank(defaults.materialsHi),
      careEn: blank(defaults.careEn),
      careHi: blank(defaults.careHi),
      originRegion: blank(defaults.originRegion),
    },
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseForm(formData, schema),
  });
  const hindi = { lang: "hi" };
  return (
    <Form method="post" encType="multipart/form-data" className="space-y-8" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="details" />
      <DefaultSubmit label={submitLabel} />
      <FormErrors id={form.errorId} errors={form.errors} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("listing.aboutLegend")}</legend>
        {makers.length > 0 ? (
          <SelectField label={t("listing.maker")} hint={t("listing.makerHint")} errors={fields.makerId.errors} selectProps={getSelectProps(fields.makerId)}>
            <option value="">{t("listing.chooseMaker")}</option>
            {makers.map((maker) => (
              <option key={maker.id} value={maker.id}>
                {t("listing.makerOption", { name: maker.displayName, organisation: maker.organisationName })}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("listing.titleEn")} hint={t("listing.titleEnHint")} errors={fields.titleEn.errors} inputProps={getInputProps(fields.titleEn, { type: "text" })} />
          <Field label={t("listing.titleHi")} hint={t("listing.optional")} errors={fields.titleHi.errors} inputProps={{ ...getInputProps(fields.titleHi, { type: "text" }), ...hindi }} />
        </div>
        <SelectField label={t("listing.category")} errors={fields.categoryId.errors} selectProps={getSelectProps(fields.categoryId)}>
          <option value="">{t("listing.chooseCategory")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <p className="text-sm text-stone-700">{t("listing.languagesHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextareaField label={t("listing.descriptionEn")} errors={fields.descriptionEn.errors} textareaProps={{ ...getTextareaProps(fields.descriptionEn), rows: 5 }} />
          <TextareaField label={t("listing.descriptionHi")} errors={fields.descriptionHi.errors} textareaProps={{ ...getTextareaProps(fields.descriptionHi), rows: 5, ...hindi }} />
          <Field label={t("listing.materialsEn")} hint={t("listing.materialsHint")} errors={fields.materialsEn.errors} inputProps={getInputProps(fields.materialsEn, { type: "text" })} />
          <Field label={t("listing.materialsHi")} errors={fields.materialsHi.errors} inputProps={{ ...getInputProps(fields.materialsHi, { type: "text" }), ...hindi }} />
          <Field label={t("listing.careEn")} hint={t("listing.careHint")} errors={fields.careEn.errors} inputProps={getInputProps(fields.careEn, { type: "text" })} />
          <Field label={t("listing.careHi")} errors={fields.careHi.errors} inputProps={{ ...getInputProps(fields.careHi, { type: "text" }), ...hindi }} />
        </div>
        <Field label={t("listing.originRegion")} hint={t("listing.originRegionHint")} errors={fields.originRegion.errors} inputProps={getInputProps(fields.originRegion, { type: "text" })} />
      </fieldset>

      {withFirstVariant ? (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("listing.firstVariantLegend")}</legend>
          <p className="text-sm text-stone-700">{t("listing.firstVariantHint")}</p>
          <VariantFields fields={fields as unknown as VariantFieldset} />
        </fieldset>
      ) : null}

      <PhotoUpload legend={t("photos.legend")} photos={photos} max={MAX_PHOTOS} target={uploadTarget} errors={form.allErrors} onBusyChange={setUploading} />

      <div className="space-y-2">
        {uploading ? (
          <p className="text-sm text-stone-800" role="status">
            {t("photos.waitForUploads")}
          </p>
        ) : null}
        <SubmitButton pendingLabel={t("listing.saving")} disabled={uploading}>
          {submitLabel}
        </SubmitButton>
      </div>
    </Form>
  );
}
