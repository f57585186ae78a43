import { expect, failedLoad, login, test } from "./fixtures";

test.describe("the 403 page", () => {
  test.use({ allowedConsoleErrors: failedLoad(403) });

  test("a caseworker opening the admin area gets the 403 page", async ({ page }) => {
    await login(page, "caseworker@demo.reweave.org");
    await expect(page).toHaveURL("/care");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expect(page).toHaveTitle("You do not have access to this page · Reweave");
    await expect(page.getByText("Error 403")).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  });
});

test.describe("the 404 page", () => {
  test.use({ allowedConsoleErrors: failedLoad(404) });

  test("an unknown address gets the 404 page", async ({ page }) => {
    const response = await page.goto("/no-such-page/anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found · Reweave");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  });
});

test("an anonymous visitor is sent to sign in and brought back", async ({ page }) => {
  await page.goto("/studio");
  await expect(page).toHaveURL("/login?redirectTo=%2Fstudio");
  await login(page, "artisan@demo.reweave.org");
  await expect(page).toHaveURL("/studio");
  await expect(page).toHaveTitle("आपका स्टूडियो · Reweave");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("नमस्ते, Daphi");
});
