import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getEnv } from "~/lib/env.server";
import { clientIp, safeRedirectPath, userAgent } from "~/lib/http.server";
import { getLanguage, getTranslator, languageCookie } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { commitSessionCookie, getOptionalUser, login, TWO_FACTOR_LOGIN_PATH } from "~/modules/identity/index.server";
import { homePathFor } from "~/modules/identity/roles";
import { LoginSchema } from "~/modules/identity/schemas";
import { DemoAccounts } from "~/ui/demo-accounts";
import { Field, FormErrors, SubmitButton } from "~/ui/forms";
import { Notice } from "~/ui/page";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), homePathFor(user.roles)));
  const t = await getTranslator(await getLanguage(request));
  const { APP_ENV } = getEnv();
  return { title: t("auth:login.title"), showDemoAccounts: APP_ENV === "demo" || APP_ENV === "development" };
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseForm(await request.formData(), LoginSchema);
  if (submission.status !== "success") return data({ result: submission.reply({ hideFields: ["password"] }), retryAfterMinutes: undefined }, { status: 400 });

  const outcome = await login({ ...submission.value, ip: clientIp(request), userAgent: userAgent(request) });
  if (!outcome.ok) {
    const throttled = outcome.reason === "throttled";
    return data(
      {
        result: submission.reply({ formErrors: [throttled ? "auth:login.throttled" : "auth:login.invalid"], hideFields: ["password"] }),
        retryAfterMinutes: throttled ? Math.ceil(outcome.retryAfterSeconds / 60) : undefined,
      },
      { status: throttled ? 429 : 400 },
    );
  }

  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(outcome.token, outcome.expiresAt));
  headers.append("Set-Cookie", await languageCookie.serialize(outcome.user.preferredLanguage));
  const redirectTo = safeRedirectPath(submission.value.redirectTo, homePathFor(outcome.user.roles));
  // Full page loads: the browser holds only the strings of the sign-in page's language and area.
  if (outcome.needsSecondFactor) {
    throw redirectDocument(`${TWO_FACTOR_LOGIN_PATH}?redirectTo=${encodeURIComponent(redirectTo)}`, { headers });
  }
  throw redirectDocument(redirectTo, { headers });
}

export default function LoginPage() {
  const { t } = useTranslation(["auth", "common"]);
  const { showDemoAccounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(LoginSchema),
    onValidate: ({ formData }) => parseForm(formData, LoginSchema),
    shouldRevalidate: "onInput",
  });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t("auth:login.title")}</h1>
      <p className="mt-2 text-stone-700">{t("auth:login.intro")}</p>
      {searchParams.get("loggedOut") ? <div className="mt-6"><Notice>{t("auth:login.loggedOut")}</Notice></div> : null}
      {searchParams.get("passwordReset") ? <div className="mt-6"><Notice>{t("auth:login.passwordReset")}</Notice></div> : null}
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <FormErrors id={form.errorId} errors={form.errors} values={{ count: actionData?.retryAfterMinutes ?? 1 }} />
        <Field
          label={t("auth:fields.email")}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "username" }}
        />
        <Field
          label={t("auth:fields.password")}
          errors={fields.password.errors}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
        />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <SubmitButton pendingLabel={t("auth:login.pending")}>{t("auth:login.submit")}</SubmitButton>
          <Link to="/forgot-password">{t("auth:login.forgot")}</Link>
        </div>
      </Form>
      {showDemoAccounts ? <DemoAccounts /> : null}
    </div>
  );
}
