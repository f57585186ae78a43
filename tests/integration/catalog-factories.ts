import { randomUUID } from "node:crypto";
import type { ProductStatus } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import { createOrganisation } from "./helpers";

/**
 * Small builders of catalog rows for the catalog tests; every name and slug is unique unless given.
 * Like every writer of catalog rows, they clear the catalog's read cache.
 */

const unique = () => randomUUID().slice(0, 8);

export async function createCategory(overrides: Partial<{ slug: string; nameEn: string; nameHi: string | null; position: number }> = {}) {
  const slug = overrides.slug ?? `category-${unique()}`;
  const category = await db.category.create({ data: { slug, nameEn: overrides.nameEn ?? `Category ${slug}`, nameHi: overrides.nameHi ?? null, position: overrides.position ?? 0 } });
  forgetCatalogCache();
  return category;
}

export async function createMediaAsset() {
  const id = randomUUID();
  return db.mediaAsset.create({ data: { id, provider: "local", storageKey: `${id}.jpg`, width: 1200, height: 900, bytes: 10_000, format: "jpeg" } });
}

export async function createMaker(
  overrides: Partial<{ organisationId: string; displayName: string; publicProfile: boolean; storyEn: string; craft: string; region: string; withPhoto: boolean }> = {},
) {
  const organisationId = overrides.organisationId ?? (await createOrganisation()).id;
  const photo = overrides.withPhoto ? await createMediaAsset() : null;
  const maker = await db.maker.create({
    data: {
      slug: `maker-${unique()}`,
      organisationId,
      displayName: overrides.displayName ?? `Maker ${unique()}`,
      craft: overrides.craft ?? "Weaving",
      region: overrides.region ?? "Ri-Bhoi",
      storyEn: overrides.storyEn ?? "A story told with consent.",
      photoAssetId: photo?.id ?? null,
      photoAltEn: photo ? "A weaver at her loom" : null,
      publicProfile: overrides.publicProfile ?? false,
    },
  });
  forgetCatalogCache();
  return maker;
}

export interface VariantInput {
  priceInr: number;
  stock?: number;
  active?: boolean;
  optionEn?: string;
  position?: number;
}

export interface ProductInput {
  categoryId: string;
  organisationId?: string;
  makerId?: string | null;
  titleEn?: string;
  titleHi?: string | null;
  descriptionEn?: string;
  materialsEn?: string | null;
  originRegion?: string;
  status?: ProductStatus;
  featured?: boolean;
  publishedAt?: Date;
  variants?: VariantInput[];
  images?: number;
}

export async function createProduct(input: ProductInput) {
  const organisationId = input.organisationId ?? (await createOrganisation()).id;
  const slug = `product-${unique()}`;
  const assets = await Promise.all(Array.from({ length: input.images ?? 0 }, () => createMediaAsset()));
  const variants = input.variants ?? [{ priceInr: 100_000, stock: 10 }];
  const product = await db.product.create({
    data: {
      slug,
      categoryId: input.categoryId,
      organisationId,
      makerId: input.makerId ?? null,
      titleEn: input.titleEn ?? `Product ${slug}`,
      titleHi: input.titleHi ?? null,
      descriptionEn: input.descriptionEn ?? "Made by hand.",
      materialsEn: input.materialsEn ?? null,
      originRegion: input.originRegion ?? "Meghalaya",
      status: input.status ?? "active",
      featured: input.featured ?? false,
      publishedAt: input.publishedAt ?? new Date(),
      variants: {
        create: variants.map((variant, index) => ({
          sku: `SKU-${unique()}`,
          optionEn: variant.optionEn ?? `Option ${index + 1}`,
          priceInr: variant.priceInr,
          stock: variant.stock ?? 10,
          weightGrams: 500,
          hsCode: "0409.00",
          active: variant.active ?? true,
          position: variant.position ?? index,
        })),
      },
      images: { create: assets.map((asset, index) => ({ assetId: asset.id, altEn: `Photo ${index + 1} of ${slug}`, position: index })) },
    },
    include: { variants: true, images: true },
  });
  forgetCatalogCache();
  return product;
}
