import type { SubmissionResult } from "@conform-to/react";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useSearchParams,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { isUuid, parseForm } from "~/lib/validation";
import {
  forbidden,
  requireUserWithPermission,
} from "~/modules/identity/index.server";
import {
  addSession,
  completeEnrolment,
  courseForUser,
  coursePage,
  dropEnrolment,
  enrolByCode,
  recordAttendance,
} from "~/modules/reintegration/index.server";
import {
  AttendanceSchema,
  CompleteSchema,
  DropSchema,
  EnrolSchema,
  SessionSchema,
} from "~/modules/reintegration/training-schemas";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, Field, FormErrors, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const page = isUuid(params.courseId)
    ? await coursePage(user, params.courseId)
    : null;
  if (!page) throw notFound();
  const language = await getLanguage(request);
  const title =
    language === "hi" && page.course.titleHi
      ? page.course.titleHi
      : page.course.titleEn;
  const t = await getTranslator(language);
  return {
    ...page,
    title: `${title} · ${t("careTraining:nav")}`,
    heading: title,
    language,
  };
}

type Answer = {
  intent: string;
  target: string;
  result: SubmissionResult<string[]>;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const courseId = params.courseId;
  if (!isUuid(courseId) || !(await courseForUser(user, courseId)))
    throw notFound();
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const actor = { user, ip: clientIp(request) };
  const back = (done: string) =>
    redirect(`/care/training/${courseId}?done=${done}`);
  const answer = <
    S extends {
      reply: (options?: {
        fieldErrors?: Record<string, string[]>;
      }) => SubmissionResult<string[]>;
    }
  >(
    submission: S,
    target: string,
    field?: string,
    message?: string
  ) =>
    data<Answer>(
      {
        intent,
        target,
        result:
          field && message
            ? submission.reply({ fieldErrors: { [field]: [message] } })
            : submission.reply(),
      },
      { status: 400 }
    );

  switch (intent) {
    case "session": {
      const submission = parseForm(formData, SessionSchema);
      if (submission.status !== "success") return answer(submission, "");
      const outcome = await addSession(actor, courseId, submission.value);
      if (!outcome) throw forbidden();
      return back("session");
    }
    case "enrol": {
      const submission = parseForm(formData, EnrolSchema);
      if (submission.status !== "success") return answer(submission, "");
      const outcome = await enrolByCode(actor, courseId, submission.value.code);
      if (!outcome) throw forbidden();
      if (!outcome.ok)
        return answer(submission, "", outcome.field, outcome.message);
      return back("enrolled");
    }
    case "attendance": {
      const submission = parseForm(formData, AttendanceSchema);
      const target = String(formData.get("sessionId") ?? "");
      if (submission.status !== "success") return answer(submission, target);
      const outcome = await recordAttendance(actor, courseId, submission.value);
      if (!outcome) throw forbidden();
      if (!outcome.ok)
        return answer(submission, target, outcome.field, outcome.message);
      return back("attendance");
    }
    case "complete": {
      const submission = parseForm(formData, CompleteSchema);
      const target = String(formData.get("enrolmentId") ?? "");
      if (submission.status !== "success") return answer(submission, target);
      const outcome = await completeEnrolment(
        actor,
        courseId,
        submission.value
      );
      if (!outcome) throw forbidden();
      if (!outcome.ok)
        return answer(submission, target, outcome.field, outcome.message);
      return back("completed");
    }
    case "drop": {
      const submission = parseForm(formData, DropSchema);
      const target = String(formData.get("enrolmentId") ?? "");
      if (submission.status !== "success") return answer(submission, target);
      const outcome = await dropEnrolment(
        actor,
        courseId,
        submission.value.enrolmentId
      );
      if (!outcome) throw forbidden();
      if (!outcome.ok)
        return answer(submission, target, outcome.field, outcome.message);
      return back("dropped");
    }
    default:
      throw new Response(null, { status: 400 });
  }
}

const DONE = [
  "session",
  "enrolled",
  "attendance",
  "completed",
  "dropped",
  "created",
  "saved",
] as const;

