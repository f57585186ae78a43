import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  LIVELIHOOD_TRACKS,
  type LivelihoodTrack,
} from "~/modules/reintegration/vocabulary";
import {
  Field,
  FormErrors,
  SelectField,
  SubmitButton,
  TextareaField,
} from "./forms";
import { errorsOf } from "./plan-form-errors";

interface SavedPlan {
  livelihoodTrack: LivelihoodTrack;
  targetMonthlyIncomeInr: number;
  startOn: string;
  goals: string | null;
}

/** Creates the reintegration plan, or changes the saved one (its values filled in). */
export function PlanForm({
  plan,
  today,
  lastResult,
}: {
  plan: SavedPlan | null;
  today: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation(["carePlans", "care"]);
  const errorOf = errorsOf(lastResult);
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="intent" value="plan" />
      <FormErrors errors={errorOf("")} />
      <SelectField
        label={t("carePlans:plan.track")}
        errors={errorOf("livelihoodTrack")}
        selectProps={{
          name: "livelihoodTrack",
          defaultValue: plan?.livelihoodTrack ?? "",
          required: true,
        }}
      >
        <option value="">{t("carePlans:choose")}</option>
        {LIVELIHOOD_TRACKS.map((track) => (
          <option key={track} value={track}>
            {t(`care:tracks.${track}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("carePlans:plan.targetRupees")}
        hint={t("carePlans:plan.targetHint")}
        errors={errorOf("targetMonthlyIncome")}
        inputProps={{
          name: "targetMonthlyIncome",
          inputMode: "decimal",
          required: true,
          defaultValue: plan
            ? (plan.targetMonthlyIncomeInr / 100).toString()
            : "",
        }}
      />
      <Field
        label={t("carePlans:plan.startOn")}
        errors={errorOf("startOn")}
        inputProps={{
          name: "startOn",
          type: "date",
          required: true,
          defaultValue: plan?.startOn ?? today,
        }}
      />
      <TextareaField
        className="sm:col-span-2"
        label={t("carePlans:plan.goals")}
        errors={errorOf("goals")}
        textareaProps={{
          name: "goals",
          rows: 3,
          defaultValue: plan?.goals ?? "",
        }}
      />
      <div className="sm:col-span-2">
        <SubmitButton>
          {plan ? t("carePlans:plan.save") : t("carePlans:plan.create")}
        </SubmitButton>
      </div>
    </Form>
  );
}
