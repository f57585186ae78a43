import { randomBytes } from "node:crypto";

/** Letters that cannot be mistaken for one another when read out or copied onto a parcel. */
const ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

function randomCode(length: number) {
  return [...randomBytes(length)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

/** An address name for a new product from its English title: "indigo-eri-stole-k3m9qa". */
export function productSlug(titleEn: string): string {
  const words = titleEn
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${words || "listing"}-${randomCode(6).toLowerCase()}`;
}

/** A stock-keeping unit for a new variant: "RW-IND-7K2Q9M", from the product's slug. */
export function variantSku(slug: string): string {
  const prefix = slug.replace(/[^a-z]/g, "").slice(0, 3).toUpperCase().padEnd(3, "X");
  return `RW-${prefix}-${randomCode(6)}`;
}
