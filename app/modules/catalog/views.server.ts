import { imageSources, type ImageSources } from "~/modules/media/index.server";
import { displayPrice, type BuyerRate, type DisplayPrice } from "./buyer-prices";
import type { CatalogImage, ProductCard } from "./types";

/** What pages render: images as responsive sources, prices in the buyer's currency. */

export interface ShownImage {
  sources: ImageSources;
  alt: string;
}

export interface CardView {
  id: string;
  slug: string;
  title: string;
  price: DisplayPrice;
  /** The variants differ in price and this is the lowest ("from …"). */
  priceFrom: boolean;
  inStock: boolean;
  image: ShownImage | null;
}

/** Copies offered for a card (drawn about 160–300 px wide) and for a product's gallery. */
export const CARD_WIDTHS = [320, 480, 640] as const;
export const GALLERY_WIDTHS = [480, 640, 960, 1280] as const;
export const PORTRAIT_WIDTHS = [160, 320, 480] as const;

export function shownImage(image: CatalogImage | null, widths: readonly number[]): ShownImage | null {
  return image ? { sources: imageSources(image.asset, widths), alt: image.alt } : null;
}

export function cardViews(cards: ProductCard[], rate: BuyerRate, language: string): CardView[] {
  return cards.map((card) => ({
    id: card.id,
    slug: card.slug,
    title: card.title,
    price: displayPrice(card.priceInr, rate, language),
    priceFrom: card.maxPriceInr > card.priceInr,
    inStock: card.inStock,
    image: shownImage(card.image, CARD_WIDTHS),
  }));
}
