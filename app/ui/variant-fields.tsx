import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field } from "./forms";

type VariantField = "optionEn" | "optionHi" | "price" | "stock" | "weightGrams" | "hsCode";

// Conform's metadata differs per schema; only names, ids, values and errors are used here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VariantFieldset = Record<VariantField, FieldMetadata<any, any, string[]>>;

/** The inputs of one kind or size: its name in both languages, price in rupees, stock, weight, and the customs code. */
export function VariantFields({ fields }: { fields: VariantFieldset }) {
  const { t } = useTranslation("studio");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t("variant.optionEn")} hint={t("variant.optionHint")} errors={fields.optionEn.errors} inputProps={getInputProps(fields.optionEn, { type: "text" })} />
      <Field label={t("variant.optionHi")} errors={fields.optionHi.errors} inputProps={{ ...getInputProps(fields.optionHi, { type: "text" }), lang: "hi" }} />
      <Field label={t("variant.price")} hint={t("variant.priceHint")} errors={fields.price.errors} inputProps={{ ...getInputProps(fields.price, { type: "text" }), inputMode: "decimal", autoComplete: "off" }} />
      <Field label={t("variant.stock")} hint={t("variant.stockHint")} errors={fields.stock.errors} inputProps={{ ...getInputProps(fields.stock, { type: "number" }), inputMode: "numeric", min: 0, step: 1 }} />
      <Field label={t("variant.weight")} hint={t("variant.weightHint")} errors={fields.weightGrams.errors} inputProps={{ ...getInputProps(fields.weightGrams, { type: "number" }), inputMode: "numeric", min: 1, step: 1 }} />
      <Field label={t("variant.hsCode")} hint={t("variant.hsCodeHint")} errors={fields.hsCode.errors} inputProps={{ ...getInputProps(fields.hsCode, { type: "text" }), inputMode: "decimal" }} />
    </div>
  );
}
