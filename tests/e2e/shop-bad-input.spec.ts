import { expect, failedLoad, test } from "./fixtures";
import { addToCart, buyerInBerlin, cartLink, expectCartSavesByItself, fillCheckout, openProduct, unitsLeft, variantOption } from "./shop-steps";

const POSTAL_CODE_WRONG = "This postal code does not look right for the chosen country.";

test.describe("an unknown product", () => {
  test.use({ allowedConsoleErrors: failedLoad(404) });

  test("is the 404 page", async ({ page }) => {
    const response = await page.goto("/products/no-such-honey");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found · Reweave");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  });
});

test.describe("a quantity above the stock", () => {
  // The refusal is answered with status 400, which the browser reports in the console.
  test.use({ allowedConsoleErrors: failedLoad(400) });

  test("in the cart says how many are left, on the quantity field", async ({ page }) => {
    await openProduct(page, "cotton-table-runner", "Cotton table runner");
    const left = await unitsLeft(variantOption(page, "Maroon"));
    await addToCart(page, { option: "Maroon", quantity: 1 });
    await expectCartSavesByItself(page);

    const quantity = page.getByRole("spinbutton", { name: "Quantity of Cotton table runner" });
    await quantity.fill(String(left + 1));
    await expect(quantity).toHaveAttribute("aria-invalid", "true");
    await expect(quantity).toHaveAccessibleDescription(`Only ${left} left.`);
    await expect(cartLink(page)).toHaveText("Cart (1)");

    await page.reload();
    await expect(quantity).toHaveValue("1");
    await expect(page.getByRole("link", { name: "Go to checkout" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("on the product page says how many are left and adds nothing", async ({ page }) => {
      await openProduct(page, "ginger-honey", "Honey with wild ginger");
      const left = await unitsLeft(variantOption(page, "500 g"));
      await variantOption(page, "500 g").check();
      await page.getByLabel("Quantity").fill(String(left + 1));
      await page.getByRole("button", { name: "Add to cart" }).click();

      await expect(page).toHaveURL("/cart");
      await expect(page.getByRole("alert")).toHaveText(`Only ${left} left.`);
      await expect(page.getByText("Your cart is empty.")).toBeVisible();
      await expect(cartLink(page)).toHaveText("Cart (0)");
    });
  });
});

test.describe("invalid contact details and addresses at checkout", () => {
  test("are marked on their fields and can be put right", async ({ page }) => {
    await openProduct(page, "wooden-spoon-set", "Set of wooden spoons");
    await addToCart(page);
    // With JavaScript running, the checkout page opens within the app and checks the form in the browser.
    await expectCartSavesByItself(page);
    await page.getByRole("link", { name: "Go to checkout" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Checkout");

    const buyer = buyerInBerlin("bad-address");
    await fillCheckout(page, { ...buyer, email: "anna.becker@", line1: "", postalCode: "1011" });
    await page.getByRole("button", { name: "Continue to payment" }).click();

    const email = page.getByLabel("Email", { exact: true });
    const shipping = page.getByRole("group", { name: "Shipping address" });
    const line1 = shipping.getByLabel("Address", { exact: true });
    const postalCode = shipping.getByLabel("Postal code");
    for (const field of [email, line1, postalCode]) await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Enter an email address such as name@example\.org\.$/);
    await expect(line1).toHaveAccessibleDescription("This field is required.");
    await expect(postalCode).toHaveAccessibleDescription(`For example 10115 ${POSTAL_CODE_WRONG}`);
    await expect(shipping.getByLabel("Town or city")).not.toHaveAttribute("aria-invalid");
    await expect(page).toHaveURL("/checkout");

    await email.fill(buyer.email);
    await line1.fill(buyer.line1);
    await postalCode.fill(buyer.postalCode);
    for (const field of [email, line1, postalCode]) await expect(field).not.toHaveAttribute("aria-invalid");
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Test payment");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false, allowedConsoleErrors: failedLoad(400) });

    test("the server marks them on their fields", async ({ page }) => {
      await openProduct(page, "beeswax-candles", "Beeswax candles");
      await addToCart(page);
      await page.getByRole("link", { name: "Go to checkout" }).click();

      await fillCheckout(page, { ...buyerInBerlin("bad-address-no-javascript"), city: " ", postalCode: "BERLIN" });
      await page.getByRole("button", { name: "Continue to payment" }).click();

      await expect(page).toHaveURL("/checkout");
      const shipping = page.getByRole("group", { name: "Shipping address" });
      await expect(shipping.getByLabel("Town or city")).toHaveAttribute("aria-invalid", "true");
      await expect(shipping.getByLabel("Town or city")).toHaveAccessibleDescription("This field is required.");
      await expect(shipping.getByLabel("Postal code")).toHaveAttribute("aria-invalid", "true");
      await expect(shipping.getByLabel("Postal code")).toHaveAccessibleDescription(`For example 10115 ${POSTAL_CODE_WRONG}`);
      await expect(shipping.getByLabel("Postal code")).toHaveValue("BERLIN");
      await expect(shipping.getByLabel("Address", { exact: true })).not.toHaveAttribute("aria-invalid");
      await expect(page.getByLabel("Email", { exact: true })).toHaveValue("bad-address-no-javascript@buyers.example.org");
    });
  });
});
