import type { SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { ChecklistAddSchema, ChecklistItemSchema, ChecklistRenameSchema } from "~/modules/cases/case-schemas";
import { addChecklistItem, archiveChecklistItem, checklistOrganisations, checklistSettings, moveChecklistItem, renameChecklistItem } from "~/modules/cases/index.server";
import { forbidden, requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Field, FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

const PERMISSION = "manage:checklist:own";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const organisations = await checklistOrganisations(user);
  const asked = new URL(request.url).searchParams.get("organisation");
  const organisation = organisations.find((o) => o.id === asked) ?? organisations[0];
  if (!organisation) throw forbidden();
  const t = await getTranslator(await getLanguage(request));
  return { title: t("careCases:checklists.title"), organisations, organisation, stages: await checklistSettings(user, organisation.id) };
}

type Answer = { intent: string; target: string; result: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, PERMISSION);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const actor = { user, ip: clientIp(request) };
  const back = (organisationId: string, done: string) => redirect(`/care/settings/checklists?organisation=${organisationId}&done=${done}`);
  switch (intent) {
    case "add": {
      const submission = parseForm(formData, ChecklistAddSchema);
      if (submission.status !== "success") return data<Answer>({ intent, target: String(formData.get("stage") ?? ""), result: submission.reply() }, { status: 400 });
      await addChecklistItem(actor, submission.value);
      return back(submission.value.organisationId, "added");
    }
    case "rename": {
      const submission = parseForm(formData, ChecklistRenameSchema);
      if (submission.status !== "success") return data<Answer>({ intent, target: String(formData.get("itemId") ?? ""), result: submission.reply() }, { status: 400 });
      await renameChecklistItem(actor, submission.value);
      return back(submission.value.organisationId, "renamed");
    }
    case "archive":
    case "up":
    case "down": {
      const submission = parseForm(formData, ChecklistItemSchema);
      if (submission.status !== "success") throw new Response(null, { status: 400 });
      const { organisationId, itemId } = submission.value;
      if (submission.value.intent === "archive") await archiveChecklistItem(actor, { organisationId, itemId });
      else await moveChecklistItem(actor, { organisationId, itemId, direction: submission.value.intent });
      return back(organisationId, submission.value.intent === "archive" ? "archived" : "moved");
    }
    default:
      throw new Response(null, { status: 400 });
  }
}

export default function ChecklistSettings() {
  const { t } = useTranslation(["careCases", "care", "common"]);
  const { organisations, organisation, stages } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const errorsOf = (intent: string, target: string, field: string) => (answer && answer.intent === intent && answer.target === target ? (answer.result.error?.[field] ?? undefined) : undefined);
  return (
    <div className="space-y-8">
      <PageHeader title={t("careCases:checklists.title")} description={t("careCases:checklists.intro", { organisation: organisation.name })} />
      {done ? <Notice>{t(`careCases:checklists.done.${done}` as never)}</Notice> : null}
      {organisations.length > 1 ? (
        <Form method="get" className="flex flex-wrap items-end gap-3">
          <SelectField label={t("careCases:fields.organisation")} selectProps={{ name: "organisation", defaultValue: organisation.id }}>
            {organisations.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className={buttonClass.secondary}>
            {t("careCases:checklists.show")}
          </button>
        </Form>
      ) : null}
      {stages.map(({ stage, items }) => (
        <section key={stage} aria-labelledby={`stage-${stage}`} className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
          <h2 id={`stage-${stage}`} className="text-xl font-semibold">
            {t(`care:stages.${stage}`)}
          </h2>
          {items.length ? (
            <ol className="space-y-4">
              {items.map((item, index) => (
                <li key={item.id} className="space-y-2 border-b border-stone-200 pb-3">
                  <p className="font-semibold">
                    {index + 1}. {item.labelEn}
                    {item.labelHi !== item.labelEn ? <span className="block font-normal text-stone-700" lang="hi">{item.labelHi}</span> : null}
                  </p>
                  <Form method="post" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("careCases:checklists.renameLabel", { label: item.labelEn })}>
                    <input type="hidden" name="intent" value="rename" />
                    <input type="hidden" name="organisationId" value={organisation.id} />
                    <input type="hidden" name="itemId" value={item.id} />
                    <Field label={t("careCases:checklists.labelEn")} errors={errorsOf("rename", item.id, "labelEn")} inputProps={{ name: "labelEn", defaultValue: item.labelEn, required: true, maxLength: 200 }} />
                    <Field label={t("careCases:checklists.labelHi")} errors={errorsOf("rename", item.id, "labelHi")} inputProps={{ name: "labelHi", defaultValue: item.labelHi, maxLength: 200, lang: "hi" }} />
                    <SubmitButton variant="secondary">{t("careCases:checklists.rename")}</SubmitButton>
                  </Form>
                  <div className="flex flex-wrap gap-2">
                    {(["up", "down"] as const).map((direction) =>
                      (direction === "up" && index === 0) || (direction === "down" && index === items.length - 1) ? null : (
                        <Form method="post" key={direction}>
                          <input type="hidden" name="organisationId" value={organisation.id} />
                          <input type="hidden" name="itemId" value={item.id} />
                          <button type="submit" name="intent" value={direction} className={buttonClass.secondary}>
                            {t(`careCases:checklists.${direction}`)}
                            <span className="sr-only">: {item.labelEn}</span>
                          </button>
                        </Form>
                      ),
                    )}
                    <Form method="post">
                      <input type="hidden" name="organisationId" value={organisation.id} />
                      <input type="hidden" name="itemId" value={item.id} />
                      <button type="submit" name="intent" value="archive" className={buttonClass.secondary}>
                        {t("careCases:checklists.archive")}
                        <span className="sr-only">: {item.labelEn}</span>
                      </button>
                    </Form>
                  </div>
                </li>
              ))}
            </ol>
          ) : (
            <p>{t("careCases:checklists.empty")}</p>
          )}
          <Form method="post" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("careCases:checklists.addLabel", { stage: t(`care:stages.${stage}`) })}>
            <FormErrors errors={errorsOf("add", stage, "")} />
            <input type="hidden" name="intent" value="add" />
            <input type="hidden" name="organisationId" value={organisation.id} />
            <input type="hidden" name="stage" value={stage} />
            <Field label={t("careCases:checklists.newLabelEn")} errors={errorsOf("add", stage, "labelEn")} inputProps={{ name: "labelEn", required: true, maxLength: 200 }} />
            <Field label={t("careCases:checklists.newLabelHi")} hint={t("careCases:checklists.hiHint")} errors={errorsOf("add", stage, "labelHi")} inputProps={{ name: "labelHi", maxLength: 200, lang: "hi" }} />
            <SubmitButton>{t("careCases:checklists.add")}</SubmitButton>
          </Form>
        </section>
      ))}
      <p>
        <Link to="/care/cases">{t("careCases:checklists.toCases")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
