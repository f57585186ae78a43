import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { parseForm } from "~/lib/validation";
import { CONTACT_METHODS, ContactSchema } from "~/modules/reintegration/contact-schema";
import { Field, FormErrors, SelectField, SubmitButton, TextareaField } from "./forms";

/** "Record contact" on the case page: a visit, call or meeting with the person, which clears the "no contact" alert. */
export function CaseContactForm({ today, lastResult }: { today: string; lastResult?: SubmissionResult<string[]> }) {
  const { t } = useTranslation(["careAlerts", "careCases", "common"]);
  const [form, fields] = useForm({
    id: "contact",
    lastResult,
    defaultValue: { intent: "contact", contactedOn: today },
    constraint: getZodConstraint(ContactSchema),
    onValidate: ({ formData }) => parseForm(formData, ContactSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="contact-title" className="space-y-3">
      <h2 id="contact-title" className="text-xl font-semibold">
        {t("careAlerts:contact.title")}
      </h2>
      <p className="text-stone-700">{t("careAlerts:contact.intro")}</p>
      <Form method="post" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <input type="hidden" name="intent" value="contact" />
        <Field
          label={t("careAlerts:contact.contactedOn")}
          errors={fields.contactedOn.errors}
          inputProps={{ ...getInputProps(fields.contactedOn, { type: "date" }), max: today }}
        />
        <SelectField label={t("careAlerts:contact.method")} errors={fields.method.errors} selectProps={getSelectProps(fields.method)}>
          <option value="">{t("careCases:choose")}</option>
          {CONTACT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`careAlerts:contact.methods.${method}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          className="sm:col-span-2"
          label={t("careAlerts:contact.note")}
          hint={t("careAlerts:contact.noteHint")}
          errors={fields.note.errors}
          textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("common:actions.saving")}>{t("careAlerts:contact.submit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
