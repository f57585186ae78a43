import { db, isUniqueViolation } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { forgetCatalogCache } from "./cache.server";
import type { CategoryInput } from "./category-schema";

/** Categories are data that admins keep. */

export async function listCategoriesForAdmin() {
  return db.category.findMany({ orderBy: [{ position: "asc" }, { nameEn: "asc" }], include: { _count: { select: { products: true } } } });
}

export async function categoryForAdmin(id: string) {
  return db.category.findUnique({ where: { id } });
}

export type CategorySaveResult = { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string[]> };

const slugTaken: CategorySaveResult = { ok: false, fieldErrors: { slug: ["adminShop:categories.errors.slugTaken"] } };

/** Creates (no id) or updates a category; a slug already in use is refused on its field. */
export async function saveCategory(id: string | null, input: CategoryInput, actor: { id: string; ip: string | null }): Promise<CategorySaveResult> {
  const clash = await db.category.findFirst({ where: { slug: input.slug, id: id ? { not: id } : undefined }, select: { id: true } });
  if (clash) return slugTaken;
  try {
    const saved = await db.$transaction(async (tx) => {
      const category = id ? await tx.category.update({ where: { id }, data: input }) : await tx.category.create({ data: input });
      await recordAudit(
        { action: id ? "admin.category.updated" : "admin.category.created", actorId: actor.id, entityType: "category", entityId: category.id, ip: actor.ip, details: { slug: category.slug } },
        tx,
      );
      return { ok: true as const, id: category.id };
    });
    forgetCatalogCache();
    return saved;
  } catch (error) {
    // Two admins saving the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) return slugTaken;
    throw error;
  }
}
