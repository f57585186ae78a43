import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { formatMoney } from "~/lib/money";
import { organisationScope, requireUserWithPermission } from "~/modules/identity/index.server";
import { OrderFilterSchema } from "~/modules/orders/admin-order-schemas";
import { listOrdersForAdmin } from "~/modules/orders/index.server";
import { ORDER_STATUSES } from "~/modules/orders/order-status";
import { buttonClass } from "~/ui/button";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Pagination } from "~/ui/pagination";
import { Field, SelectField } from "~/ui/forms";
import { formatDateTime } from "~/ui/format";
import { PageHeader } from "~/ui/page";

export const handle = { i18n: ["checkout"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "read:order:org");
  const scope = organisationScope(user, "read:order:org");
  const filter = OrderFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await getTranslator(await getLanguage(request));
  return { title: t("checkout:admin.title"), scoped: scope !== "any", filter, ...(await listOrdersForAdmin(filter, scope)) };
}

export default function OrderList() {
  const { t, i18n } = useTranslation(["checkout", "admin", "common"]);
  const { orders, total, page, pageCount, filter, scoped } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const pageLink = (target: number) => {
    const params = new URLSearchParams(searchParams);
    params.set("page", String(target));
    return `?${params.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.title")} description={scoped ? t("admin.introScoped") : t("admin.intro")} />
      <Form key={searchParams.toString()} method="get" className="grid gap-4 rounded-md border border-stone-300 bg-white p-4 sm:grid-cols-2" aria-label={t("admin.filter.label")}>
        <Field label={t("admin.filter.query")} inputProps={{ name: "q", type: "search", defaultValue: filter.q ?? "" }} />
        <SelectField label={t("admin.filter.status")} selectProps={{ name: "status", defaultValue: filter.status ?? "" }}>
          <option value="">{t("admin.filter.all")}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <button type="submit" className={buttonClass.primary}>
            {t("common:actions.filter")}
          </button>
          <Link to="/admin/orders" className={buttonClass.secondary}>
            {t("common:actions.clear")}
          </Link>
        </div>
      </Form>
      <p role="status" className="text-stone-700">
        {t("admin.count", { count: total })}
      </p>
      {orders.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("admin.title")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">{t("admin.fields.number")}</th>
                <th scope="col" className="p-2">{t("admin.fields.placed")}</th>
                <th scope="col" className="p-2">{t("admin.fields.buyer")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.fields.items")}</th>
                <th scope="col" className="p-2 text-right">{t("admin.fields.total")}</th>
                <th scope="col" className="p-2">{t("admin.fields.status")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="whitespace-nowrap p-2 font-semibold">
                    <Link to={`/admin/orders/${order.id}`}>{order.number}</Link>
                  </th>
                  <td className="p-2">{formatDateTime(order.createdAt, i18n.language)}</td>
                  <td className="break-all p-2">
                    {order.name}
                    <br />
                    <span className="text-stone-700">{order.email}</span>
                  </td>
                  <td className="p-2 text-right tabular-nums">{order.lineCount}</td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(order.totalMinor, order.currency, i18n.language)}</td>
                  <td className="p-2">{t(`status.${order.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={page} pageCount={pageCount} hrefFor={pageLink} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
