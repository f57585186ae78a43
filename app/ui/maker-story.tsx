import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ShownImage } from "~/modules/catalog/views.server";
import { ProductImage } from "./product-image";
import { TextBlock } from "./text-block";

export interface MakerStoryView {
  slug: string;
  displayName: string;
  craft: string | null;
  region: string | null;
  story: string | null;
  photo: ShownImage | null;
}

/** On a product page: the maker's public profile, or the organisation when she has none (or it was made collectively). */
export function MakerStory({ maker, organisationName }: { maker: MakerStoryView | null; organisationName: string }) {
  const { t } = useTranslation("shop");
  if (!maker) {
    return (
      <section aria-labelledby="maker-title" className="mt-12 rounded-md border border-stone-300 bg-white p-6">
        <h2 id="maker-title" className="text-xl font-semibold">
          {t("product.cooperativeTitle")}
        </h2>
        <p className="mt-2 text-stone-800">{t("product.madeBy", { organisation: organisationName })}</p>
      </section>
    );
  }
  const about = [maker.craft, maker.region].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby="maker-title" className="mt-12 grid gap-6 rounded-md border border-stone-300 bg-white p-6 sm:grid-cols-[10rem_1fr]">
      {maker.photo ? <ProductImage image={maker.photo} sizes="10rem" className="w-40" /> : null}
      <div className={maker.photo ? "" : "sm:col-span-2"}>
        <h2 id="maker-title" className="text-xl font-semibold">
          {t("product.makerTitle", { name: maker.displayName })}
        </h2>
        {about ? <p className="mt-1 text-stone-700">{about}</p> : null}
        {maker.story ? <TextBlock text={maker.story} className="mt-3 space-y-3 text-stone-800" /> : null}
        <p className="mt-4">
          <Link to={`/makers/${encodeURIComponent(maker.slug)}`}>{t("product.makerLink", { name: maker.displayName })}</Link>
        </p>
      </div>
    </section>
  );
}
