import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { BeneficiaryListFilterSchema } from "~/modules/cases/beneficiary-schema";
import { BENEFICIARY_CODE, listBeneficiaries } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { rolesGrant } from "~/modules/identity/permissions";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { Field } from "~/ui/forms";
import { PageHeader } from "~/ui/page";
import { Pagination } from "~/ui/pagination";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const t = await getTranslator(await getLanguage(request));
  const filter = BeneficiaryListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = await listBeneficiaries(user, { code: filter.q, page: filter.page });
  const wanted = filter.q?.trim().toUpperCase();
  return {
    title: t("careBeneficiaries:list.title"),
    canRegister: rolesGrant(user.roles, "create:beneficiary:org"),
    filter,
    // A whole code that is not in the list (an auditor's look, say): offer to open it; the record decides.
    openCode: wanted && BENEFICIARY_CODE.test(wanted) && !result.beneficiaries.some((row) => row.code === wanted) ? wanted : null,
    ...result,
  };
}

export default function BeneficiaryList() {
  const { t, i18n } = useTranslation(["careBeneficiaries", "care", "common"]);
  const { beneficiaries, total, page, pageCount, filter, canRegister, openCode } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const pageLink = (target: number) => {
    const params = new URLSearchParams(searchParams);
    params.set("page", String(target));
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.title")}
        description={t("list.intro")}
        actions={
          canRegister ? (
            <Link to="/care/beneficiaries/new" className={buttonClass.primary}>
              {t("list.register")}
            </Link>
          ) : null
        }
      />
      <Form key={searchParams.toString()} method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-md border border-stone-300 bg-white p-4" aria-label={t("list.searchLabel")}>
        <Field className="min-w-0 grow sm:grow-0" label={t("list.code")} hint={t("care:home.codeHint")} inputProps={{ name: "q", type: "search", defaultValue: filter.q ?? "", autoComplete: "off" }} />
        <button type="submit" className={buttonClass.primary}>
          {t("list.search")}
        </button>
        {filter.q ? (
          <Link to="/care/beneficiaries" className={buttonClass.secondary}>
            {t("common:actions.clear")}
          </Link>
        ) : null}
      </Form>
      <p role="status" className="text-stone-700">
        {t("list.count", { count: total })}
      </p>
      {openCode ? (
        <p>
          <Link to={`/care/beneficiaries/${openCode}`}>{t("list.openCode", { code: openCode })}</Link>
        </p>
      ) : null}
      {beneficiaries.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("list.caption")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("list.code")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.organisation")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.openStages")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.consents")}
                </th>
                <th scope="col" className="p-2">
                  {t("list.registeredOn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {beneficiaries.map((row) => (
                <tr key={row.code} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-semibold whitespace-nowrap">
                    <Link to={`/care/beneficiaries/${row.code}`}>{row.code}</Link>
                    {row.anonymised ? <span className="block text-xs font-normal text-stone-700">{t("list.anonymised")}</span> : null}
                  </th>
                  <td className="p-2">{row.organisation}</td>
                  <td className="p-2">{row.openStages.length ? row.openStages.map((stage) => t(`care:stages.${stage}`)).join(", ") : t("list.noOpenCase")}</td>
                  <td className="p-2">
                    {row.consents.length ? (
                      <ul>
                        {row.consents.map((purpose) => (
                          <li key={purpose}>{t(`care:consentPurposes.${purpose}`)}</li>
                        ))}
                      </ul>
                    ) : (
                      t("list.noConsent")
                    )}
                  </td>
                  <td className="p-2 whitespace-nowrap">{formatDate(row.registeredOn, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-stone-700">{filter.q ? t("list.noMatch") : t("list.empty")}</p>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={pageLink} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