export default function CoursePage() {
  const { t } = useTranslation(["careTraining", "care", "common"]);
  const { course, can, sessions, enrolments, today, heading, language } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = DONE.find((d) => d === params.get("done"));
  const errorsOf = (intent: string, target: string, field: string) =>
    reply && reply.intent === intent && reply.target === target
      ? reply.result.error?.[field] ?? undefined
      : undefined;
  const description =
    language === "hi" && course.descriptionHi
      ? course.descriptionHi
      : course.descriptionEn;
  const active = enrolments.filter((e) => e.status !== "dropped");
  return (
    <div className="space-y-8">
      <p>
        <Link to="/care/training">{t("careTraining:course.back")}</Link>
      </p>
      <PageHeader
        title={heading}
        description={description ?? undefined}
        actions={
          can.manageCourse ? (
            <Link to={`/care/training/${course.id}/edit`} className={buttonClass.secondary}>
              {t("careTraining:course.edit")}
            </Link>
          ) : null
        }
      />
      <ul className="text-stone-800">
        <li>{course.organisation}</li>
        <li>
          {t("careTraining:course.sessionsRequired", {
            count: course.sessionsRequired,
          })}
        </li>
        {course.livelihoodTrack ? (
          <li>
            {t("careTraining:course.track", {
              track: t(`care:tracks.${course.livelihoodTrack}` as never),
            })}
          </li>
        ) : null}
      </ul>
      {done ? <Notice>{t(`careTraining:done.${done}`)}</Notice> : null}

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-xl font-semibold">
          {t("careTraining:course.sessionsTitle")}
        </h2>
        {sessions.length ? (
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">
              {t("careTraining:course.sessionsCaption")}
            </caption>
            <thead className="border-b border-stone-300">
              <tr>
                <th scope="col" className="p-2">
                  {t("careTraining:course.heldOn")}
                </th>
                <th scope="col" className="p-2">
                  {t("careTraining:course.place")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("careTraining:course.presentCount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-stone-200">
                  <th scope="row" className="p-2 font-normal">
                    {session.heldOn}
                  </th>
                  <td className="p-2">{session.place ?? ""}</td>
                  <td className="p-2 text-right">{session.present.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t("careTraining:course.noSessions")}</p>
        )}
        {can.manageCourse ? (
          <Form
            method="post"
            className="grid max-w-2xl gap-3 sm:grid-cols-[auto_1fr_auto] sm:items-end"
            aria-label={t("careTraining:course.addSession")}
          >
            <input type="hidden" name="intent" value="session" />
            <Field
              label={t("careTraining:course.heldOn")}
              errors={errorsOf("session", "", "heldOn")}
              inputProps={{
                name: "heldOn",
                type: "date",
                required: true,
                defaultValue: today,
              }}
            />
            <Field
              label={t("careTraining:course.place")}
              errors={errorsOf("session", "", "place")}
              inputProps={{ name: "place", maxLength: 200 }}
            />
            <SubmitButton variant="secondary">
              {t("careTraining:course.addSessionButton")}
            </SubmitButton>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="people" className="space-y-3">
        <h2 id="people" className="text-xl font-semibold">
          {t("careTraining:course.enrolTitle")}
        </h2>
        {enrolments.length ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">
                {t("careTraining:course.enrolCaption")}
              </caption>
              <thead className="border-b border-stone-300">
                <tr>
                  <th scope="col" className="p-2">
                    {t("careTraining:course.code")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("careTraining:course.status")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("careTraining:course.attended")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("careTraining:course.enrolledOn")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("careTraining:course.certificate")}
                  </th>
                  {can.manageEnrolment ? (
                    <th scope="col" className="p-2">
                      {t("careTraining:course.actions")}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {enrolments.map((enrolment) => (
                  <tr
                    key={enrolment.id}
                    className="border-b border-stone-200 align-top"
                  >
                    <th scope="row" className="p-2 font-mono font-normal">
                      {enrolment.code}
                    </th>
                    <td className="p-2">
                      {t(`careTraining:statuses.${enrolment.status}`)}
                      {enrolment.completedOn ? (
                        <span className="block text-stone-700">
                          {enrolment.completedOn}
                        </span>
                      ) : null}
                    </td>
                    <td className="p-2 text-right">
                      {enrolment.attended} / {course.sessionsRequired}
                    </td>
                    <td className="p-2">{enrolment.enrolledOn}</td>
                    <td className="p-2 font-mono">
                      {enrolment.certificateNo ?? ""}
                    </td>
                    {can.manageEnrolment ? (
                      <td className="space-y-2 p-2">
                        {enrolment.status === "enrolled" ? (
                          <>
                            <Form
                              method="post"
                              className="flex flex-wrap items-end gap-2"
                            >
                              <input
                                type="hidden"
                                name="intent"
                                value="complete"
                              />
                              <input
                                type="hidden"
                                name="enrolmentId"
                                value={enrolment.id}
                              />
                              <Field
                                label={
                                  <>
                                    {t("careTraining:course.completedOn")}
                                    <span className="sr-only">
                                      {" "}
                                      ({enrolment.code})
                                    </span>
                                  </>
                                }
                                errors={[
                                  ...(errorsOf(
                                    "complete",
                                    enrolment.id,
                                    "completedOn"
                                  ) ?? []),
                                  ...(errorsOf(
                                    "complete",
                                    enrolment.id,
                                    "enrolmentId"
                                  ) ?? []),
                                ]}
                                inputProps={{
                                  name: "completedOn",
                                  type: "date",
                                  required: true,
                                  max: today,
                                  defaultValue: today,
                                }}
                              />
                              <SubmitButton variant="secondary">
                                {t("careTraining:course.complete")}
                                <span className="sr-only">
                                  : {enrolment.code}
                                </span>
                              </SubmitButton>
                            </Form>
                            <Form method="post">
                              <input
                                type="hidden"
                                name="enrolmentId"
                                value={enrolment.id}
                              />
                              <FormErrors
                                errors={errorsOf(
                                  "drop",
                                  enrolment.id,
                                  "enrolmentId"
                                )}
                              />
                              <SubmitButton
                                variant="secondary"
                                name="intent"
                                value="drop"
                              >
                                {t("careTraining:course.drop")}
                                <span className="sr-only">
                                  : {enrolment.code}
                                </span>
                              </SubmitButton>
                            </Form>
                          </>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("careTraining:course.noEnrolments")}</p>
        )}
        {can.manageEnrolment ? (
          <Form
            method="post"
            className="grid max-w-2xl gap-3 sm:grid-cols-[1fr_auto] sm:items-end"
            aria-label={t("careTraining:course.enrolTitle")}
          >
            <input type="hidden" name="intent" value="enrol" />
            <Field
              label={t("careTraining:course.enrolCode")}
              hint={t("careTraining:course.enrolHint")}
              errors={errorsOf("enrol", "", "code")}
              inputProps={{
                name: "code",
                required: true,
                maxLength: 40,
                autoComplete: "off",
              }}
            />
            <SubmitButton>{t("careTraining:course.enrolButton")}</SubmitButton>
          </Form>
        ) : null}
      </section>

      {can.manageEnrolment && sessions.length ? (
        <section aria-labelledby="attendance" className="space-y-4">
          <h2 id="attendance" className="text-xl font-semibold">
            {t("careTraining:course.attendanceTitle")}
          </h2>
          {active.length ? (
            sessions.map((session) => (
              <Form
                key={session.id}
                method="post"
                className="space-y-2 rounded-md border border-stone-300 bg-white p-4"
              >
                <input type="hidden" name="intent" value="attendance" />
                <input type="hidden" name="sessionId" value={session.id} />
                <FormErrors
                  errors={errorsOf("attendance", session.id, "sessionId")}
                />
                <fieldset>
                  <legend className="font-semibold">
                    {t("careTraining:course.attendanceLegend", {
                      date: session.heldOn,
                    })}
                    {session.place ? ` · ${session.place}` : ""}
                  </legend>
                  {session.heldOn > today ? (
                    <p className="text-stone-700">
                      {t("careTraining:course.futureSession")}
                    </p>
                  ) : (
                    <div className="grid gap-1 sm:grid-cols-3">
                      {active.map((enrolment) => (
                        <CheckboxField
                          key={enrolment.id}
                          label={
                            <span className="font-mono">{enrolment.code}</span>
                          }
                          inputProps={{
                            id: `present-${session.id}-${enrolment.id}`,
                            name: "present",
                            value: enrolment.id,
                            defaultChecked: session.present.includes(
                              enrolment.id
                            ),
                          }}
                        />
                      ))}
                    </div>
                  )}
                </fieldset>
                {session.heldOn > today ? null : (
                  <SubmitButton variant="secondary">
                    {t("careTraining:course.saveAttendance")}
                    <span className="sr-only">: {session.heldOn}</span>
                  </SubmitButton>
                )}
              </Form>
            ))
          ) : (
            <p>{t("careTraining:course.noOneToMark")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
