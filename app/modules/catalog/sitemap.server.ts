import { db } from "~/lib/db.server";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/**
 * Every public page of the shop: home, the catalog, categories, products on sale and public maker
 * profiles. Drafts, products awaiting approval, archived ones and private makers never appear.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [categories, products, makers] = await Promise.all([
    db.category.findMany({ select: { slug: true }, orderBy: [{ position: "asc" }, { slug: "asc" }] }),
    db.$queryRaw<{ slug: string; updated_at: Date }[]>`
      SELECT p.slug, p.updated_at FROM product p
      WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.id AND v.active)
      ORDER BY p.slug`,
    db.maker.findMany({ where: { publicProfile: true }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  return [
    { path: "/" },
    { path: "/products" },
    ...categories.map((category) => ({ path: `/categories/${encodeURIComponent(category.slug)}` })),
    ...products.map((product) => ({ path: `/products/${encodeURIComponent(product.slug)}`, lastModified: new Date(product.updated_at) })),
    ...makers.map((maker) => ({ path: `/makers/${encodeURIComponent(maker.slug)}`, lastModified: maker.updatedAt })),
  ];
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);

/** The sitemap protocol's XML, with absolute addresses under `baseUrl`. */
export function sitemapXml(entries: SitemapEntry[], baseUrl: string): string {
  const urls = entries.map((entry) => {
    const lastModified = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    return `<url><loc>${escapeXml(`${baseUrl}${entry.path}`)}</loc>${lastModified}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
