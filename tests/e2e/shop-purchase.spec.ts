import { expect, test } from "./fixtures";
import { newestEmailTo, type OutboxEmail } from "./outbox";
import { addToCart, buyerInBerlin, cartLink, expectCartSavesByItself, fillCheckout } from "./shop-steps";

test("a buyer finds honey, pays in euros and follows the order from the emailed link", async ({ page, baseURL }) => {
  const buyer = buyerInBerlin("purchase");

  await page.goto("/");
  await page.getByRole("search").getByLabel("Search the shop").fill("honey");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/products?q=honey");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “honey”");

  await page.getByRole("link", { name: "Wildflower honey", exact: true }).click();
  await expect(page).toHaveURL("/products/wildflower-honey");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wildflower honey");
  await expect(cartLink(page)).toHaveText("Cart (0)");
  await addToCart(page, { option: "500 g", quantity: 1 });
  await expect(cartLink(page)).toHaveText("Cart (1)");
  const cart = page.getByRole("list", { name: "Your cart" });
  await expect(cart.getByRole("listitem")).toHaveCount(1);
  await expect(cart.getByRole("listitem")).toContainText("Wildflower honey (500 g)");
  await expect(page.getByText(/^Prices in GBP\./)).toBeVisible();
  await expectCartSavesByItself(page);

  await page.getByLabel("Currency").selectOption("EUR");
  await expect(page.getByText(/^Prices in EUR\./)).toBeVisible();
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await expect(cart.getByText(/^€[\d.,]+ each$/)).toBeVisible();

  await page.getByLabel("Ship to").selectOption({ label: "Germany" });
  await expect(page.getByRole("status")).toHaveText("Shipping is now priced for the country you chose.");
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await expect(page).toHaveURL("/checkout");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout");
  await expect(page.getByText("Shipping is priced for Germany.", { exact: false })).toBeVisible();
  await fillCheckout(page, buyer);
  await page.getByRole("button", { name: "Continue to payment" }).click();

  await expect(page).toHaveURL(/\/pay\/[\w-]+\?sig=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test payment");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/^Order RW-\d{6}$/);
  const orderNumber = (await page.getByRole("heading", { level: 2 }).textContent())!.replace("Order ", "");
  await page.getByRole("button", { name: /^Pay €[\d.,]+$/ }).click();

  await expect(page).toHaveURL(/\/orders\/[\w-]+\?sig=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
  await expect(page.getByRole("status")).toHaveText(/^Thank you! Your order is confirmed\. We have sent a confirmation/);
  await expect(page.getByText("1 × Wildflower honey (500 g)")).toBeVisible();
  await expect(cartLink(page)).toHaveText("Cart (0)");

  let email: OutboxEmail | undefined;
  await expect.poll(async () => (email = await newestEmailTo(buyer.email))?.subject).toBe(`Your Reweave order ${orderNumber} is confirmed`);
  expect(email!.text).toContain("1 × Wildflower honey (500 g): €");
  const link = email!.text.match(/https?:\/\/\S+\/track\/[\w-]+\?sig=\S+/)?.[0];
  expect(link, "the email links to the order's tracking page").toBeTruthy();
  expect(new URL(link!).origin, "the emailed link points at this server (APP_URL)").toBe(new URL(baseURL!).origin);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
  await expect(page.getByText("Where your order is now.", { exact: false })).toBeVisible();
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();
  await expect(page.getByText("Berlin, Germany")).toBeVisible();
  await expect(page.getByText(/^1 × Wildflower honey \(500 g\)/)).toBeVisible();
});
