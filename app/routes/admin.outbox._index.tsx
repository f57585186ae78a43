import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listOutbox, outboxVisible } from "~/lib/email.server";
import { notFound } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "read:outbox:any");
  if (!outboxVisible()) throw notFound();
  const t = await getTranslator(await getLanguage(request));
  const messages = await listOutbox();
  return {
    title: t("admin:outbox.title"),
    messages: messages.map(({ id, to, subject, createdAt }) => ({ id, to, subject, createdAt })),
  };
}

export default function Outbox() {
  const { t, i18n } = useTranslation("admin");
  const { messages } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeader title={t("outbox.title")} description={t("outbox.intro")} />
      {messages.length === 0 ? (
        <p className="text-stone-700">{t("outbox.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">{t("outbox.title")}</caption>
            <thead className="border-b border-stone-300 text-stone-800">
              <tr>
                <th scope="col" className="p-2">
                  {t("outbox.subject")}
                </th>
                <th scope="col" className="p-2">
                  {t("outbox.to")}
                </th>
                <th scope="col" className="p-2">
                  {t("outbox.time")}
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link to={`/admin/outbox/${message.id}`}>{message.subject}</Link>
                  </th>
                  <td className="break-all p-2">{message.to}</td>
                  <td className="whitespace-nowrap p-2">
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
