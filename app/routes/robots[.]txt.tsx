import { getEnv } from "~/lib/env.server";

/** Areas that are not for search engines: staff and artisans' pages, and each buyer's own cart and checkout. */
const PRIVATE_AREAS = ["/admin", "/care", "/studio", "/settings", "/cart", "/checkout"];

/** /robots.txt */
export function loader() {
  const body = ["User-agent: *", ...PRIVATE_AREAS.map((path) => `Disallow: ${path}`), "", `Sitemap: ${getEnv().APP_URL}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } });
}
