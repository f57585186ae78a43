import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { outboxVisible, readOutboxMessage } from "~/lib/email.server";
import { notFound } from "~/lib/http.server";
import { titled } from "~/lib/meta";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { LinkifiedText } from "~/ui/linkified-text";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, "read:outbox:any");
  if (!outboxVisible()) throw notFound();
  const message = await readOutboxMessage(params.messageId ?? "");
  if (!message) throw notFound();
  return { title: message.subject, message };
}

export default function OutboxMessage() {
  const { t, i18n } = useTranslation("admin");
  const { message } = useLoaderData<typeof loader>();
  return (
    <article className="space-y-6" aria-labelledby="message-subject">
      <p>
        <Link to="/admin/outbox">{t("outbox.back")}</Link>
      </p>
      <h1 id="message-subject" className="text-2xl font-bold sm:text-3xl">
        {message.subject}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold text-stone-800">{t("outbox.from")}</dt>
        <dd className="break-all">{message.from}</dd>
        <dt className="font-semibold text-stone-800">{t("outbox.to")}</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="font-semibold text-stone-800">{t("outbox.time")}</dt>
        <dd>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
        </dd>
      </dl>
      <pre className="whitespace-pre-wrap break-words rounded-md border border-stone-300 bg-white p-4 font-sans text-base">
        <LinkifiedText text={message.text} />
      </pre>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
