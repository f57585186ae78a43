import { db } from "~/lib/db.server";
import { cachedRead } from "./cache.server";
import { localize } from "./localize";
import type { Category } from "./types";

const CATEGORY_FIELDS = { id: true, slug: true, nameEn: true, nameHi: true, descriptionEn: true, descriptionHi: true } as const;

type CategoryRow = { id: string; slug: string; nameEn: string; nameHi: string | null; descriptionEn: string | null; descriptionHi: string | null };

function localized(row: CategoryRow, language: string): Category {
  return { id: row.id, slug: row.slug, name: localize(language, row.nameEn, row.nameHi), description: localize(language, row.descriptionEn, row.descriptionHi) };
}

/** Every category, in the order admins gave them. */
export function listCategories(language: string): Promise<Category[]> {
  return cachedRead(`categories:${language}`, async () => {
    const rows = await db.category.findMany({ select: CATEGORY_FIELDS, orderBy: [{ position: "asc" }, { nameEn: "asc" }] });
    return rows.map((row) => localized(row, language));
  });
}

export async function categoryBySlug(slug: string, language: string): Promise<Category | null> {
  const row = await db.category.findUnique({ where: { slug }, select: CATEGORY_FIELDS });
  return row ? localized(row, language) : null;
}
