import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { clientIp } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { parseForm } from "~/lib/validation";
import { MakerLinkSchema } from "~/modules/cases/beneficiary-schema";
import { canLinkMaker, linkMaker, makerLinkState, requireTeamAccess, unlinkMaker } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { FormErrors, SelectField, SubmitButton } from "~/ui/forms";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:case:own");
  const found = await requireTeamAccess(request, user, params.code, (found) => canLinkMaker(found.access));
  const t = await getTranslator(await getLanguage(request));
  return { title: t("careBeneficiaries:maker.title", { code: found.beneficiary.code }), code: found.beneficiary.code, ...(await makerLinkState(found.beneficiary.id)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "manage:case:own");
  const found = await requireTeamAccess(request, user, params.code, (found) => canLinkMaker(found.access));
  const submission = parseForm(await request.formData(), MakerLinkSchema);
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (submission.value.intent === "unlink") {
    await unlinkMaker(user, found, clientIp(request));
    return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=makerUnlinked`);
  }
  const outcome = await linkMaker(user, found, submission.value.makerId, clientIp(request));
  if (!outcome.ok) return data({ result: submission.reply({ fieldErrors: { makerId: [`careBeneficiaries:errors.${outcome.error}`] } }) }, { status: 400 });
  return redirect(`/care/beneficiaries/${found.beneficiary.code}?done=makerLinked`);
}

export default function MakerLink() {
  const { t } = useTranslation(["careBeneficiaries", "care"]);
  const { code, linked, choices, anonymised } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.result.error;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/care/beneficiaries/${code}`}>{t("record.back", { code })}</Link>
      </p>
      <PageHeader title={t("maker.title", { code })} description={t("maker.intro")} />
      <FormErrors errors={errors?.[""]} />
      {anonymised ? (
        <p role="status">{t("errors.anonymised")}</p>
      ) : (
        <>
          {linked ? (
            <Form method="post" className="space-y-3">
              <p>{t(linked.publicProfile ? "maker.linkedPublic" : "maker.linkedPrivate", { name: linked.displayName, organisation: linked.organisation })}</p>
              <input type="hidden" name="intent" value="unlink" />
              <SubmitButton variant="secondary">{t("maker.unlink")}</SubmitButton>
            </Form>
          ) : (
            <p>{t("maker.notLinked")}</p>
          )}
          {choices.length ? (
            <Form method="post" className="max-w-xl space-y-4">
              <SelectField label={linked ? t("maker.chooseOther") : t("maker.choose")} hint={t("maker.chooseHint")} errors={errors?.makerId} selectProps={{ id: "maker-id", name: "makerId", required: true, defaultValue: "" }}>
                <option value="">{t("form.choose")}</option>
                {choices.map((maker) => (
                  <option key={maker.id} value={maker.id}>
                    {t("maker.option", { name: maker.displayName, organisation: maker.organisation })}
                  </option>
                ))}
              </SelectField>
              <input type="hidden" name="intent" value="link" />
              <SubmitButton>{t("maker.link")}</SubmitButton>
            </Form>
          ) : (
            <p>{t("maker.noChoices")}</p>
          )}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
