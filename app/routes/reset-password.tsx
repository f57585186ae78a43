import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { isPasswordTokenUsable, resetPassword } from "~/modules/identity/index.server";
import { MIN_PASSWORD_LENGTH, ResetPasswordSchema } from "~/modules/identity/schemas";
import { Field, FormErrors, SubmitButton } from "~/ui/forms";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [...titled(data), { name: "referrer", content: "no-referrer" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const t = await getTranslator(await getLanguage(request));
  return { title: t("auth:reset.title"), token, usable: token ? await isPasswordTokenUsable(token) : false };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ResetPasswordSchema);
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password", "confirm"] }) }, { status: 400 });
  const outcome = await resetPassword(submission.value.token, submission.value.password, clientIp(request));
  if (!outcome.ok) {
    const reply =
      outcome.problem === "invalidToken"
        ? submission.reply({ formErrors: ["auth:reset.invalidToken"], hideFields: ["password", "confirm"] })
        : submission.reply({ fieldErrors: { password: [`validation.password.${outcome.problem}`] }, hideFields: ["password", "confirm"] });
    return data({ result: reply }, { status: 400 });
  }
  return redirect("/login?passwordReset=1");
}

export default function ResetPasswordPage() {
  const { t } = useTranslation(["auth", "common"]);
  const { token, usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(ResetPasswordSchema),
    onValidate: ({ formData }) => parseForm(formData, ResetPasswordSchema),
  });
  if (!usable) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-3xl font-bold">{t("auth:reset.title")}</h1>
        <p className="mt-4">{t("auth:reset.invalidToken")}</p>
        <p className="mt-6">
          <Link to="/forgot-password">{t("auth:reset.requestAnother")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t("auth:reset.title")}</h1>
      <p className="mt-2 text-stone-700">{t("auth:reset.intro", { min: MIN_PASSWORD_LENGTH })}</p>
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="token" value={token} />
        <FormErrors id={form.errorId} errors={form.errors} />
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
        <SubmitButton>{t("auth:reset.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
