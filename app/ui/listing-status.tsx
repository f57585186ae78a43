import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListingState } from "~/modules/studio/listing-state";
import { buttonClass } from "./button";
import { FormErrors } from "./forms";

const BADGE: Record<ListingState, string> = {
  draft: "border-stone-500 bg-stone-100 text-stone-900",
  returned: "border-amber-700 bg-amber-50 text-amber-900",
  pending: "border-sky-800 bg-sky-50 text-sky-900",
  active: "border-brand-800 bg-brand-50 text-brand-900",
  archived: "border-stone-400 bg-white text-stone-700",
};

export function StateBadge({ state }: { state: ListingState }) {
  const { t } = useTranslation("studio");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${BADGE[state]}`}>{t(`states.${state}`)}</span>;
}

/**
 * Where a listing stands and what can be done with it next: send it for review (or put it in the
 * shop, for a trusted maker or a coordinator), see the preview, archive or restore it.
 */
export function ListingStatusPanel({
  state,
  reviewComment,
  trusted,
  shopUrl,
  previewUrl,
  errors,
}: {
  state: ListingState;
  reviewComment: string | null;
  trusted: boolean;
  shopUrl: string | null;
  previewUrl: string;
  errors?: string[];
}) {
  const { t } = useTranslation("studio");
  return (
    <section aria-labelledby="status-title" className="space-y-3 rounded-md border border-stone-300 bg-white p-4">
      <h2 id="status-title" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {t("status.title")} <StateBadge state={state} />
      </h2>
      <p className="text-stone-800">{t(`status.explain.${state}`)}</p>
      {state === "returned" && reviewComment ? (
        <div className="rounded-md border border-amber-700 bg-amber-50 p-3">
          <p className="font-semibold">{t("status.commentTitle")}</p>
          <p className="mt-1 whitespace-pre-line">{reviewComment}</p>
        </div>
      ) : null}
      {state === "active" || state === "pending" ? <p className="text-sm text-stone-700">{trusted ? t("status.trusted") : t("status.untrusted")}</p> : null}
      <FormErrors errors={errors} />
      <Form method="post" className="flex flex-wrap gap-2">
        {state === "draft" || state === "returned" ? (
          <button type="submit" name="intent" value="submit" className={buttonClass.primary}>
            {trusted ? t("status.publish") : t("status.send")}
          </button>
        ) : null}
        <Link to={previewUrl} reloadDocument className={buttonClass.secondary}>
          {t("status.preview")}
        </Link>
        {shopUrl ? (
          <a href={shopUrl} className={buttonClass.secondary}>
            {t("status.viewInShop")}
          </a>
        ) : null}
        {state === "archived" ? (
          <button type="submit" name="intent" value="restore" className={buttonClass.secondary}>
            {t("status.restore")}
          </button>
        ) : (
          <button type="submit" name="intent" value="archive" className={buttonClass.secondary}>
            {t("status.archive")}
          </button>
        )}
      </Form>
    </section>
  );
}
