import type { ImgHTMLAttributes } from "react";
import type { ImageSources } from "~/modules/media/widths";

type ImgAttributes = Omit<ImgHTMLAttributes<HTMLImageElement>, "src" | "srcSet" | "width" | "height" | "alt" | "sizes">;

interface ResponsiveImageProps extends ImgAttributes {
  /** From imageSources() of the media module. */
  image: ImageSources;
  /** What the image shows, for people who cannot see it; "" only for a purely decorative image. */
  alt: string;
  /** How wide the image is drawn, e.g. "(min-width: 768px) 33vw, 100vw": the browser picks the copy from it. */
  sizes: string;
}

/**
 * An <img> that downloads only the copy its width on screen needs, keeps its space while loading
 * (width and height give the aspect ratio), and loads lazily unless told `loading="eager"`.
 */
export function ResponsiveImage({ image, alt, sizes, loading = "lazy", decoding = "async", ...rest }: ResponsiveImageProps) {
  return <img src={image.src} srcSet={image.srcSet} sizes={sizes} width={image.width} height={image.height} alt={alt} loading={loading} decoding={decoding} {...rest} />;
}
