import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ENTERED_INCOME_SOURCES } from "~/modules/reintegration/vocabulary";
import { Field, FormErrors, SelectField, SubmitButton } from "./forms";
import { errorsOf } from "./plan-form-errors";

/** Records a month's income from a source other than the shop (whose income comes from the ledger), with evidence. */
export function IncomeForm({
  today,
  lastResult,
}: {
  today: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation(["carePlans"]);
  const errorOf = errorsOf(lastResult);
  const thisMonth = today.slice(0, 7);
  return (
    <Form
      method="post"
      className="grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2"
      noValidate
    >
      <h3 className="text-lg font-semibold sm:col-span-2">
        {t("carePlans:income.add")}
      </h3>
      <p className="text-sm text-stone-700 sm:col-span-2">
        {t("carePlans:income.addHint")}
      </p>
      <input type="hidden" name="intent" value="income" />
      <FormErrors errors={errorOf("")} />
      <SelectField
        label={t("carePlans:income.source")}
        errors={errorOf("source")}
        selectProps={{ name: "source", defaultValue: "", required: true }}
      >
        <option value="">{t("carePlans:choose")}</option>
        {ENTERED_INCOME_SOURCES.map((source) => (
          <option key={source} value={source}>
            {t(`carePlans:sources.${source}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("carePlans:income.month")}
        errors={errorOf("month")}
        inputProps={{
          name: "month",
          type: "month",
          max: thisMonth,
          defaultValue: thisMonth,
          required: true,
        }}
      />
      <Field
        label={t("carePlans:income.amount")}
        errors={errorOf("amount")}
        inputProps={{
          name: "amount",
          inputMode: "decimal",
          required: true,
        }}
      />
      <Field
        label={t("carePlans:income.evidence")}
        hint={t("carePlans:income.evidenceHint")}
        errors={errorOf("evidence")}
        inputProps={{ name: "evidence", required: true }}
      />
      <div className="sm:col-span-2">
        <SubmitButton>{t("carePlans:income.save")}</SubmitButton>
      </div>
    </Form>
  );
}
