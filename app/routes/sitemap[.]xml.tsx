import { getEnv } from "~/lib/env.server";
import { sitemapEntries, sitemapXml } from "~/modules/catalog/index.server";

/** /sitemap.xml: every public page of the shop, for search engines. */
export async function loader() {
  const xml = sitemapXml(await sitemapEntries(), getEnv().APP_URL);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
