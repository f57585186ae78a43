import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { listReferrals } from "~/modules/cases/index.server";
import { ReferralFilterSchema } from "~/modules/cases/referral-schemas";
import { REFERRAL_STATUSES } from "~/modules/cases/vocabulary";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDate } from "~/ui/format";
import { SelectField } from "~/ui/forms";
import { PageHeader } from "~/ui/page";
import { OrganisationPlace } from "~/ui/referral-parts";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const filter = ReferralFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const language = await getLanguage(request);
  const t = await getTranslator(language);
  return { title: t("careReferrals:list.title"), filter, ...(await listReferrals(user, filter, language)) };
}

type Row = NonNullable<Awaited<ReturnType<typeof loader>>["received"]>[number];

export default function Referrals() {
  const { t } = useTranslation(["careReferrals", "care", "common"]);
  const { filter, received, sent } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader title={t("careReferrals:list.title")} description={t("careReferrals:list.intro")} />
      <Form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-stone-300 bg-white p-4" aria-label={t("careReferrals:list.filter")}>
        <SelectField className="min-w-48" label={t("careReferrals:fields.status")} selectProps={{ name: "status", defaultValue: filter.status ?? "" }}>
          <option value="">{t("careReferrals:list.allStatuses")}</option>
          {REFERRAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`care:referralStatuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className={buttonClass.primary}>
          {t("common:actions.filter")}
        </button>
        <Link to="/care/referrals" className={buttonClass.secondary}>
          {t("common:actions.clear")}
        </Link>
      </Form>
      {received ? <ReferralTable id="received" title={t("careReferrals:list.received")} rows={received} /> : null}
      {sent ? <ReferralTable id="sent" title={t("careReferrals:list.sent")} rows={sent} /> : null}
      {!received && !sent ? <p>{t("careReferrals:list.noSide")}</p> : null}
    </div>
  );
}

function ReferralTable({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t, i18n } = useTranslation(["careReferrals", "care", "common"]);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p>{t("careReferrals:list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">{t("careReferrals:fields.code")}</th>
                <th scope="col" className="p-2">{t("careReferrals:fields.what")}</th>
                <th scope="col" className="p-2">{t("careReferrals:fields.from")}</th>
                <th scope="col" className="p-2">{t("careReferrals:fields.to")}</th>
                <th scope="col" className="p-2">{t("careReferrals:fields.status")}</th>
                <th scope="col" className="p-2">{t("careReferrals:fields.sentOn")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="whitespace-nowrap p-2 font-semibold">
                    <Link to={`/care/referrals/${row.id}`}>{row.code}</Link>
                  </th>
                  <td className="p-2">{row.kind === "transfer" || !row.service ? t("care:referralKinds.transfer") : t(`care:services.${row.service}`)}</td>
                  <td className="p-2">
                    <OrganisationPlace organisation={row.from} />
                  </td>
                  <td className="p-2">
                    <OrganisationPlace organisation={row.to} />
                  </td>
                  <td className="p-2">{t(`care:referralStatuses.${row.status}`)}</td>
                  <td className="whitespace-nowrap p-2">{formatDate(row.createdAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
