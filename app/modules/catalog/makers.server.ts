import { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { cachedRead, forgetCatalogCache } from "./cache.server";
import { CARD_ORDER, queryCards } from "./cards.server";
import { localizedMaker, PUBLIC_MAKER_JSON } from "./products.server";
import type { ProductCard, PublicMaker } from "./types";

export interface PublicMakerPage {
  maker: PublicMaker;
  organisationName: string;
  products: ProductCard[];
}

/** A maker's public page, or null unless her profile is public (the same answer as for no such maker). */
export function publicMakerBySlug(slug: string, language: string, productLimit = 48): Promise<PublicMakerPage | null> {
  return cachedRead(JSON.stringify(["maker", slug, language, productLimit]), () => publicMakerUncached(slug, language, productLimit));
}

async function publicMakerUncached(slug: string, language: string, productLimit: number): Promise<PublicMakerPage | null> {
  const rows = await db.$queryRaw<{ id: string; organisation_name: string; maker: Parameters<typeof localizedMaker>[0] }[]>`
    SELECT m.id, o.name AS organisation_name, ${PUBLIC_MAKER_JSON} AS maker
    FROM maker m
    JOIN organisation o ON o.id = m.organisation_id
    LEFT JOIN media_asset ma ON ma.id = m.photo_asset_id
    WHERE m.slug = ${slug} AND m.public_profile`;
  const row = rows[0];
  const maker = row ? localizedMaker(row.maker, language) : null;
  if (!row || !maker) return null;
  const { cards } = await queryCards({ where: [Prisma.sql`p.maker_id = ${row.id}::uuid`], orderBy: CARD_ORDER.newest, limit: productLimit }, language);
  return { maker, organisationName: row.organisation_name, products: cards };
}

/**
 * Shows or hides a maker's public profile. The care side calls this from consent records
 * (PUBLIC_MAKER_PROFILE); nothing in the shop decides it. False when there is no such maker.
 */
export async function setMakerPublicProfile(makerId: string, on: boolean): Promise<boolean> {
  const { count } = await db.maker.updateMany({ where: { id: makerId }, data: { publicProfile: on } });
  // A withdrawn consent must take the profile off every page at once, not after the cache's TTL.
  forgetCatalogCache();
  return count === 1;
}
