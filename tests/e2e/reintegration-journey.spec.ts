import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";
import { FIRST_SALE_PRODUCT } from "./seeded-people";
import { addToCart, buyerInBerlin, cartLink, fillCheckout, openProduct } from "./shop-steps";

/**
 * A sale in the shop becomes verified income on a survivor's reintegration record: a buyer buys the product
 * of a maker who has not sold yet; her caseworker sees this month's shop income (the maker's share after
 * fees) and the "first shop sale" milestone met; the supervisor's cohort outcomes count one more first sale.
 */

/** The "Met" share of the "First shop sale" row on the cohort outcomes page, in percent. */
async function firstSaleShare(page: Page) {
  await page.goto("/care/outcomes");
  await expect(page.getByRole("heading", { level: 1, name: "Outcomes" })).toBeVisible();
  const table = page.getByRole("table", { name: /^Milestones:/ });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "First shop sale", exact: true }) });
  const met = row.getByRole("cell").nth(1);
  await expect(met).toHaveText(/^\d+\s?%$/);
  return Number((await met.textContent())!.replace(/\D/g, ""));
}

/** The "First shop sale" milestone on a reintegration page. */
const firstSaleMilestone = (page: Page) => page.getByRole("region", { name: "Milestones" }).getByRole("listitem").filter({ hasText: /^First shop sale/ });

/** The demo caseworker's client in Re-integration whose first sale is still to come: her reintegration page's path. */
async function clientAwaitingFirstSale(page: Page) {
  await page.goto("/care/cases?view=mine&stage=reintegration");
  const links = page.getByRole("table").getByRole("rowheader").getByRole("link");
  await expect(links.first()).toBeVisible();
  const paths = await Promise.all((await links.all()).map(async (link) => `${await link.getAttribute("href")}/reintegration`));
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: /^Reintegration plan of / })).toBeVisible();
    if ((await firstSaleMilestone(page).count()) && !(await firstSaleMilestone(page).getByText(/^Met on /).count())) return path;
  }
  throw new Error("none of the demo caseworker's clients in Re-integration waits for a first shop sale");
}

test("a buyer's purchase shows as the maker's verified income and first sale, for her caseworker and in the supervisor's outcomes", async ({ page, newVisitor }) => {
  // Three people, each signing in or paying, and the outcomes page computed twice.
  test.slow();
  const supervisor = page;
  await login(supervisor, "supervisor@demo.reweave.org");
  const before = await firstSaleShare(supervisor);

  const caseworker = await newVisitor();
  await login(caseworker, "caseworker@demo.reweave.org");
  const record = await clientAwaitingFirstSale(caseworker);
  await expect(firstSaleMilestone(caseworker)).not.toContainText("Met on");

  const buyer = await newVisitor();
  await openProduct(buyer, FIRST_SALE_PRODUCT.slug, FIRST_SALE_PRODUCT.title);
  await addToCart(buyer);
  await expect(cartLink(buyer)).toHaveText("Cart (1)");
  await buyer.getByLabel("Ship to").selectOption({ label: "Germany" });
  await expect(buyer.getByRole("status")).toHaveText("Shipping is now priced for the country you chose.");
  await buyer.getByRole("link", { name: "Go to checkout" }).click();
  await expect(buyer).toHaveURL("/checkout");
  await fillCheckout(buyer, buyerInBerlin("first-sale"));
  await buyer.getByRole("button", { name: "Continue to payment" }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText("Test payment");
  await buyer.getByRole("button", { name: /^Pay / }).click();
  await expect(buyer.getByRole("status")).toHaveText(/^Thank you! Your order is confirmed\./);

  await caseworker.goto(record);
  const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata", year: "numeric", month: "2-digit" }).format(new Date());
  const income = caseworker.getByRole("table", { name: /^Income by month/ });
  const shopColumn = await income.getByRole("columnheader").allTextContents();
  const monthRow = income.getByRole("row").filter({ has: caseworker.getByRole("rowheader", { name: thisMonth, exact: true }) });
  await expect(monthRow.getByRole("cell").nth(shopColumn.indexOf("Shop") - 1)).toHaveText(FIRST_SALE_PRODUCT.makerShare);
  await expect(firstSaleMilestone(caseworker)).toContainText("Met on");

  expect(await firstSaleShare(supervisor)).toBeGreaterThan(before);
});
