import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SUPPORTED_LANGUAGES } from "~/lib/i18n";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { createUser, organisationOptions, requireUserWithPermission } from "~/modules/identity/index.server";
import { NewUserSchema } from "~/modules/identity/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { MembershipFields } from "~/ui/membership-fields";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "create:user:any");
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return { title: t("admin:users.newTitle"), organisations: await organisationOptions(), language };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "create:user:any");
  const submission = parseForm(await request.formData(), NewUserSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const outcome = await createUser(submission.value, { id: user.id, ip: clientIp(request) });
  if (!outcome.ok) return data({ result: submission.reply(outcome) }, { status: 400 });
  return redirect(`/admin/users/${outcome.user.id}?saved=invited`);
}

export default function NewUser() {
  const { t } = useTranslation(["admin", "common"]);
  const { organisations, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { preferredLanguage: language },
    constraint: getZodConstraint(NewUserSchema),
    onValidate: ({ formData }) => parseForm(formData, NewUserSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/users">{t("admin:users.backToList")}</Link>
      </p>
      <PageHeader title={t("admin:users.newTitle")} description={t("admin:users.newIntro")} />
      <Form method="post" className="max-w-xl space-y-5" {...getFormProps(form)}>
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("admin:users.fields.name")} errors={fields.name.errors} inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "off" }} />
        <Field label={t("admin:users.fields.email")} errors={fields.email.errors} inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }} />
        <SelectField label={t("admin:users.fields.language")} errors={fields.preferredLanguage.errors} selectProps={getSelectProps(fields.preferredLanguage)}>
          {SUPPORTED_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`common:language.names.${code}`)}
            </option>
          ))}
        </SelectField>
        <MembershipFields organisations={organisations} organisationId={fields.organisationId} role={fields.role} />
        <SubmitButton pendingLabel={t("common:actions.saving")}>{t("admin:users.create")}</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
