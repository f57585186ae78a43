import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { changePassword, requireUser } from "~/modules/identity/index.server";
import { ChangePasswordSchema, MIN_PASSWORD_LENGTH } from "~/modules/identity/schemas";
import { Field, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const t = await getTranslator(await getLanguage(request));
  return { title: t("settings:password.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), ChangePasswordSchema);
  const hideFields = ["currentPassword", "password", "confirm"];
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields }) }, { status: 400 });
  const outcome = await changePassword(user.id, user.session.id, submission.value, clientIp(request));
  if (!outcome.ok) {
    const fieldErrors: Record<string, string[]> =
      outcome.problem === "wrongCurrent"
        ? { currentPassword: ["settings:password.wrongCurrent"] }
        : { password: [`validation.password.${outcome.problem}`] };
    return data({ result: submission.reply({ fieldErrors, hideFields }) }, { status: 400 });
  }
  return redirect("/settings/password?saved=1");
}

export default function PasswordSettings() {
  const { t } = useTranslation(["settings", "auth", "common"]);
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(ChangePasswordSchema),
    onValidate: ({ formData }) => parseForm(formData, ChangePasswordSchema),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings:password.title")} description={t("settings:password.intro")} />
      {searchParams.get("saved") ? <Notice>{t("settings:password.saved")}</Notice> : null}
      <Form method="post" className="max-w-lg space-y-5" {...getFormProps(form)}>
        <Field
          label={t("settings:password.current")}
          errors={fields.currentPassword.errors}
          inputProps={{ ...getInputProps(fields.currentPassword, { type: "password" }), autoComplete: "current-password" }}
        />
        <Field
          label={t("auth:fields.newPassword")}
          hint={t("auth:passwordHint", { min: MIN_PASSWORD_LENGTH })}
          errors={fields.password.errors}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "new-password" }}
        />
        <Field
          label={t("auth:fields.confirmPassword")}
          errors={fields.confirm.errors}
          inputProps={{ ...getInputProps(fields.confirm, { type: "password" }), autoComplete: "new-password" }}
        />
        <SubmitButton>{t("settings:password.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
