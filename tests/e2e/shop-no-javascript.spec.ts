import { expect, test } from "./fixtures";

/** The shop as progressive enhancement: everything works without JavaScript, and nothing chosen before it loads is lost. */
import { addToCart, buyerInBerlin, cartLink, fillCheckout, variantOption } from "./shop-steps";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a buyer searches, buys three jars in euros and pays", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("search").getByLabel("Search the shop").fill("honey");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL("/products?q=honey");
    await page.getByRole("link", { name: "Litchi blossom honey", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Litchi blossom honey");

    await addToCart(page, { option: "500 g", quantity: 3 });
    await expect(cartLink(page)).toHaveText("Cart (3)");
    const line = page.getByRole("list", { name: "Your cart" }).getByRole("listitem");
    await expect(line).toContainText("Litchi blossom honey (500 g)");
    await expect(line.getByRole("spinbutton", { name: "Quantity of Litchi blossom honey" })).toHaveValue("3");

    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText(/^Prices in EUR\./)).toBeVisible();
    await expect(line.getByText(/^€[\d.,]+ each$/)).toBeVisible();

    await page.getByLabel("Ship to").selectOption({ label: "Germany" });
    await page.getByRole("button", { name: "Show shipping" }).click();
    await expect(page).toHaveURL("/cart?saved=country");
    await expect(page.getByRole("status")).toHaveText("Shipping is now priced for the country you chose.");

    await page.getByRole("link", { name: "Go to checkout" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout");
    await fillCheckout(page, buyerInBerlin("no-javascript"));
    await page.getByRole("button", { name: "Continue to payment" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test payment");
    await expect(page.getByText("3 × Litchi blossom honey (500 g)")).toBeVisible();
    await page.getByRole("button", { name: /^Pay €[\d.,]+$/ }).click();

    await expect(page).toHaveURL(/\/orders\/[\w-]+\?sig=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Order RW-\d{6}$/);
    await expect(page.getByRole("status")).toHaveText(/^Thank you! Your order is confirmed\./);
    await expect(page.getByText("3 × Litchi blossom honey (500 g)")).toBeVisible();
    await expect(cartLink(page)).toHaveText("Cart (0)");
  });
});

test("a variant chosen before the page's JavaScript has loaded stays chosen once it has", async ({ page }) => {
  // Hold the scripts back, as a slow connection would, while the buyer chooses.
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/assets/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/products/multiflora-honey", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Multiflora hill honey");
  const choice = variantOption(page, "1 kg");
  const price = /^- radio "1 kg (\S+) /.exec(await choice.ariaSnapshot())![1];
  await choice.check();

  releaseScripts();
  // With JavaScript running, the price shown follows the choice.
  await expect(page.getByText(`Price ${price}`, { exact: true })).toBeVisible();
  await expect(choice).toBeChecked();
  await addToCart(page, { option: "1 kg" });
  await expect(page.getByRole("list", { name: "Your cart" }).getByRole("listitem")).toContainText("Multiflora hill honey (1 kg)");
});
