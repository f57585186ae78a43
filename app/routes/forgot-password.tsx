import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { requestPasswordReset } from "~/modules/identity/index.server";
import { ForgotPasswordSchema } from "~/modules/identity/schemas";
import { Field, SubmitButton } from "~/ui/forms";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await getTranslator(await getLanguage(request));
  return { title: t("auth:forgot.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), ForgotPasswordSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  await requestPasswordReset(submission.value.email, clientIp(request));
  // The same answer whether or not the address has an account.
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPasswordPage() {
  const { t } = useTranslation(["auth", "common"]);
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(ForgotPasswordSchema),
    onValidate: ({ formData }) => parseForm(formData, ForgotPasswordSchema),
  });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t("auth:forgot.title")}</h1>
      {actionData?.sent ? (
        <p role="status" className="mt-6 rounded-md border border-brand-700 bg-brand-50 p-4">
          {t("auth:forgot.sent")}
        </p>
      ) : (
        <p className="mt-2 text-stone-700">{t("auth:forgot.intro")}</p>
      )}
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        <Field label={t("auth:fields.email")} errors={fields.email.errors} inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }} />
        <SubmitButton>{t("auth:forgot.submit")}</SubmitButton>
      </Form>
      <p className="mt-8">
        <Link to="/login">{t("auth:forgot.back")}</Link>
      </p>
    </div>
  );
}
