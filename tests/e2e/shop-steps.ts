import { expect, type Locator, type Page } from "@playwright/test";

/** Steps of a buyer in the shop, through the page as a buyer sees it (English). */

export interface Buyer {
  email: string;
  name: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
}

/** A buyer in Berlin, who pays in euros; `tag` makes the email address (and so the outbox) the test's own. */
export const buyerInBerlin = (tag: string): Buyer => ({
  email: `${tag}@buyers.example.org`,
  name: "Anna Becker",
  line1: "Invalidenstraße 12",
  city: "Berlin",
  postalCode: "10115",
  country: "Germany",
});

export async function openProduct(page: Page, slug: string, title: string) {
  await page.goto(`/products/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

/** A variant's radio button on the product page; its name is "option price stock", e.g. "250 g £2.96 Only 3 left". */
export const variantOption = (page: Page, option: string) => page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(option)} `) });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How many units the page says are left of a variant in short supply ("Only 3 left"). */
export async function unitsLeft(variant: Locator): Promise<number> {
  await expect(variant).toHaveAccessibleName(/ Only \d+ left$/);
  const snapshot = await variant.ariaSnapshot();
  return Number(/ Only (\d+) left/.exec(snapshot)![1]);
}

/** On a product page: chooses the option (when there are several), sets the quantity and adds to the cart. */
export async function addToCart(page: Page, { option, quantity = 1 }: { option?: string; quantity?: number } = {}) {
  if (option) await variantOption(page, option).check();
  await page.getByLabel("Quantity").fill(String(quantity));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page).toHaveURL("/cart?saved=added");
  await expect(page.getByRole("status")).toHaveText("Added to your cart.");
}

/** On the checkout page: contact details and the shipping address (billing the same). */
export async function fillCheckout(page: Page, buyer: Buyer) {
  await page.getByLabel("Email", { exact: true }).fill(buyer.email);
  await page.getByLabel("Full name").fill(buyer.name);
  const shipping = page.getByRole("group", { name: "Shipping address" });
  await shipping.getByLabel("Address", { exact: true }).fill(buyer.line1);
  await shipping.getByLabel("Town or city").fill(buyer.city);
  await shipping.getByLabel("Country").selectOption({ label: buyer.country });
  await shipping.getByLabel("Postal code").fill(buyer.postalCode);
}

/** The header's cart link, which counts the units in the cart. */
export const cartLink = (page: Page) => page.getByRole("link", { name: /^Cart \(\d+\)$/ });

/**
 * Without JavaScript each cart line has an "Update" button; once JavaScript has taken over, quantities save
 * as they change and the buttons go. Wait for that before changing a quantity on a freshly loaded cart.
 */
export async function expectCartSavesByItself(page: Page, updateLabel = "Update") {
  await expect(page.getByRole("button", { name: updateLabel, exact: true })).toHaveCount(0);
}
