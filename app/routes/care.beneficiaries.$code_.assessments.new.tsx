import { getFormProps, useForm } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { latestToday } from "~/modules/cases/consent-schema";
import { requireTeamAccess } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { NewAssessmentSchema } from "~/modules/reintegration/assessment-schemas";
import { answerLabels } from "~/modules/reintegration/default-questions";
import { canRecordAssessment, ensureQuestions, questionsInForce, recordAssessment } from "~/modules/reintegration/index.server";
import { ASSESSMENT_DIMENSIONS } from "~/modules/reintegration/vocabulary";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { ErrorList, Field, FormErrors, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

async function guard(request: Request, code: string | undefined) {
  const user = await requireUserWithPermission(request, "manage:assessment:own");
  const found = await requireTeamAccess(request, user, code, (found) => canRecordAssessment(found.access));
  return { user, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await guard(request, params.code);
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  await ensureQuestions();
  const questions = await questionsInForce();
  return {
    title: t("careAssessments:form.newTitle", { code: found.beneficiary.code }),
    code: found.beneficiary.code,
    today: new Date().toISOString().slice(0, 10),
    latest: latestToday(),
    questions: questions.map((question, index) => ({
      key: question.key,
      number: index + 1,
      dimension: question.dimension,
      text: language === "hi" ? question.textHi : question.textEn,
      answers: Array.from({ length: question.maxScore + 1 }, (_, score) => answerLabels(question.key, language)[score] ?? String(score)),
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await guard(request, params.code);
  const submission = parseForm(await request.formData(), NewAssessmentSchema);
  await ensureQuestions();
  if (submission.status !== "success") return data({ result: submission.reply(), questionKey: null as string | null }, { status: 400 });
  const outcome = await recordAssessment(user, found, submission.value, clientIp(request));
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }), questionKey: outcome.questionKey ?? null }, { status: 400 });
  }
  return redirect(`/care/beneficiaries/${found.beneficiary.code}/assessments?done=recorded`);
}

export default function NewAssessment() {
  const { t } = useTranslation(["careAssessments", "care", "common"]);
  const { code, questions, today, latest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "assessment",
    lastResult: actionData?.result,
    defaultValue: { assessedOn: today },
    onValidate: ({ formData }) => parseForm(formData, NewAssessmentSchema),
    shouldRevalidate: "onBlur",
  });
  const named = questions.find((question) => question.key === actionData?.questionKey);
  const posted = (actionData?.result.initialValue?.answers ?? {}) as Record<string, unknown>;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}/assessments`}>{t("back", { code })}</Link>
      </p>
      <PageHeader title={t("form.newTitle", { code })} description={t("form.newIntro")} />
      <Form method="post" className="max-w-3xl space-y-6" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} values={named ? { number: named.number, text: named.text } : undefined} />
        <Field
          label={t("form.date")}
          hint={t("form.dateHint")}
          errors={fields.assessedOn.errors}
          inputProps={{ id: fields.assessedOn.id, name: fields.assessedOn.name, type: "date", max: latest, required: true, defaultValue: String(fields.assessedOn.initialValue ?? today) }}
        />
        {ASSESSMENT_DIMENSIONS.map((dimension) => (
          <section key={dimension} aria-labelledby={`dimension-${dimension}`} className="space-y-4">
            <h2 id={`dimension-${dimension}`} className="text-xl font-semibold">
              {t(`dimensions.${dimension}`)}
            </h2>
            {questions
              .filter((question) => question.dimension === dimension)
              .map((question) => {
                const name = `answers.${question.key}`;
                const errors = form.allErrors[name];
                const errorId = errors?.length ? `${name}-error` : undefined;
                return (
                  <fieldset key={question.key} className="rounded-md border border-stone-300 p-4" aria-describedby={errorId} aria-invalid={errorId ? true : undefined}>
                    <legend className="px-1 font-semibold">
                      {t("form.question", { number: question.number })}: {question.text}
                    </legend>
                    <div className="mt-2 grid gap-2 sm:grid-cols-5">
                      {question.answers.map((label, score) => (
                        <label key={score} className="flex min-h-11 items-start gap-2 rounded border border-stone-200 p-2 text-sm">
                          <input type="radio" name={name} value={score} required defaultChecked={String(posted[question.key] ?? "") === String(score)} className="mt-1" />
                          <span>{label}</span>
                        </label>
                      ))}
                    </div>
                    <ErrorList id={errorId} errors={errors} />
                  </fieldset>
                );
              })}
          </section>
        ))}
        <SubmitButton pendingLabel={t("common:actions.saving")}>{t("form.submit")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
