import { DEMO_PASSWORD } from "~/lib/demo-accounts";
import { expect, failedLoad, login, test } from "./fixtures";

/** Where each demo account lands after signing in, and the heading it sees there. The artisan prefers Hindi. */
const HOMES = [
  { email: "admin@demo.reweave.org", path: "/admin", heading: "Administration" },
  { email: "coordinator@demo.reweave.org", path: "/admin", heading: "Administration" },
  { email: "supervisor@demo.reweave.org", path: "/care", heading: "Care" },
  { email: "caseworker@demo.reweave.org", path: "/care", heading: "Care" },
  { email: "partner@demo.reweave.org", path: "/care", heading: "Care" },
  // The studio home greets the artisan by name; its title is "आपका स्टूडियो" (Your studio).
  { email: "artisan@demo.reweave.org", path: "/studio", heading: "नमस्ते, Daphi" },
  { email: "auditor@demo.reweave.org", path: "/admin/audit", heading: "Audit log" },
] as const;

test.describe("signing in", () => {
  for (const home of HOMES) {
    test(`${home.email} lands on ${home.path}`, async ({ page }) => {
      await login(page, home.email);
      await expect(page).toHaveURL(home.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
    });
  }
});

test.describe("a wrong password", () => {
  // The refused submission is answered with status 400, which the browser reports in the console.
  test.use({ allowedConsoleErrors: failedLoad(400) });

  test("shows an error and stays on the sign-in page", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill("supervisor@demo.reweave.org");
    await page.getByLabel("Password").fill("not-the-right-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toHaveText("The email address or password is not right.");
    await expect(page).toHaveURL("/login");
  });
});

test("signing out ends the session", async ({ page }) => {
  await login(page, "partner@demo.reweave.org");
  await expect(page).toHaveURL("/care");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login?loggedOut=1");
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/care");
  await expect(page).toHaveURL("/login?redirectTo=%2Fcare");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still signs in", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill("coordinator@demo.reweave.org");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
