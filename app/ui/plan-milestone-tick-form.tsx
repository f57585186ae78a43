import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors, SubmitButton } from "./forms";
import { errorsOf } from "./plan-form-errors";

/** Marks a hand-ticked milestone as met, with its date and evidence. */
export function MilestoneTickForm({
  milestoneId,
  today,
  lastResult,
}: {
  milestoneId: string;
  today: string;
  /** The action's answer, only when it was about this milestone. */
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation(["carePlans"]);
  const errorOf = errorsOf(lastResult);
  return (
    <Form
      method="post"
      className="mt-2 grid gap-3 sm:grid-cols-[auto_1fr_auto] sm:items-end"
      noValidate
    >
      <input type="hidden" name="intent" value="tick" />
      <input type="hidden" name="milestoneId" value={milestoneId} />
      <FormErrors errors={errorOf("")} />
      <Field
        label={t("carePlans:milestones.metOn")}
        errors={errorOf("metOn")}
        inputProps={{
          name: "metOn",
          type: "date",
          max: today,
          defaultValue: today,
          required: true,
        }}
      />
      <Field
        label={t("carePlans:milestones.evidenceLabel")}
        errors={errorOf("evidence")}
        inputProps={{ name: "evidence", required: true }}
      />
      <SubmitButton>{t("carePlans:milestones.tick")}</SubmitButton>
    </Form>
  );
}
