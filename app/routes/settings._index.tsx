import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SUPPORTED_LANGUAGES } from "~/lib/i18n";
import { getLanguage, getTranslator, languageCookie } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { getAccount, requireUser, updateProfile } from "~/modules/identity/index.server";
import { ProfileSchema } from "~/modules/identity/schemas";
import { Field, SelectField, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const t = await getTranslator(await getLanguage(request));
  const account = await getAccount(user.id);
  return { title: t("settings:profile.title"), account, memberships: user.memberships };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseForm(await request.formData(), ProfileSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await updateProfile(user.id, submission.value);
  // The browser holds only the strings of the language it shows: a change of language needs a full page load.
  const go = submission.value.preferredLanguage === (await getLanguage(request)) ? redirect : redirectDocument;
  return go("/settings?saved=1", { headers: { "Set-Cookie": await languageCookie.serialize(submission.value.preferredLanguage) } });
}

export default function ProfileSettings() {
  const { t } = useTranslation(["settings", "common"]);
  const { account, memberships } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { name: account.name, preferredLanguage: account.preferredLanguage },
    constraint: getZodConstraint(ProfileSchema),
    onValidate: ({ formData }) => parseForm(formData, ProfileSchema),
  });
  return (
    <div className="space-y-6">
      <PageHeader title={t("settings:profile.title")} description={t("settings:profile.intro", { email: account.email })} />
      {searchParams.get("saved") ? <Notice>{t("settings:saved")}</Notice> : null}
      <Form method="post" className="max-w-lg space-y-5" {...getFormProps(form)}>
        <Field label={t("settings:profile.name")} errors={fields.name.errors} inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }} />
        <SelectField label={t("settings:profile.language")} errors={fields.preferredLanguage.errors} selectProps={getSelectProps(fields.preferredLanguage)}>
          {SUPPORTED_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`common:language.names.${language}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton>{t("common:actions.save")}</SubmitButton>
      </Form>
      <section aria-labelledby="memberships-title">
        <h2 id="memberships-title" className="text-lg font-semibold">
          {t("settings:profile.memberships")}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {memberships.map((membership) => (
            <li key={`${membership.organisationId}-${membership.role}`}>
              {t("settings:profile.membership", { organisation: membership.organisationName, role: t(`common:roles.${membership.role}`) })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
