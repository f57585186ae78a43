import { expect, expectNoAccessibilityViolations, failedLoad, login, test } from "./fixtures";

test.describe("pages open to everyone", () => {
  for (const path of ["/", "/login", "/forgot-password"]) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });
  }
});

test.describe("signed-in pages", () => {
  const PAGES = [
    { email: "admin@demo.reweave.org", paths: ["/admin", "/settings", "/settings/password", "/settings/two-factor"] },
    { email: "coordinator@demo.reweave.org", paths: ["/care", "/studio"] },
    { email: "artisan@demo.reweave.org", paths: ["/studio", "/settings"] },
    { email: "caseworker@demo.reweave.org", paths: ["/care", "/care/cases", "/care/beneficiaries"] },
    { email: "caseworker@demo.reweave.org", paths: ["/care/beneficiaries/new", "/care/referrals"] },
    { email: "caseworker@demo.reweave.org", paths: ["/care/directory", "/care/notifications"] },
    { email: "supervisor@demo.reweave.org", paths: ["/care/settings/checklists", "/care/directory/new"] },
    { email: "supervisor@demo.reweave.org", paths: ["/care/exports", "/care/outcomes", "/care"] },
  ];
  for (const { email, paths } of PAGES) {
    test(`${email}: ${paths.join(", ")} have no WCAG 2.1 AA violations`, async ({ page }) => {
      // Several full axe analyses in one test.
      test.slow();
      await login(page, email);
      for (const path of paths) {
        await page.goto(path);
        await expect(page).toHaveURL(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAccessibilityViolations(page);
      }
    });
  }
});

test("a case page, a person's record and a referral have no WCAG 2.1 AA violations", async ({ page }) => {
  test.slow();
  await login(page, "caseworker@demo.reweave.org");
  await page.goto("/care/cases?view=mine&stage=rehabilitation");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Case / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /^Open the record of / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Person / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/care/referrals");
  await page.getByRole("table").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Referral of case / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("a reintegration plan, its claims and a person's assessments have no WCAG 2.1 AA violations", async ({ page }) => {
  test.slow();
  await login(page, "caseworker@demo.reweave.org");
  await page.goto("/care/cases?view=mine&stage=reintegration");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Case / })).toBeVisible();
  await page.getByRole("link", { name: "Plan, milestones and income" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Reintegration plan of / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goBack();
  await page.getByRole("link", { name: "Compensation claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Compensation claims of case / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goBack();
  await page.getByRole("link", { name: /^Open the record of / }).click();
  await page.getByRole("link", { name: "Sustainability assessments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Sustainability assessments: / })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test.describe("the 404 page", () => {
  test.use({ allowedConsoleErrors: failedLoad(404) });

  test("the 404 page has no WCAG 2.1 AA violations", async ({ page }) => {
    await page.goto("/nowhere");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("the 403 page", () => {
  test.use({ allowedConsoleErrors: failedLoad(403) });

  test("the 403 page has no WCAG 2.1 AA violations", async ({ page }) => {
    await login(page, "supervisor@demo.reweave.org");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expectNoAccessibilityViolations(page);
  });
});
