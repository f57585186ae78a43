import type { MetaDescriptor } from "@remix-run/node";

/** A page's <title>, computed in its loader in the visitor's language. */
export function titled(data: { title?: string } | undefined): MetaDescriptor[] {
  return [{ title: data?.title ? `${data.title} · Reweave` : "Reweave" }];
}
