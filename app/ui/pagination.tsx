import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Previous and next links that keep the rest of the address; `hrefFor(page)` builds each one. */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation("common");
  if (pageCount <= 1) return null;
  const linkClass = "inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 font-semibold no-underline hover:bg-stone-100";
  return (
    <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
          {t("actions.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-stone-700">{t("pagination.pageOf", { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("actions.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
