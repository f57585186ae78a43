import { createCookie } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { BASE_CURRENCY, INR_RATE_MICROS, type Currency } from "~/lib/money";
import { isUuid } from "~/lib/validation";
import { rateFor } from "~/modules/earnings/index.server";
import { isSellable, madeBy, variantForSale, variantNames } from "~/modules/catalog/index.server";
import { MAX_QUANTITY } from "./cart-schema";
import { refuseField, type Outcome } from "./outcome";
import { orderTotals, priceLine, type Rate, type Totals } from "./pricing";
import { quoteShippingTo } from "./shipping.server";

/** The buyer's cart: rows in the database, found by the random id in a cookie. No account needed. */

const CART_DAYS = 90;
let cartCookie: ReturnType<typeof createCookie> | undefined;
let shipToCookie: ReturnType<typeof createCookie> | undefined;

function cookies() {
  const secure = getEnv().isProduction;
  const options = { path: "/", sameSite: "lax" as const, httpOnly: true, secure, maxAge: CART_DAYS * 86_400 };
  cartCookie ??= createCookie(secure ? "__Host-reweave_cart" : "reweave_cart", options);
  shipToCookie ??= createCookie("reweave_ship_to", options);
  return { cart: cartCookie, shipTo: shipToCookie };
}

export async function cartIdFrom(request: Request): Promise<string | null> {
  const value: unknown = await cookies().cart.parse(request.headers.get("Cookie"));
  return isUuid(value) ? value : null;
}

export const cartCookieHeader = (cartId: string) => cookies().cart.serialize(cartId);

/** The country the buyer wants shipping priced for: their choice, else the region of their browser's language. */
export async function shipToCountry(request: Request): Promise<string | null> {
  const chosen: unknown = await cookies().shipTo.parse(request.headers.get("Cookie"));
  if (typeof chosen === "string" && /^[A-Z]{2}$/.test(chosen)) return chosen;
  const region = request.headers.get("Accept-Language")?.split(",")[0]?.split(";")[0]?.split("-")[1]?.toUpperCase();
  return region && /^[A-Z]{2}$/.test(region) ? region : null;
}

export const shipToCookieHeader = (country: string) => cookies().shipTo.serialize(country);

async function sellableVariant(variantId: string) {
  const variant = await db.productVariant.findUnique({ where: { id: variantId }, select: variantForSale });
  return variant && isSellable(variant) ? variant : null;
}

function tooMany(stock: number, inCart = 0) {
  if (stock <= 0) return refuseField("quantity", "checkout:cart.errors.soldOut");
  if (inCart > 0) return refuseField("quantity", "checkout:cart.errors.onlyLeftInCart", { count: stock, inCart });
  return refuseField("quantity", "checkout:cart.errors.onlyLeft", { count: stock });
}

/** Adds units of a variant (to a new cart when there is none yet); more than the stock is refused and changes nothing. */
export async function addToCart(cartId: string | null, input: { variantId: string; quantity: number }): Promise<Outcome<{ cartId: string }>> {
  const variant = await sellableVariant(input.variantId);
  if (!variant) return refuseField("variantId", "checkout:cart.errors.unavailable");
  const cart = cartId ? await db.cart.findUnique({ where: { id: cartId }, select: { id: true } }) : null;
  const inCart = cart
    ? ((await db.cartItem.findUnique({ where: { cartId_variantId: { cartId: cart.id, variantId: variant.id } }, select: { quantity: true } }))?.quantity ?? 0)
    : 0;
  const wanted = inCart + input.quantity;
  if (wanted > variant.stock) return tooMany(variant.stock, inCart);
  if (wanted > MAX_QUANTITY) return refuseField("quantity", "checkout:cart.errors.quantity");
  const id = cart?.id ?? (await db.cart.create({ data: {}, select: { id: true } })).id;
  await db.$transaction(async (tx) => {
    await tx.cartItem.upsert({
      where: { cartId_variantId: { cartId: id, variantId: variant.id } },
      create: { cartId: id, variantId: variant.id, quantity: input.quantity },
      update: { quantity: wanted },
    });
    await tx.cart.update({ where: { id }, data: { updatedAt: new Date() } });
  });
  return { ok: true, cartId: id };
}

