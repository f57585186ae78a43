import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ShownImage } from "~/modules/catalog/views.server";
import { ProductImage } from "./product-image";

/** The product's photos: one large, and the others as thumbnails that show it large when chosen. */
export function ProductGallery({ images }: { images: ShownImage[] }) {
  const { t } = useTranslation("shop");
  const [current, setCurrent] = useState(0);
  const shown = images[current] ?? images[0] ?? null;
  return (
    <section aria-label={t("product.gallery")}>
      <ProductImage image={shown} sizes="(min-width: 1152px) 34rem, (min-width: 1024px) 46vw, 92vw" loading="eager" />
      {images.length > 1 ? (
        <ul className="mt-3 grid grid-cols-4 gap-3 sm:grid-cols-5">
          {images.map((image, index) => (
            <li key={image.sources.src}>
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-pressed={index === current}
                aria-label={t("product.showPhoto", { number: index + 1, total: images.length, alt: image.alt })}
                className="block w-full rounded-md border-2 border-transparent aria-pressed:border-brand-800"
              >
                <ProductImage image={image} sizes="8rem" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
