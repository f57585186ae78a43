import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp, safeRedirectPath } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { getSessionUser, verifySecondFactor } from "~/modules/identity/index.server";
import { homePathFor } from "~/modules/identity/roles";
import { TwoFactorCodeSchema } from "~/modules/identity/schemas";
import { Field, FormErrors, SubmitButton } from "~/ui/forms";

export const handle = { i18n: ["common", "auth"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** The second step of signing in, for a session whose password was right. */
async function requirePendingSession(request: Request) {
  const user = await getSessionUser(request);
  if (!user) throw redirect("/login");
  if (user.session.twoFactorSatisfied) throw redirect(homePathFor(user.roles));
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePendingSession(request);
  const t = await getTranslator(await getLanguage(request));
  return { title: t("auth:twoFactor.title") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePendingSession(request);
  const submission = parseForm(await request.formData(), TwoFactorCodeSchema);
  if (submission.status !== "success") return data({ result: submission.reply(), retryAfterMinutes: undefined }, { status: 400 });
  const outcome = await verifySecondFactor(user.id, user.session.id, submission.value.code, clientIp(request));
  if (!outcome.ok) {
    const throttled = outcome.reason === "throttled";
    return data(
      {
        result: submission.reply({ formErrors: [throttled ? "auth:login.throttled" : "auth:twoFactor.invalid"], hideFields: ["code"] }),
        retryAfterMinutes: throttled ? Math.ceil(outcome.retryAfterSeconds / 60) : undefined,
      },
      { status: throttled ? 429 : 400 },
    );
  }
  // A full page load: the area being entered brings its own strings.
  return redirectDocument(safeRedirectPath(submission.value.redirectTo, homePathFor(user.roles)));
}

export default function TwoFactorLoginPage() {
  const { t } = useTranslation(["auth", "common"]);
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    constraint: getZodConstraint(TwoFactorCodeSchema),
    onValidate: ({ formData }) => parseForm(formData, TwoFactorCodeSchema),
  });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-3xl font-bold">{t("auth:twoFactor.title")}</h1>
      <p className="mt-2 text-stone-700">{t("auth:twoFactor.intro")}</p>
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <FormErrors id={form.errorId} errors={form.errors} values={{ count: actionData?.retryAfterMinutes ?? 1 }} />
        <Field
          label={t("auth:fields.code")}
          errors={fields.code.errors}
          inputProps={{ ...getInputProps(fields.code, { type: "text" }), inputMode: "numeric", autoComplete: "one-time-code" }}
        />
        <SubmitButton>{t("auth:twoFactor.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
