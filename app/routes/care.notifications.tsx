import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { safeRedirectPath } from "~/lib/http.server";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { listNotifications, markNotificationsRead } from "~/modules/cases/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { SubmitButton } from "~/ui/forms";
import { Notice, PageHeader } from "~/ui/page";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  const t = await getTranslator(await getLanguage(request));
  const rows = await listNotifications(user.id, 100);
  return {
    title: t("care:notifications.title"),
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      params: (row.params ?? {}) as Record<string, string>,
      // Links are written by the app; an odd one is never followed off the site.
      link: row.link ? safeRedirectPath(row.link, "/care/notifications") : null,
      unread: row.readAt === null,
      createdAt: row.createdAt,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, "access:care:own");
  await markNotificationsRead(user.id);
  return redirect("/care/notifications?done=read");
}

export default function Notifications() {
  const { t, i18n } = useTranslation(["careReferrals", "care", "common"]);
  const { notifications } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const unread = notifications.filter((notice) => notice.unread).length;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("care:notifications.title")}
        description={t("careReferrals:notifications.unreadCount", { count: unread })}
        actions={
          unread ? (
            <Form method="post">
              <SubmitButton variant="secondary">{t("care:notifications.markAllRead")}</SubmitButton>
            </Form>
          ) : null
        }
      />
      {searchParams.get("done") === "read" ? <Notice>{t("careReferrals:notifications.markedRead")}</Notice> : null}
      {notifications.length === 0 ? <p>{t("care:notifications.empty")}</p> : null}
      {notifications.length ? (
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-300 bg-white">
        {notifications.map((notice) => {
          // Kinds come from NOTIFICATION_KINDS; the typed key check cannot follow a key built from data.
          const subject = String(t(`care:notifications.${notice.kind}.subject` as never, notice.params as never));
          return (
            <li key={notice.id} className={`p-3 ${notice.unread ? "border-l-4 border-brand-700 bg-brand-50" : ""}`}>
              <p className="flex flex-wrap items-baseline gap-2">
                {notice.unread ? <span className="rounded bg-brand-800 px-2 py-0.5 text-xs font-semibold text-white">{t("careReferrals:notifications.unread")}</span> : null}
                {notice.link ? (
                  <Link to={notice.link} className={notice.unread ? "font-semibold" : undefined}>
                    {subject}
                  </Link>
                ) : (
                  <span className={notice.unread ? "font-semibold" : undefined}>{subject}</span>
                )}
              </p>
              <p className="text-sm text-stone-700">{formatDateTime(notice.createdAt, i18n.language)}</p>
            </li>
          );
        })}
      </ul>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
