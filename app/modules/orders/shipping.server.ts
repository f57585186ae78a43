import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { quoteShipping, type ShippingQuote, type ZoneRates } from "./shipping";

/** Shipping zones and their weight bands, as admins keep them. */

export async function shippingZones(): Promise<ZoneRates[]> {
  const zones = await db.shippingZone.findMany({ orderBy: { position: "asc" }, include: { rates: { orderBy: { maxWeightGrams: "asc" } } } });
  return zones.map((zone) => ({
    id: zone.id,
    code: zone.code,
    countries: zone.countries,
    isDefault: zone.isDefault,
    bands: zone.rates.map((rate) => ({ maxWeightGrams: rate.maxWeightGrams, priceInr: rate.priceInr })),
  }));
}

export async function quoteShippingTo(country: string, weightGrams: number): Promise<ShippingQuote> {
  return quoteShipping(country, weightGrams, await shippingZones());
}

export async function listZonesForAdmin() {
  return db.shippingZone.findMany({ orderBy: { position: "asc" }, include: { rates: { orderBy: { maxWeightGrams: "asc" } } } });
}

/** Replaces a zone's countries and weight bands at once. */
export async function updateZone(
  zoneId: string,
  input: { countries: string[]; bands: { maxWeightGrams: number; priceInr: number }[] },
  actor: { id: string; ip: string | null },
) {
  await db.$transaction(async (tx) => {
    const zone = await tx.shippingZone.update({ where: { id: zoneId }, data: { countries: input.countries } });
    await tx.shippingRate.deleteMany({ where: { zoneId } });
    await tx.shippingRate.createMany({ data: input.bands.map((band) => ({ zoneId, ...band })) });
    await recordAudit(
      { action: "admin.shipping_zone.updated", actorId: actor.id, entityType: "shipping_zone", entityId: zoneId, ip: actor.ip, details: { code: zone.code, bands: input.bands.length } },
      tx,
    );
  });
}

/** Which other zone already lists each of these countries (a country belongs to one zone). */
export async function countriesListedElsewhere(zoneId: string, countries: string[]) {
  const others = await db.shippingZone.findMany({ where: { id: { not: zoneId }, countries: { hasSome: countries } }, select: { code: true, countries: true } });
  return others.flatMap((zone) => zone.countries.filter((country) => countries.includes(country)).map((country) => ({ country, zone: zone.code })));
}
