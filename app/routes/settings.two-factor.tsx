import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  getAccount,
  mustEnrolTwoFactor,
  pendingEnrolment,
  requireUser,
  startTwoFactorEnrolment,
  twoFactorRequired,
} from "~/modules/identity/index.server";
import { Field, FormErrors, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const ConfirmSchema = z.object({ intent: z.literal("confirm"), code: z.string().trim().regex(/^\d{6}$/, "validation.sixDigits") });
const DisableSchema = z.object({ intent: z.literal("disable"), password: z.string().min(1) });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const t = await getTranslator(await getLanguage(request));
  const account = await getAccount(user.id);
  const pending = account.totpEnabledAt ? null : await pendingEnrolment(user.id);
  return {
    title: t("settings:twoFactor.title"),
    enabledAt: account.totpEnabledAt,
    required: mustEnrolTwoFactor(user),
    pending: pending ? { secret: pending.secret, qrCode: await QRCode.toDataURL(pending.uri, { margin: 1, width: 220 }) } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const ip = clientIp(request);
  if (intent === "start") {
    await startTwoFactorEnrolment(user.id);
    return redirect("/settings/two-factor");
  }
  if (intent === "confirm") {
    const submission = parseForm(formData, ConfirmSchema);
    if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
    if (!(await confirmTwoFactorEnrolment(user.id, submission.value.code, ip))) {
      return data({ result: submission.reply({ fieldErrors: { code: ["auth:twoFactor.invalid"] }, hideFields: ["code"] }) }, { status: 400 });
    }
    return redirect("/settings/two-factor?enabled=1");
  }
  const submission = parseForm(formData, DisableSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (twoFactorRequired(user)) {
    return data({ result: submission.reply({ formErrors: ["settings:twoFactor.cannotDisable"], hideFields: ["password"] }) }, { status: 400 });
  }
  if (!(await disableTwoFactor(user.id, submission.value.password, ip))) {
    return data({ result: submission.reply({ fieldErrors: { password: ["settings:password.wrongCurrent"] }, hideFields: ["password"] }) }, { status: 400 });
  }
  return redirect("/settings/two-factor?disabled=1");
}

export default function TwoFactorSettings() {
  const { t } = useTranslation(["settings", "auth", "common"]);
  const { enabledAt, pending, required } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings:twoFactor.title")} description={t("settings:twoFactor.intro")} />
      {required ? <Notice>{t("settings:twoFactor.required")}</Notice> : null}
      {searchParams.get("enabled") ? <Notice>{t("settings:twoFactor.enabled")}</Notice> : null}
      {searchParams.get("disabled") ? <Notice>{t("settings:twoFactor.disabled")}</Notice> : null}
      {enabledAt ? (
        <DisableForm lastResult={actionData?.result} enabledAt={enabledAt} />
      ) : pending ? (
        <ConfirmForm lastResult={actionData?.result} secret={pending.secret} qrCode={pending.qrCode} />
      ) : (
        <Form method="post">
          <p className="mb-4">{t("settings:twoFactor.off")}</p>
          <SubmitButton name="intent" value="start">
            {t("settings:twoFactor.start")}
          </SubmitButton>
        </Form>
      )}
    </div>
  );
}

type LastResult = SubmissionResult<string[]> | undefined;

function ConfirmForm({ lastResult, secret, qrCode }: { lastResult: LastResult; secret: string; qrCode: string }) {
  const { t } = useTranslation(["settings", "auth"]);
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(ConfirmSchema),
    onValidate: ({ formData }) => parseForm(formData, ConfirmSchema),
  });
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-2 pl-6">
        <li>{t("settings:twoFactor.step1")}</li>
        <li>{t("settings:twoFactor.step2")}</li>
      </ol>
      <img src={qrCode} width={220} height={220} alt={t("settings:twoFactor.qrAlt")} className="rounded border border-stone-300 bg-white" />
      <p>
        {t("settings:twoFactor.manual")} <code className="break-all rounded bg-stone-100 px-1 font-mono">{secret}</code>
      </p>
      <Form method="post" className="max-w-sm space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="confirm" />
        <Field
          label={t("auth:fields.code")}
          errors={fields.code.errors}
          inputProps={{ ...getInputProps(fields.code, { type: "text" }), inputMode: "numeric", autoComplete: "one-time-code" }}
        />
        <SubmitButton>{t("settings:twoFactor.confirm")}</SubmitButton>
      </Form>
    </div>
  );
}

function DisableForm({ lastResult, enabledAt }: { lastResult: LastResult; enabledAt: Date }) {
  const { t, i18n } = useTranslation(["settings", "auth"]);
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(DisableSchema),
    onValidate: ({ formData }) => parseForm(formData, DisableSchema),
  });
  return (
    <div className="space-y-4">
      <p>{t("settings:twoFactor.on", { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(new Date(enabledAt)) })}</p>
      <Form method="post" className="max-w-sm space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="disable" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field
          label={t("settings:password.current")}
          errors={fields.password.errors}
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
        />
        <SubmitButton variant="danger">{t("settings:twoFactor.disable")}</SubmitButton>
      </Form>
    </div>
  );
}
