import { expect, expectNoAccessibilityViolations, test } from "./fixtures";
import { expectCartSavesByItself } from "./shop-steps";

/** The shop in each language, as a browser that asks for that language sees it; what a buyer presses and reads on the way. */
const LANGUAGES = [
  { language: "en", locale: "en-GB", buttons: { addToCart: "Add to cart", checkout: "Go to checkout", pay: "Continue to payment", update: "Update" }, emailLabel: "Email" },
  { language: "hi", locale: "hi-IN", buttons: { addToCart: "कार्ट में डालें", checkout: "चेकआउट पर जाएँ", pay: "भुगतान पर आगे बढ़ें", update: "बदलें" }, emailLabel: "ईमेल" },
] as const;

for (const { language, locale, buttons, emailLabel } of LANGUAGES) {
  test.describe(`the shop in ${language}`, () => {
    test.use({ locale, extraHTTPHeaders: { "Accept-Language": `${locale},${language};q=0.9` } });

    test("home, a search, a category, a product and the empty cart have no WCAG 2.1 AA violations", async ({ page }) => {
      // Five full axe analyses in one test.
      test.slow();
      for (const path of ["/", "/products?q=honey", "/categories/handloom", "/products/forest-honey", "/cart"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAccessibilityViolations(page);
      }
    });

    test("the cart and the checkout, also with errors, have no WCAG 2.1 AA violations", async ({ page }) => {
      await page.goto("/products/forest-honey");
      await page.getByRole("button", { name: buttons.addToCart }).click();
      await expect(page).toHaveURL("/cart?saved=added");
      await expect(page.getByRole("status")).toBeVisible();
      await expectNoAccessibilityViolations(page);
      // With JavaScript running, the checkout page opens within the app and checks the form in the browser.
      await expectCartSavesByItself(page, buttons.update);

      await page.getByRole("link", { name: buttons.checkout }).click();
      await expect(page).toHaveURL("/checkout");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);

      await page.getByRole("button", { name: buttons.pay }).click();
      // Nothing was filled in: the empty email field (the first) is marked.
      await expect(page.getByLabel(emailLabel, { exact: true })).toHaveAttribute("aria-invalid", "true");
      await expectNoAccessibilityViolations(page);
    });
  });
}
