import type { ShownImage } from "~/modules/catalog/views.server";
import { ResponsiveImage } from "./responsive-image";

/**
 * A product or maker photo in a box of fixed aspect ratio (so that nothing moves while it loads),
 * or a plain placeholder when there is none.
 */
export function ProductImage({
  image,
  sizes,
  loading = "lazy",
  aspect = "aspect-square",
  className = "",
}: {
  image: ShownImage | null;
  sizes: string;
  loading?: "lazy" | "eager";
  aspect?: string;
  className?: string;
}) {
  return (
    <div className={`${aspect} overflow-hidden rounded-md bg-stone-200 ${className}`}>
      {image ? (
        <ResponsiveImage image={image.sources} alt={image.alt} sizes={sizes} loading={loading} className="h-full w-full object-cover" />
      ) : (
        <svg viewBox="0 0 24 24" aria-hidden="true" className="mx-auto h-full w-1/3 text-stone-400" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="3" y="4" width="18" height="16" rx="2" />
          <circle cx="9" cy="10" r="2" />
          <path d="m21 17-5-5-9 8" />
        </svg>
      )}
    </div>
  );
}
