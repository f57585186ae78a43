import { expect, login, test } from "./fixtures";
import { extraSeededUser } from "./seeded-people";

test("switching to Hindi and back with the header's language buttons", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Honey, handloom and crafts from Northeast India");

  await page.getByRole("form", { name: "Language" }).getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("पूर्वोत्तर भारत से शहद, हथकरघा और शिल्प");
  const hindiNav = page.getByRole("navigation", { name: "मुख्य" });
  await expect(hindiNav.getByRole("link", { name: "दुकान" })).toBeVisible();
  await expect(page.getByRole("link", { name: "साइन इन करें" })).toBeVisible();
  await expect(page.getByRole("button", { name: "हिन्दी" })).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("पूर्वोत्तर भारत से शहद, हथकरघा और शिल्प");

  await page.getByRole("form", { name: "भाषा" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Honey, handloom and crafts from Northeast India");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shop" })).toBeVisible();
});

test("the language choice keeps the page the visitor was on", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page).toHaveURL("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("साइन इन करें");
  await expect(page.getByLabel("ईमेल पता")).toBeVisible();
});

test.describe("a browser that asks for Hindi", () => {
  test.use({ locale: "hi-IN", extraHTTPHeaders: { "Accept-Language": "hi-IN,hi;q=0.9" } });

  test("sees Hindi on its first visit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("पूर्वोत्तर भारत से शहद, हथकरघा और शिल्प");
    await expect(page.getByRole("link", { name: "मुख्य सामग्री पर जाएँ" })).toBeAttached();
  });
});

test("a signed-in user's preferred language follows them and can be changed in settings", async ({ page }) => {
  // Not a demo account: no other test signs in as this caseworker, who prefers Hindi.
  const user = await extraSeededUser("caseworker", "hi");
  await login(page, user.email);
  await expect(page).toHaveURL("/care");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("देखभाल");

  await page.getByRole("link", { name: `${user.name} — सेटिंग्स` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("आपकी प्रोफ़ाइल");
  await page.getByLabel("पसंदीदा भाषा").selectOption("en");
  await page.getByRole("button", { name: "सहेजें" }).click();
  await expect(page).toHaveURL("/settings?saved=1");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await expect(page.getByRole("status")).toHaveText("Your changes have been saved.");

  await page.getByRole("link", { name: "Care" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Care");
});
