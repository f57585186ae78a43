import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import {
  forbidden,
  requireUserWithPermission,
} from "~/modules/identity/index.server";
import {
  courseOrganisations,
  createCourse,
} from "~/modules/reintegration/index.server";
import { CourseSchema } from "~/modules/reintegration/training-schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CourseFields } from "~/ui/course-fields";
import { FormErrors, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:course:org";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const organisations = await courseOrganisations(user);
  if (!organisations.length) throw forbidden();
  const t = await getTranslator(await getLanguage(request));
  return {
    title: t("careTraining:form.title"),
    organisations: organisations.length > 1 ? organisations : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const submission = parseForm(await request.formData(), CourseSchema);
  if (submission.status !== "success")
    return data({ result: submission.reply() }, { status: 400 });
  const outcome = await createCourse(user, submission.value, clientIp(request));
  if (!outcome) throw forbidden();
  if (!outcome.ok)
    return data(
      { result: submission.reply({ fieldErrors: outcome.fieldErrors }) },
      { status: 400 }
    );
  return redirect(`/care/training/${outcome.courseId}?done=created`);
}

export default function NewCourse() {
  const { t } = useTranslation(["careTraining", "care", "common"]);
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "course",
    lastResult: actionData?.result,
    defaultValue: { sessionsRequired: "1" },
    constraint: getZodConstraint(CourseSchema),
    onValidate: ({ formData }) => parseForm(formData, CourseSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/care/training">{t("careTraining:form.back")}</Link>
      </p>
      <PageHeader
        title={t("careTraining:form.title")}
        description={t("careTraining:form.intro")}
      />
      <Form
        method="post"
        className="max-w-2xl space-y-5"
        {...getFormProps(form)}
      >
        <FormErrors id={form.errorId} errors={form.errors} />
        <CourseFields fields={fields} organisations={organisations} />
        <SubmitButton>{t("careTraining:form.create")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
