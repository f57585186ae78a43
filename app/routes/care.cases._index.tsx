import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { CASE_VIEWS, CaseListFilterSchema } from "~/modules/cases/case-schemas";
import { listCases } from "~/modules/cases/index.server";
import { CASE_STAGES } from "~/modules/cases/vocabulary";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { CheckboxField, Field, SelectField } from "~/ui/forms";
import { formatDate } from "~/ui/format";
import { Pagination } from "~/ui/pagination";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const filter = CaseListFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await getTranslator(await getLanguage(request));
  const result = await listCases(user, filter);
  return { title: t("careCases:list.title"), filter, ...result };
}

export default function CaseList() {
  const { t, i18n } = useTranslation(["careCases", "care", "common"]);
  const { cases, total, page, pageCount, filter, view, organisations, districts } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const withParams = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("careCases:list.title")} description={t("careCases:list.intro")} />
      <nav aria-label={t("careCases:list.viewsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {CASE_VIEWS.map((option) => (
            <li key={option}>
              <Link
                to={withParams({ view: option, page: null })}
                aria-current={option === view ? "page" : undefined}
                className={`${buttonClass.secondary} aria-[current=page]:border-brand-800 aria-[current=page]:bg-brand-50`}
              >
                {t(`careCases:list.views.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form
        key={searchParams.toString()}
        method="get"
        className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label={t("careCases:list.filterLabel")}
      >
        <input type="hidden" name="view" value={view} />
        <Field label={t("careCases:list.search")} hint={t("careCases:list.searchHint")} inputProps={{ name: "q", type: "search", defaultValue: filter.q ?? "", autoComplete: "off" }} />
        <SelectField label={t("careCases:fields.stage")} selectProps={{ name: "stage", defaultValue: filter.stage ?? "" }}>
          <option value="">{t("careCases:list.openStages")}</option>
          {CASE_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`care:stages.${stage}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("careCases:fields.leadOrganisation")} selectProps={{ name: "organisation", defaultValue: filter.organisation ?? "" }}>
          <option value="">{t("careCases:list.all")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("careCases:fields.district")} selectProps={{ name: "district", defaultValue: filter.district ?? "" }}>
          <option value="">{t("careCases:list.all")}</option>
          {districts.map((district) => (
            <option key={district} value={district}>
              {district}
            </option>
          ))}
        </SelectField>
        <CheckboxField label={t("careCases:list.overdueOnly")} hint={t("careCases:list.overdueHint")} inputProps={{ name: "overdue", value: "1", defaultChecked: filter.overdue === "1" }} />
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass.primary}>
            {t("common:actions.filter")}
          </button>
          <Link to={`/care/cases?view=${view}`} className={buttonClass.secondary}>
            {t("common:actions.clear")}
          </Link>
        </div>
      </Form>
      <p role="status" className="text-stone-700">
        {t("careCases:list.count", { count: total })}
      </p>
      {cases.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t(`careCases:list.views.${view}`)}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("careCases:fields.code")}
                </th>
                <th scope="col" className="p-2">
                  {t("careCases:fields.stage")}
                </th>
                <th scope="col" className="p-2">
                  {t("careCases:fields.leadOrganisation")}
                </th>
                <th scope="col" className="p-2">
                  {t("careCases:list.place")}
                </th>
                <th scope="col" className="p-2">
                  {t("careCases:fields.assignedTo")}
                </th>
                <th scope="col" className="p-2">
                  {t("careCases:fields.reviewDueOn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((row) => (
                <tr key={row.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    <Link to={`/care/cases/${row.id}`}>{row.code}</Link>
                  </th>
                  <td className="p-2">
                    {t(`care:stages.${row.stage}`)}
                    {row.closeRequested ? <span className="block text-xs">{t("careCases:list.closeRequested")}</span> : null}
                  </td>
                  <td className="p-2">{row.leadOrganisation}</td>
                  <td className="p-2">{t("careCases:list.districtState", { district: row.district, state: row.state })}</td>
                  <td className="p-2">{row.assignedTo ?? t("careCases:page.unassigned")}</td>
                  <td className="p-2">
                    {row.reviewDueOn ? formatDate(row.reviewDueOn, i18n.language) : "—"}
                    {row.overdue ? <strong className="block text-red-800">{t("careCases:list.overdue")}</strong> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("careCases:list.empty")}</p>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => withParams({ page: String(target) })} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
