import type { MetaDescriptor } from "@remix-run/node";

/** What a public page tells search engines and link previews; computed in its loader, in the visitor's language. */
export interface Seo {
  title: string;
  description: string;
  /** Absolute. */
  canonical: string;
  /** Absolute; left out when the page has no picture. */
  image?: string | null;
  type?: "website" | "product" | "profile";
}

export function seoMeta(seo: Seo | undefined): MetaDescriptor[] {
  if (!seo) return [{ title: "Reweave" }];
  return [
    { title: `${seo.title} · Reweave` },
    { name: "description", content: seo.description },
    { tagName: "link", rel: "canonical", href: seo.canonical },
    { property: "og:site_name", content: "Reweave" },
    { property: "og:type", content: seo.type ?? "website" },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
    { property: "og:url", content: seo.canonical },
    ...(seo.image ? [{ property: "og:image", content: seo.image }] : []),
    { name: "twitter:card", content: seo.image ? "summary_large_image" : "summary" },
  ];
}

/** Text as a meta description: one line, at most `max` characters, cut at a word. */
export function metaDescription(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:!?-]+$/, "")}…`;
}

/** An address of this site as an absolute URL (for canonical links, og:image, sitemaps); absolute ones stay as they are. */
export function absoluteUrl(pathOrUrl: string, baseUrl: string): string {
  return new URL(pathOrUrl, `${baseUrl}/`).toString();
}
