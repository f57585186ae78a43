import { fakerEN_IN as faker } from "@faker-js/faker";
import type { Db, Tx } from "~/lib/db.server";
import { fromInr, type Currency } from "~/lib/money";
import { postOrderPaid } from "~/modules/earnings/index.server";

/** Demo orders written as the shop writes paid ones: lines copied from variants, shipping by zone and weight, posted to the ledger. */

export interface SeedBuyer {
  currency: Currency;
  country: string;
  postalCode: string;
  city: string;
  language: "en" | "hi";
}

export const BUYERS: readonly SeedBuyer[] = [
  { currency: "USD", country: "US", postalCode: "94110", city: "San Francisco", language: "en" },
  { currency: "EUR", country: "DE", postalCode: "10115", city: "Berlin", language: "en" },
  { currency: "GBP", country: "GB", postalCode: "SW1A 1AA", city: "London", language: "en" },
  { currency: "JPY", country: "JP", postalCode: "150-0001", city: "Tokyo", language: "en" },
  { currency: "INR", country: "IN", postalCode: "793001", city: "Shillong", language: "hi" },
  { currency: "AUD", country: "AU", postalCode: "2000", city: "Sydney", language: "en" },
  { currency: "CAD", country: "CA", postalCode: "M5V 2T6", city: "Toronto", language: "en" },
];

export async function sellableVariants(db: Db) {
  return db.productVariant.findMany({
    where: { product: { status: "active" } },
    include: { product: { select: { titleEn: true, organisationId: true, makerId: true, id: true } } },
    orderBy: { sku: "asc" },
  });
}

export type SeedVariant = Awaited<ReturnType<typeof sellableVariants>>[number];

/** Shipping zones and exchange rates, read once for many orders. */
export async function orderReferenceData(db: Db) {
  const [zones, rates] = await Promise.all([db.shippingZone.findMany({ include: { rates: { orderBy: { maxWeightGrams: "asc" } } } }), db.exchangeRate.findMany()]);
  return { zones, rates };
}

export type OrderReferenceData = Awaited<ReturnType<typeof orderReferenceData>>;

export interface SeedOrderSpec {
  buyer: SeedBuyer;
  picks: { variant: SeedVariant; quantity: number }[];
  paidAt: Date;
  shippedAt?: Date;
  /** Set only when it is not after the demo's "now". */
  deliveredAt?: Date;
  /** The whole order was refunded (lines and order marked so; the ledger's reversal is posted by whoever refunds). */
  refunded?: boolean;
}

/** Creates one paid order (with its shipment, if shipped) and posts it; returns its id, number and lines. */
export async function createSeedOrder(tx: Tx, reference: OrderReferenceData, spec: SeedOrderSpec) {
  const { buyer } = spec;
  const rate = buyer.currency === "INR" ? null : reference.rates.find((row) => row.currency === buyer.currency)!;
  const micros = rate?.inrPerUnitMicros ?? 1_000_000n;
  const lines = spec.picks.map(({ variant, quantity }) => {
    const unitPriceMinor = fromInr(variant.priceInr, buyer.currency, micros);
    return {
      variantId: variant.id,
      productId: variant.product.id,
      organisationId: variant.product.organisationId,
      makerId: variant.product.makerId,
      title: variant.product.titleEn,
      option: variant.optionEn,
      sku: variant.sku,
      quantity,
      unitPriceInr: variant.priceInr,
      unitPriceMinor,
      totalInr: variant.priceInr * quantity,
      totalMinor: unitPriceMinor * quantity,
      weight: variant.weightGrams * quantity,
    };
  });
  const weightGrams = lines.reduce((sum, line) => sum + line.weight, 0);
  const zone = reference.zones.find((candidate) => candidate.countries.includes(buyer.country)) ?? reference.zones.find((candidate) => candidate.isDefault)!;
  const shippingInr = (zone.rates.find((band) => weightGrams <= band.maxWeightGrams) ?? zone.rates[zone.rates.length - 1]!).priceInr;
  const subtotalInr = lines.reduce((sum, line) => sum + line.totalInr, 0);
  const subtotalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  const shippingMinor = fromInr(shippingInr, buyer.currency, micros);
  const status = spec.refunded ? "refunded" : spec.deliveredAt ? "delivered" : spec.shippedAt ? "shipped" : "paid";
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const address = { line1: faker.location.streetAddress(), city: buyer.city, postalCode: buyer.postalCode, country: buyer.country };

  const order = await tx.order.create({
    data: {
      status,
      email: faker.internet.email({ firstName, lastName, provider: "example.org" }).toLowerCase(),
      name: `${firstName} ${lastName}`,
      billingAddress: address,
      shippingAddress: address,
      shippingCountry: buyer.country,
      language: buyer.language,
      currency: buyer.currency,
      exchangeRateId: rate?.id,
      inrPerUnitMicros: micros,
      subtotalInr,
      shippingInr,
      totalInr: subtotalInr + shippingInr,
      subtotalMinor,
      shippingMinor,
      totalMinor: subtotalMinor + shippingMinor,
      weightGrams,
      paymentProvider: "manual",
      paidAt: spec.paidAt,
      createdAt: new Date(spec.paidAt.getTime() - 20 * 60_000),
      lines: { create: lines.map(({ weight: _weight, ...line }) => ({ ...line, status })) },
    },
    select: { id: true, number: true, totalInr: true, totalMinor: true, currency: true, lines: { select: { id: true, makerId: true, organisationId: true, totalInr: true, totalMinor: true } } },
  });
  if (spec.shippedAt) {
    const shipment = await tx.shipment.create({
      data: {
        orderId: order.id,
        carrier: buyer.country === "IN" ? "India Post" : "India Post EMS",
        trackingNumber: `EE${faker.string.numeric(9)}IN`,
        shippedAt: spec.shippedAt,
        deliveredAt: spec.deliveredAt ?? null,
      },
    });
    await tx.orderLine.updateMany({ where: { orderId: order.id }, data: { shipmentId: shipment.id } });
  }
  await postOrderPaid(order.id, tx);
  return order;
}