export async function setCartQuantity(cartId: string | null, input: { variantId: string; quantity: number }): Promise<Outcome> {
  const item = cartId ? await db.cartItem.findUnique({ where: { cartId_variantId: { cartId, variantId: input.variantId } }, select: { id: true } }) : null;
  if (!item) return refuseField("variantId", "checkout:cart.errors.notInCart");
  const variant = await sellableVariant(input.variantId);
  if (!variant) return refuseField("quantity", "checkout:cart.errors.unavailable");
  if (input.quantity > variant.stock) return tooMany(variant.stock);
  await db.cartItem.update({ where: { id: item.id }, data: { quantity: input.quantity } });
  return { ok: true };
}

export async function removeFromCart(cartId: string | null, variantId: string): Promise<Outcome> {
  if (cartId) await db.cartItem.deleteMany({ where: { cartId, variantId } });
  return { ok: true };
}

export async function clearCart(cartId: string | null) {
  if (cartId) await db.cartItem.deleteMany({ where: { cartId } });
}

/** Units in the cart, for the header. */
export async function cartItemCount(cartId: string | null): Promise<number> {
  if (!cartId) return 0;
  const { _sum } = await db.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return _sum.quantity ?? 0;
}

/** The rate for the buyer's currency, or INR when admins have not entered one. */
export async function rateForCurrency(currency: Currency): Promise<Rate & { id: string | null }> {
  const rate = await rateFor(currency);
  return rate ?? { id: null, currency: BASE_CURRENCY, inrPerUnitMicros: INR_RATE_MICROS };
}

export type ShippingEstimate = { ok: true; priceMinor: number } | { ok: false; reason: "no_country" | "no_zone" | "too_heavy"; maxWeightGrams?: number };

export interface CartLine {
  variantId: string;
  productSlug: string;
  title: string;
  option: string;
  sku: string;
  madeBy: string;
  quantity: number;
  stock: number;
  available: boolean;
  unitPriceMinor: number;
  totalMinor: number;
}

export interface CartSummary {
  currency: Currency;
  country: string | null;
  lines: CartLine[];
  itemCount: number;
  weightGrams: number;
  shipping: ShippingEstimate;
  totals: Totals;
  /** Every line can be bought as it stands and the parcel can go to the country. */
  ready: boolean;
}

/** The cart priced in the buyer's currency, with shipping to the chosen country. Lines no longer for sale are listed but not counted. */
export async function cartSummary(cartId: string | null, options: { currency: Currency; country: string | null; language: string }): Promise<CartSummary> {
  const items = cartId
    ? await db.cartItem.findMany({ where: { cartId }, orderBy: { addedAt: "asc" }, select: { quantity: true, variant: { select: variantForSale } } })
    : [];
  const rate = await rateForCurrency(options.currency);
  const lines: CartLine[] = [];
  const priced: { totalInr: number; totalMinor: number }[] = [];
  let weightGrams = 0;
  for (const { quantity, variant } of items) {
    const available = isSellable(variant);
    const price = priceLine(variant.priceInr, quantity, rate);
    if (available) {
      priced.push(price);
      weightGrams += variant.weightGrams * quantity;
    }
    lines.push({
      variantId: variant.id,
      productSlug: variant.product.slug,
      ...variantNames(variant, options.language),
      sku: variant.sku,
      madeBy: madeBy(variant.product),
      quantity,
      stock: variant.stock,
      available,
      unitPriceMinor: price.unitPriceMinor,
      totalMinor: price.totalMinor,
    });
  }
  const quote = options.country && priced.length > 0 ? await quoteShippingTo(options.country, weightGrams) : null;
  const totals = orderTotals(priced, quote?.ok ? quote.priceInr : 0, rate);
  const shipping: ShippingEstimate = !options.country
    ? { ok: false, reason: "no_country" }
    : !quote || quote.ok
      ? { ok: true, priceMinor: totals.shippingMinor }
      : { ok: false, reason: quote.reason, maxWeightGrams: quote.maxWeightGrams };
  return {
    currency: rate.currency,
    country: options.country,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    weightGrams,
    shipping,
    totals,
    ready: lines.length > 0 && lines.every((line) => line.available && line.quantity <= line.stock) && shipping.ok,
  };
}

/** Forgets carts nobody has touched for longer than their cookie lives. */
export async function deleteAbandonedCarts(now = new Date()) {
  const { count } = await db.cart.deleteMany({ where: { updatedAt: { lt: new Date(now.getTime() - CART_DAYS * 86_400_000) } } });
  return count;
}
