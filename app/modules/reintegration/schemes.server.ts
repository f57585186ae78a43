import { db } from "~/lib/db.server";
import { DEFAULT_SCHEMES } from "./default-schemes";

/** Makes sure the default schemes exist (upserted by name); cheap to call again. */
export async function ensureSchemes() {
  const existing = await db.compensationScheme.findMany({ where: { name: { in: DEFAULT_SCHEMES.map((scheme) => scheme.name) } }, select: { name: true } });
  const have = new Set(existing.map((scheme) => scheme.name));
  for (const scheme of DEFAULT_SCHEMES) {
    if (have.has(scheme.name)) continue;
    await db.compensationScheme.upsert({ where: { name: scheme.name }, create: scheme, update: {} });
  }
}

/** The schemes a claim can be filed under, national ones after the states', by country. */
export async function listSchemes() {
  return db.compensationScheme.findMany({
    orderBy: [{ country: "asc" }, { state: { sort: "asc", nulls: "last" } }, { name: "asc" }],
    select: { id: true, name: true, country: true, state: true, authority: true, legalBasis: true },
  });
}
