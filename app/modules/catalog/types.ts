import type { MediaProvider } from "~/generated/prisma/client";

/** The fields of a media asset that showing it needs (the media module's imageSources takes these). */
export interface ImageAsset {
  provider: MediaProvider;
  storageKey: string;
  width: number;
  height: number;
}

export interface CatalogImage {
  asset: ImageAsset;
  alt: string;
}

/** A product as lists show it: the lowest price of its active variants, and whether any is in stock. */
export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  priceInr: number;
  /** Differs from priceInr when the variants have different prices ("from …"). */
  maxPriceInr: number;
  inStock: boolean;
  image: CatalogImage | null;
}

export interface Category {
  id: string;
  slug: string;
  name: string;
  description: string | null;
}

/** What the shop may show of a maker: only while her publicProfile flag is on. */
export interface PublicMaker {
  slug: string;
  displayName: string;
  craft: string | null;
  region: string | null;
  story: string | null;
  photo: CatalogImage | null;
}

export interface ProductVariantView {
  id: string;
  sku: string;
  option: string;
  priceInr: number;
  stock: number;
  weightGrams: number;
  hsCode: string | null;
}

export interface ProductDetail {
  id: string;
  slug: string;
  title: string;
  description: string;
  materials: string | null;
  care: string | null;
  originRegion: string;
  organisationId: string;
  /** The cooperative or NGO that sells it: the brand and seller, and the maker when hers is not public. */
  organisationName: string;
  /** False when the organisation made the piece collectively (its share then goes to the organisation). */
  hasIndividualMaker: boolean;
  maker: PublicMaker | null;
  category: { id: string; slug: string; name: string };
  variants: ProductVariantView[];
  images: CatalogImage[];
  updatedAt: Date;
}
