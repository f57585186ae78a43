import { db, isUniqueViolation } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import { refuseField, refuseForm, type Outcome } from "~/modules/identity/outcome";
import { productsInReach, type StudioActor } from "./actor.server";
import { findListing } from "./listing-reads.server";
import type { VariantInput } from "./listing-schemas";
import { afterVisibleChange } from "./listing-status.server";
import { variantSku } from "./names.server";

const TRUST_FACTS = { maker: { select: { approvedAt: true } }, organisation: { select: { trustApprovedArtisans: true } } } as const;

function variantData(input: VariantInput) {
  return { optionEn: input.optionEn, optionHi: input.optionHi, priceInr: input.price, stock: input.stock, weightGrams: input.weightGrams, hsCode: input.hsCode };
}

/** Adds a kind or size (with a new SKU) to a listing. Null when the listing is not the actor's. */
export async function addVariant(actor: StudioActor, productId: string, input: VariantInput): Promise<Outcome<{ id: string }> | null> {
  const product = await findListing(actor, productId, { ...TRUST_FACTS, variants: { select: { position: true }, orderBy: { position: "desc" }, take: 1 } });
  if (!product) return null;
  const position = (product.variants[0]?.position ?? -1) + 1;
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await db.$transaction(async (tx) => {
        const variant = await tx.productVariant.create({ data: { ...variantData(input), productId: product.id, sku: variantSku(product.slug), position }, select: { id: true } });
        await afterVisibleChange(tx, actor, product);
        return variant.id;
      });
      forgetCatalogCache();
      return { ok: true, id };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

/**
 * Saves a kind or size. A change of what buyers see (name, price, weight) goes through review like
 * any other edit; a change of stock alone never does.
 */
export async function updateVariant(actor: StudioActor, productId: string, variantId: string, input: VariantInput): Promise<Outcome | null> {
  if (!isUuid(variantId)) return null;
  const product = await findListing(actor, productId, { ...TRUST_FACTS, variants: { where: { id: variantId, active: true } } });
  const variant = product?.variants[0];
  if (!product || !variant) return null;
  const data = variantData(input);
  const visible = (["optionEn", "optionHi", "priceInr", "weightGrams", "hsCode"] as const).some((field) => variant[field] !== data[field]);
  await db.$transaction(async (tx) => {
    await tx.productVariant.update({ where: { id: variant.id }, data });
    if (visible) await afterVisibleChange(tx, actor, product);
  });
  forgetCatalogCache();
  return { ok: true };
}

/**
 * Removes a kind or size. One that was ever ordered is only hidden, so that orders keep pointing at
 * it. A listing in the shop or in review keeps at least one.
 */
export async function removeVariant(actor: StudioActor, productId: string, variantId: string): Promise<Outcome | null> {
  if (!isUuid(variantId)) return null;
  const product = await findListing(actor, productId, {
    variants: { where: { active: true }, select: { id: true, _count: { select: { orderLines: true, reservations: true } } } },
  });
  const variant = product?.variants.find((candidate) => candidate.id === variantId);
  if (!product || !variant) return null;
  if (product.variants.length === 1 && (product.status === "active" || product.status === "pending_approval")) return refuseForm("studio:errors.lastVariant");
  if (variant._count.orderLines + variant._count.reservations > 0) await db.productVariant.update({ where: { id: variant.id }, data: { active: false } });
  else await db.productVariant.delete({ where: { id: variant.id } });
  forgetCatalogCache();
  return { ok: true };
}

/** The one-tap stock update: sets one variant's stock and nothing else. Null when it is not the actor's. */
export async function setVariantStock(actor: StudioActor, variantId: string, stock: number): Promise<Outcome | null> {
  if (!isUuid(variantId)) return null;
  if (!Number.isSafeInteger(stock) || stock < 0) return refuseField("stock", "studio:errors.stockNegative");
  const { count } = await db.productVariant.updateMany({ where: { id: variantId, active: true, product: productsInReach(actor) }, data: { stock } });
  if (count === 0) return null;
  forgetCatalogCache();
  return { ok: true };
}
