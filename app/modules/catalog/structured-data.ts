import type { Currency } from "~/lib/money";
import { decimalAmount } from "./buyer-prices";

export interface ProductOfferInput {
  sku: string;
  name: string;
  amountMinor: number;
  currency: Currency;
  inStock: boolean;
}

export interface ProductStructuredDataInput {
  url: string;
  name: string;
  description: string;
  /** Absolute image addresses. */
  images: string[];
  category: string;
  /** The organisation that sells it: brand and seller. */
  organisation: string;
  offers: ProductOfferInput[];
}

/** A schema.org Product with one Offer per variant, for search engines' rich results. */
export function productStructuredData(input: ProductStructuredDataInput) {
  const seller = { "@type": "Organization", name: input.organisation };
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.name,
    description: input.description,
    url: input.url,
    ...(input.images.length ? { image: input.images } : {}),
    category: input.category,
    ...(input.offers.length === 1 ? { sku: input.offers[0]!.sku } : {}),
    brand: { "@type": "Brand", name: input.organisation },
    offers: input.offers.map((offer) => ({
      "@type": "Offer",
      sku: offer.sku,
      name: offer.name,
      url: input.url,
      price: decimalAmount(offer.amountMinor, offer.currency),
      priceCurrency: offer.currency,
      availability: offer.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      seller,
    })),
  };
}
