import { expect, failedLoad, test } from "./fixtures";
import { addToCart, buyerInBerlin, cartLink, expectCartSavesByItself, fillCheckout, openProduct, unitsLeft, variantOption } from "./shop-steps";

// The second buyer's refused change of quantity is answered with status 400, which the browser reports in the console.
test.use({ allowedConsoleErrors: failedLoad(400) });

test("a declined payment puts the held stock back on sale", async ({ page, otherPage }) => {
  const product = { slug: "cinnamon-honey", title: "Honey with cinnamon bark", option: "250 g" };

  // A variant in short supply: the first buyer takes all that is left.
  await openProduct(page, product.slug, product.title);
  const left = await unitsLeft(variantOption(page, product.option));
  expect(left, "the test needs a variant with at least two left").toBeGreaterThanOrEqual(2);

  // A second buyer, in another browser, has one in her cart already.
  await openProduct(otherPage, product.slug, product.title);
  await addToCart(otherPage, { option: product.option, quantity: 1 });
  const otherQuantity = otherPage.getByRole("spinbutton", { name: `Quantity of ${product.title}` });
  await expect(otherQuantity).toHaveValue("1");
  await expectCartSavesByItself(otherPage);

  await addToCart(page, { option: product.option, quantity: left });
  await expect(cartLink(page)).toHaveText(`Cart (${left})`);
  await expectCartSavesByItself(page);
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await fillCheckout(page, buyerInBerlin("declined"));
  await page.getByRole("button", { name: "Continue to payment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test payment");

  // While the first checkout holds the stock, the second buyer cannot have them.
  await otherQuantity.fill(String(left));
  await expect(otherQuantity).toHaveAttribute("aria-invalid", "true");
  await expect(otherQuantity).toHaveAccessibleDescription("Sorry, this item is sold out.");
  await otherPage.reload();
  await expect(otherPage.getByText("Sold out: remove it to continue.")).toBeVisible();
  await expect(otherPage.getByRole("button", { name: "Go to checkout" })).toBeDisabled();

  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page).toHaveURL("/cart?declined=1");
  await expect(page.getByRole("status")).toHaveText("Your payment did not go through and nothing was charged. Your cart is as you left it.");
  await expect(cartLink(page)).toHaveText(`Cart (${left})`);

  // The stock is back: the same quantity is now accepted.
  await otherPage.reload();
  await expect(otherPage.getByText("Sold out: remove it to continue.")).toHaveCount(0);
  await expectCartSavesByItself(otherPage);
  await otherQuantity.fill(String(left));
  await expect(cartLink(otherPage)).toHaveText(`Cart (${left})`);
  await expect(otherQuantity).not.toHaveAttribute("aria-invalid");
  await expect(otherPage.getByRole("link", { name: "Go to checkout" })).toBeVisible();
});
