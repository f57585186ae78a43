import { db } from "~/lib/db.server";
import { localize } from "~/modules/catalog/index.server";
import { productsInReach, type StudioActor } from "./actor.server";
import type { ListingState } from "./listing-state";

/** At or below this many units, the studio home asks the artisan to check her stock. */
export const LOW_STOCK_NOTICE = 3;

export interface LowStockVariant {
  variantId: string;
  productId: string;
  title: string;
  option: string;
  stock: number;
}

/** Kinds and sizes of listings in the shop with LOW_STOCK_NOTICE units or fewer, the emptiest first. */
export async function lowStockVariants(actor: StudioActor, language: string, limit = 20): Promise<LowStockVariant[]> {
  const variants = await db.productVariant.findMany({
    where: { active: true, stock: { lte: LOW_STOCK_NOTICE }, product: { AND: [productsInReach(actor), { status: "active" }] } },
    orderBy: [{ stock: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, optionEn: true, optionHi: true, stock: true, product: { select: { id: true, titleEn: true, titleHi: true } } },
  });
  return variants.map((variant) => ({
    variantId: variant.id,
    productId: variant.product.id,
    title: localize(language, variant.product.titleEn, variant.product.titleHi),
    option: localize(language, variant.optionEn, variant.optionHi),
    stock: variant.stock,
  }));
}

/** How many of the actor's listings are in each state. */
export async function listingCounts(actor: StudioActor): Promise<Record<ListingState, number>> {
  const reach = productsInReach(actor);
  const [byStatus, returned] = await Promise.all([
    db.product.groupBy({ by: ["status"], where: reach, _count: { _all: true } }),
    db.product.count({ where: { AND: [reach, { status: "draft", reviewComment: { not: null } }] } }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  return { draft: count("draft") - returned, returned, pending: count("pending_approval"), active: count("active"), archived: count("archived") };
}
