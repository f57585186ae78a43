import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { isUuid, parseForm } from "~/lib/validation";
import { forbidden, requireUserWithPermission } from "~/modules/identity/index.server";
import { canManageCourses, courseForUser, updateCourse } from "~/modules/reintegration/index.server";
import { CourseSchema } from "~/modules/reintegration/training-schemas";
import { CourseFields } from "~/ui/course-fields";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:course:org";

/** The course, when the user may see it (else 404) and manage it (else 403). */
async function manageableCourse(request: Request, courseId: string | undefined) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const course = isUuid(courseId) ? await courseForUser(user, courseId) : null;
  if (!course) throw notFound();
  if (!canManageCourses(user, course.organisationId)) throw forbidden();
  return { user, course };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { course } = await manageableCourse(request, params.courseId);
  const t = await getTranslator(await getLanguage(request));
  return {
    title: t("careTraining:form.editTitle"),
    course: {
      id: course.id,
      titleEn: course.titleEn,
      titleHi: course.titleHi ?? "",
      descriptionEn: course.descriptionEn ?? "",
      descriptionHi: course.descriptionHi ?? "",
      livelihoodTrack: course.livelihoodTrack ?? "",
      sessionsRequired: String(course.sessionsRequired),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, course } = await manageableCourse(request, params.courseId);
  const submission = parseForm(await request.formData(), CourseSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (!(await updateCourse(user, course.id, submission.value, clientIp(request)))) throw forbidden();
  return redirect(`/care/training/${course.id}?done=saved`);
}

export default function EditCourse() {
  const { t } = useTranslation(["careTraining"]);
  const { course } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "course",
    lastResult: actionData?.result,
    defaultValue: course,
    constraint: getZodConstraint(CourseSchema),
    onValidate: ({ formData }) => parseForm(formData, CourseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/training/${course.id}`}>{t("careTraining:form.backToCourse")}</Link>
      </p>
      <PageHeader title={t("careTraining:form.editTitle")} description={t("careTraining:form.editIntro")} />
      <Form method="post" className="max-w-2xl space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <CourseFields fields={fields} organisations={null} />
        <SubmitButton>{t("careTraining:form.save")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
