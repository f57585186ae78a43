import { getFormProps, getInputProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { clientIp, notFound } from "~/lib/http.server";
import { SUPPORTED_LANGUAGES } from "~/lib/i18n";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import {
  addMembership,
  getUserForAdmin,
  organisationOptions,
  organisationScope,
  removeMembership,
  requireUserWithPermission,
  setUserActive,
  updateUser,
} from "~/modules/identity/index.server";
import type { Outcome } from "~/modules/identity/outcome";
import { rolesGrant, type Permission } from "~/modules/identity/permissions";
import { AddMembershipSchema, DeactivateUserSchema, EditUserSchema, ReactivateUserSchema, RemoveMembershipSchema } from "~/modules/identity/schemas";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { MembershipFields } from "~/ui/membership-fields";
import { CheckboxField, Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { formatDate } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

/** Each form on this page says what it does in a hidden `intent` field; each needs its own permission. */
const INTENT_PERMISSIONS = {
  update: "update:user:any",
  "add-membership": "manage:membership:any",
  "remove-membership": "manage:membership:any",
  deactivate: "deactivate:user:any",
  reactivate: "deactivate:user:any",
} as const satisfies Record<string, Permission>;
type Intent = keyof typeof INTENT_PERMISSIONS;

const NOTICES = ["details", "membershipAdded", "membershipRemoved", "deactivated", "reactivated", "invited"] as const;
type NoticeKind = (typeof NOTICES)[number];

const isIntent = (value: unknown): value is Intent => typeof value === "string" && Object.hasOwn(INTENT_PERMISSIONS, value);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:user:org");
  const target = await getUserForAdmin(params.userId ?? "", organisationScope(user, "read:user:org"));
  if (!target) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  const can = {
    update: rolesGrant(user.roles, "update:user:any"),
    memberships: rolesGrant(user.roles, "manage:membership:any"),
    deactivate: rolesGrant(user.roles, "deactivate:user:any"),
  };
  return {
    title: target.name,
    subtitle: t("admin:users.editTitle"),
    target,
    isSelf: target.id === user.id,
    can,
    organisations: can.memberships ? await organisationOptions() : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const intent = formData.get("intent");
  const user = await requireUserWithPermission(request, isIntent(intent) ? INTENT_PERMISSIONS[intent] : "update:user:any");
  const target = await getUserForAdmin(params.userId ?? "", "any");
  if (!target) throw notFound();
  if (!isIntent(intent)) throw new Response(JSON.stringify({ reason: "unknown-intent" }), { status: 400, headers: { "Content-Type": "application/json" } });

  const actor = { id: user.id, ip: clientIp(request) };
  async function perform<Schema extends z.ZodType>(schema: Schema, change: (value: z.output<Schema>) => Promise<Outcome>, notice: NoticeKind) {
    const submission = parseForm(formData, schema);
    if (submission.status !== "success") return data({ intent, result: submission.reply() }, { status: 400 });
    const outcome = await change(submission.value as z.output<Schema>);
    if (!outcome.ok) return data({ intent, result: submission.reply(outcome) }, { status: 400 });
    return redirect(`/admin/users/${target!.id}?saved=${notice}`);
  }

  switch (intent) {
    case "update":
      return perform(EditUserSchema, (value) => updateUser(target.id, value, actor), "details");
    case "add-membership":
      return perform(AddMembershipSchema, (value) => addMembership(target.id, value.organisationId, value.role, actor), "membershipAdded");
    case "remove-membership":
      return perform(RemoveMembershipSchema, (value) => removeMembership(target.id, value.membershipId, actor), "membershipRemoved");
    case "deactivate":
      return perform(DeactivateUserSchema, () => setUserActive(target.id, false, actor), "deactivated");
    case "reactivate":
      return perform(ReactivateUserSchema, () => setUserActive(target.id, true, actor), "reactivated");
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type LastResult = SubmissionResult<string[]> | undefined;

/** The action's answer, for the form that was sent only. */
function useLastResult(intent: Intent): LastResult {
  const actionData = useActionData<typeof action>();
  return actionData?.intent === intent ? actionData.result : undefined;
}

export default function EditUser() {
  const { t, i18n } = useTranslation(["admin", "common"]);
  const { target, can, isSelf, subtitle } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((kind) => kind === searchParams.get("saved"));
  return (
    <div className="space-y-8">
      <p>
        <Link to="/admin/users">{t("admin:users.backToList")}</Link>
      </p>
      <PageHeader title={target.name} description={can.update ? subtitle : target.email} />
      {notice ? <Notice>{t(`admin:users.saved.${notice}`)}</Notice> : null}
      <dl className="grid max-w-xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold text-stone-800">{t("admin:users.filter.status")}</dt>
        <dd>
          {target.deactivatedAt
            ? t("admin:users.status.deactivatedSince", { date: formatDate(target.deactivatedAt, i18n.language) })
            : t("admin:users.status.active")}
          {target.invitationPending ? ` — ${t("admin:users.invitationPending")}` : null}
        </dd>
        <dt className="font-semibold text-stone-800">{t("admin:users.twoFactor")}</dt>
        <dd>{target.totpEnabledAt ? t("admin:on") : t("admin:off")}</dd>
        <dt className="font-semibold text-stone-800">{t("admin:users.createdAt")}</dt>
        <dd>{formatDate(target.createdAt, i18n.language)}</dd>
        {can.update ? null : (
          <>
            <dt className="font-semibold text-stone-800">{t("admin:users.fields.language")}</dt>
            <dd>{isLanguage(target.preferredLanguage) ? t(`common:language.names.${target.preferredLanguage}`) : target.preferredLanguage}</dd>
          </>
        )}
      </dl>
      {can.update ? <DetailsForm target={target} /> : null}
      <Memberships target={target} editable={can.memberships} />
      {can.deactivate ? <StatusSection target={target} isSelf={isSelf} /> : null}
    </div>
  );
}

const isLanguage = (value: string): value is (typeof SUPPORTED_LANGUAGES)[number] => (SUPPORTED_LANGUAGES as readonly string[]).includes(value);

function DetailsForm({ target }: { target: LoaderData["target"] }) {
  const { t } = useTranslation(["admin", "common"]);
  const [form, fields] = useForm({
    id: "update",
    lastResult: useLastResult("update"),
    defaultValue: { name: target.name, email: target.email, preferredLanguage: target.preferredLanguage },
    constraint: getZodConstraint(EditUserSchema),
    onValidate: ({ formData }) => parseForm(formData, EditUserSchema),
    shouldRevalidate: "onBlur",
  });
  return (
    <section aria-labelledby="details-title" className="space-y-4">
      <h2 id="details-title" className="text-lg font-semibold">
        {t("admin:users.details")}
      </h2>
      <Form method="post" className="max-w-xl space-y-5" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="update" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <Field label={t("admin:users.fields.name")} errors={fields.name.errors} inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "off" }} />
        <Field
          label={t("admin:users.fields.email")}
          hint={t("admin:users.fields.emailHint")}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
        />
        <SelectField label={t("admin:users.fields.language")} errors={fields.preferredLanguage.errors} selectProps={getSelectProps(fields.preferredLanguage)}>
          {SUPPORTED_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`common:language.names.${code}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pendingLabel={t("common:actions.saving")}>
          {t("common:actions.save")}
        </SubmitButton>
      </Form>
    </section>
  );
}

function Memberships({ target, editable }: { target: LoaderData["target"]; editable: boolean }) {
  const { t } = useTranslation(["admin", "common"]);
  const removal = useLastResult("remove-membership");
  return (
    <section aria-labelledby="memberships-title" className="space-y-4">
      <h2 id="memberships-title" className="text-lg font-semibold">
        {t("admin:users.memberships.title")}
      </h2>
      <FormErrors errors={removal?.error?.[""] ?? removal?.error?.membershipId} />
      {target.memberships.length === 0 ? (
        <p className="text-stone-700">{t("admin:users.memberships.none")}</p>
      ) : (
        <table className="w-full max-w-2xl border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{t("admin:users.memberships.title")}</caption>
          <thead className="border-b border-stone-300 text-stone-800">
            <tr>
              <th scope="col" className="p-2">
                {t("admin:users.fields.organisation")}
              </th>
              <th scope="col" className="p-2">
                {t("admin:users.fields.role")}
              </th>
              {editable ? (
                <th scope="col" className="p-2">
                  <span className="sr-only">{t("admin:users.memberships.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {target.memberships.map((membership) => (
              <tr key={membership.id} className="border-b border-stone-200">
                <th scope="row" className="p-2 font-normal">
                  <Link to={`/admin/organisations/${membership.organisationId}`}>{membership.organisation.name}</Link>
                </th>
                <td className="p-2">{t(`common:roles.${membership.role}`)}</td>
                {editable ? (
                  <td className="p-2 text-right">
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove-membership" />
                      <input type="hidden" name="membershipId" value={membership.id} />
                      <button
                        type="submit"
                        className="min-h-11 px-2 text-red-800 underline"
                        aria-label={t("admin:users.memberships.removeLabel", { organisation: membership.organisation.name, role: t(`common:roles.${membership.role}`) })}
                      >
                        {t("admin:users.memberships.remove")}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable ? <AddMembershipForm key={target.memberships.length} /> : null}
    </section>
  );
}

function AddMembershipForm() {
  const { t } = useTranslation(["admin", "common"]);
  const { organisations } = useLoaderData<typeof loader>();
  const [form, fields] = useForm({
    id: "add-membership",
    lastResult: useLastResult("add-membership"),
    constraint: getZodConstraint(AddMembershipSchema),
    onValidate: ({ formData }) => parseForm(formData, AddMembershipSchema),
  });
  return (
    <Form method="post" className="max-w-2xl space-y-4 rounded-md border border-stone-300 bg-white p-4" {...getFormProps(form)} aria-labelledby="add-membership-title">
      <h3 id="add-membership-title" className="font-semibold">
        {t("admin:users.memberships.add")}
      </h3>
      <input type="hidden" name="intent" value="add-membership" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <MembershipFields organisations={organisations} organisationId={fields.organisationId} role={fields.role} />
      </div>
      <SubmitButton variant="secondary">
        {t("admin:users.memberships.addSubmit")}
      </SubmitButton>
    </Form>
  );
}

function StatusSection({ target, isSelf }: { target: LoaderData["target"]; isSelf: boolean }) {
  const { t } = useTranslation(["admin", "common"]);
  const reactivation = useLastResult("reactivate");
  return (
    <section aria-labelledby="status-title" className="space-y-4">
      <h2 id="status-title" className="text-lg font-semibold">
        {t("admin:users.status.title")}
      </h2>
      {target.deactivatedAt ? (
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="reactivate" />
          <p>{t("admin:users.status.reactivateIntro")}</p>
          <FormErrors errors={reactivation?.error?.[""]} />
          <SubmitButton variant="secondary">
            {t("admin:users.status.reactivate")}
          </SubmitButton>
        </Form>
      ) : isSelf ? (
        <p className="text-stone-700">{t("admin:users.status.cannotDeactivateSelf")}</p>
      ) : (
        <DeactivateForm />
      )}
    </section>
  );
}

function DeactivateForm() {
  const { t } = useTranslation(["admin", "common"]);
  const [form, fields] = useForm({
    id: "deactivate",
    lastResult: useLastResult("deactivate"),
    constraint: getZodConstraint(DeactivateUserSchema),
    onValidate: ({ formData }) => parseForm(formData, DeactivateUserSchema),
  });
  return (
    <Form method="post" className="max-w-xl space-y-4 rounded-md border border-red-300 bg-white p-4" {...getFormProps(form)}>
      <p>{t("admin:users.status.deactivateIntro")}</p>
      <input type="hidden" name="intent" value="deactivate" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <CheckboxField label={t("admin:users.status.confirm")} errors={fields.confirm.errors} inputProps={getInputProps(fields.confirm, { type: "checkbox" })} />
      <SubmitButton variant="danger">
        {t("admin:users.status.deactivate")}
      </SubmitButton>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
