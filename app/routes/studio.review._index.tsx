import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getLanguage, getTranslator } from "~/lib/i18n.server";
import { titled } from "~/lib/meta";
import { requireStudioActor, reviewQueue } from "~/modules/studio/index.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatDateTime } from "~/ui/format";
import { Notice, PageHeader } from "~/ui/page";
import { ProductImage } from "~/ui/product-image";

export const meta: MetaFunction<typeof loader> = ({ data }) => titled(data);

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStudioActor(request, "approve:listing:org");
  const language = await getLanguage(request);
  const [t, queue] = await Promise.all([getTranslator(language), reviewQueue(actor, language)]);
  return {
    title: t("studio:review.title"),
    queue: queue.map((item) => ({ ...item, submittedAt: item.submittedAt ? formatDateTime(item.submittedAt, language) : null })),
  };
}

export default function ReviewQueue() {
  const { t } = useTranslation("studio");
  const { queue } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  return (
    <div className="space-y-6">
      <PageHeader title={t("review.title")} description={t("review.intro")} />
      {done === "approved" || done === "returned" ? <Notice>{t(`review.done.${done}`)}</Notice> : null}
      {queue.length === 0 ? (
        <p className="rounded-md border border-stone-300 bg-white p-4">{t("review.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {queue.map((item) => (
            <li key={item.id} className="relative flex gap-3 rounded-md border border-stone-300 bg-white p-3">
              <ProductImage image={item.image} sizes="5rem" className="w-20 shrink-0" />
              <div className="min-w-0 space-y-1">
                <h2 className="font-semibold leading-snug">
                  <Link to={`/studio/review/${item.id}`} className="text-stone-900 after:absolute after:inset-0 after:content-['']">
                    {item.title}
                  </Link>
                </h2>
                <p className="text-sm text-stone-700">{item.makerName ? t("review.by", { name: item.makerName, organisation: item.organisationName }) : t("review.byOrganisation", { organisation: item.organisationName })}</p>
                {item.submittedAt ? <p className="text-sm text-stone-700">{t("review.sentAt", { when: item.submittedAt })}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
