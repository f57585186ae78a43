import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { VariantSchema } from "~/modules/studio/listing-schemas";
import { buttonClass } from "./button";
import { FormErrors } from "./forms";
import { VariantFields, type VariantFieldset } from "./variant-fields";

export interface VariantValues {
  id: string;
  sku: string;
  optionEn: string;
  optionHi: string | null;
  price: string;
  stock: number;
  weightGrams: number;
  hsCode: string | null;
}

/**
 * One kind or size of a listing, saved or removed on its own; or, without `variant`, the form that
 * adds one. The buttons name the intent, so that Enter in a field saves.
 */
export function VariantEditor({ variant, lastResult, title }: { variant?: VariantValues; lastResult?: SubmissionResult<string[]>; title: string }) {
  const { t } = useTranslation("studio");
  const [form, fields] = useForm({
    id: variant ? `variant-${variant.id}` : "variant-new",
    lastResult,
    defaultValue: variant
      ? { optionEn: variant.optionEn, optionHi: variant.optionHi ?? "", price: variant.price, stock: String(variant.stock), weightGrams: String(variant.weightGrams), hsCode: variant.hsCode ?? "" }
      : undefined,
    constraint: getZodConstraint(VariantSchema),
    onValidate: ({ formData }) => parseForm(formData, VariantSchema),
  });
  return (
    <Form method="post" className="space-y-4" {...getFormProps(form)} aria-label={title}>
      {variant ? <input type="hidden" name="variantId" value={variant.id} /> : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <VariantFields fields={fields as unknown as VariantFieldset} />
      {variant ? <p className="text-sm text-stone-700">{t("variant.sku", { sku: variant.sku })}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value={variant ? "variant" : "addVariant"} className={buttonClass.primary}>
          {variant ? t("variant.save") : t("variant.add")}
        </button>
        {variant ? (
          <button type="submit" name="intent" value="removeVariant" formNoValidate className={buttonClass.secondary}>
            {t("variant.remove")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}
