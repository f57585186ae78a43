import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  MILESTONE_KINDS,
  MILESTONE_RULES,
} from "~/modules/reintegration/vocabulary";
import { Field, FormErrors, SelectField, SubmitButton } from "./forms";
import { errorsOf } from "./plan-form-errors";

/** Adds a milestone to the plan: ticked by hand, or decided by a rule over the data (a course, income months). */
export function MilestoneForm({
  courses,
  lastResult,
}: {
  /** The courses a training milestone can name, titles in the page's language. */
  courses: { id: string; title: string }[];
  lastResult?: SubmissionResult<string[]>;
}) {
  const { t } = useTranslation(["carePlans"]);
  const errorOf = errorsOf(lastResult);
  return (
    <Form
      method="post"
      className="grid gap-4 border-t border-stone-200 pt-4 sm:grid-cols-2"
      noValidate
    >
      <h3 className="text-lg font-semibold sm:col-span-2">
        {t("carePlans:milestones.add")}
      </h3>
      <input type="hidden" name="intent" value="milestone" />
      <FormErrors errors={errorOf("")} />
      <Field
        label={t("carePlans:milestones.titleLabel")}
        errors={errorOf("title")}
        inputProps={{ name: "title", required: true }}
      />
      <SelectField
        label={t("carePlans:milestones.kind")}
        errors={errorOf("kind")}
        selectProps={{ name: "kind", defaultValue: "custom" }}
      >
        {MILESTONE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`carePlans:kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("carePlans:milestones.dueOn")}
        errors={errorOf("dueOn")}
        inputProps={{ name: "dueOn", type: "date" }}
      />
      <SelectField
        label={t("carePlans:milestones.rule")}
        hint={t("carePlans:milestones.ruleHint")}
        errors={errorOf("rule")}
        selectProps={{ name: "rule", defaultValue: "" }}
      >
        <option value="">{t("carePlans:milestones.manual")}</option>
        {MILESTONE_RULES.map((rule) => (
          <option key={rule} value={rule}>
            {t(`carePlans:ruleNames.${rule}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("carePlans:milestones.course")}
        hint={t("carePlans:milestones.courseHint")}
        errors={errorOf("courseId")}
        selectProps={{ name: "courseId", defaultValue: "" }}
      >
        <option value="">{t("carePlans:choose")}</option>
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.title}
          </option>
        ))}
      </SelectField>
      <Field
        label={t("carePlans:milestones.months")}
        hint={t("carePlans:milestones.monthsHint")}
        errors={errorOf("months")}
        inputProps={{
          name: "months",
          type: "number",
          min: 1,
          max: 24,
          defaultValue: "3",
        }}
      />
      <div className="sm:col-span-2">
        <SubmitButton>{t("carePlans:milestones.addButton")}</SubmitButton>
      </div>
    </Form>
  );
}
