/** The catalog as orders see it: what a variant sells for, whether it may be sold, and who the shop may say made it. */
import type { Prisma } from "~/generated/prisma/client";

/** What the cart and checkout select of a variant and its product (inside their own transactions). */
export const variantForSale = {
  id: true,
  sku: true,
  optionEn: true,
  optionHi: true,
  priceInr: true,
  stock: true,
  weightGrams: true,
  active: true,
  product: {
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleHi: true,
      status: true,
      organisationId: true,
      makerId: true,
      organisation: { select: { name: true } },
      maker: { select: { displayName: true, publicProfile: true } },
    },
  },
} satisfies Prisma.ProductVariantSelect;

export type VariantForSale = Prisma.ProductVariantGetPayload<{ select: typeof variantForSale }>;

export const isSellable = (variant: VariantForSale) => variant.active && variant.product.status === "active";

export function variantNames(variant: VariantForSale, language: string) {
  const hindi = language === "hi";
  return {
    title: (hindi && variant.product.titleHi) || variant.product.titleEn,
    option: (hindi && variant.optionHi) || variant.optionEn,
  };
}

/** Who made it, as the shop may say: the maker's chosen name while her profile is public, else her organisation. */
export function madeBy(product: { organisation: { name: string }; maker: { displayName: string; publicProfile: boolean } | null }) {
  return product.maker?.publicProfile ? product.maker.displayName : product.organisation.name;
}
