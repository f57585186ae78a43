import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CardView } from "~/modules/catalog/views.server";
import { ProductImage } from "./product-image";

const CARD_SIZES = "(min-width: 1024px) 17rem, (min-width: 640px) 30vw, 45vw";

/** A grid of product cards; each card's title (an h3) links to the product and the whole card is clickable. */
export function ProductGrid({ items }: { items: CardView[] }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {items.map((item) => (
        <li key={item.id}>
          <ProductCardView item={item} />
        </li>
      ))}
    </ul>
  );
}

function ProductCardView({ item }: { item: CardView }) {
  const { t } = useTranslation("shop");
  return (
    <article className="relative flex h-full flex-col">
      <ProductImage image={item.image} sizes={CARD_SIZES} />
      <h3 className="mt-3 text-base font-semibold leading-snug">
        <Link to={`/products/${encodeURIComponent(item.slug)}`} prefetch="intent" className="text-stone-900 after:absolute after:inset-0 after:content-[''] hover:underline">
          {item.title}
        </Link>
      </h3>
      <p className="mt-1 text-stone-800">{item.priceFrom ? t("card.from", { price: item.price.text }) : item.price.text}</p>
      {item.inStock ? null : <p className="mt-1 text-sm font-semibold text-stone-700">{t("stock.sold_out")}</p>}
    </article>
  );
}
