import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContextOptions, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "~/lib/demo-accounts";

export { expect };

interface Fixtures {
  /**
   * Console errors a test expects, e.g. the browser's "Failed to load resource" on a 404 page; anything
   * else fails it. One pattern (not a list: `test.use` would read an array as [value, options]).
   */
  allowedConsoleErrors: RegExp | null;
  /** A second visitor: a page in a browser context of its own (own cookies, own cart), checked like `page`. */
  otherPage: Page;
  /**
   * Opens one more visitor: a page in a browser context of its own, with the test's options (viewport,
   * locale, JavaScript…), checked like `page`. For tests with three or more people at once.
   */
  newVisitor: () => Promise<Page>;
}

/** Collects the console errors and uncaught errors of a page that `allowed` does not match. */
function watchForErrors(page: Page, allowed: RegExp | null): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (allowed?.test(text)) return;
    problems.push(`console.error at ${page.url()}: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught error at ${page.url()}: ${error.stack ?? error.message}`));
  return problems;
}

/** Every test fails when the page logs an unexpected console.error or throws an uncaught error. */
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [null, { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems = watchForErrors(page, allowedConsoleErrors);
    await use(page);
    expect(problems, "the page logged errors").toEqual([]);
  },
  newVisitor: async ({ browser, baseURL, locale, javaScriptEnabled, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, allowedConsoleErrors }, use) => {
    const options: BrowserContextOptions = { baseURL, locale, javaScriptEnabled, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
    const visitors: { close: () => Promise<void>; problems: string[] }[] = [];
    await use(async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      visitors.push({ close: () => context.close(), problems: watchForErrors(page, allowedConsoleErrors) });
      return page;
    });
    for (const visitor of visitors) await visitor.close();
    expect(visitors.flatMap((visitor) => visitor.problems), "another visitor's page logged errors").toEqual([]);
  },
  otherPage: async ({ newVisitor }, use) => {
    await use(await newVisitor());
  },
});

/** What the browser logs for a response with one of these error statuses; tests of error pages expect it. */
export const failedLoad = (...statuses: number[]) =>
  new RegExp(`^Failed to load resource: the server responded with a status of (${statuses.join("|")})\\b`);

/** Signs in through the real form and waits until the browser has left the sign-in page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!/\/login(\?|$)/.test(page.url())) await page.goto("/login");
  // Typing before the page is interactive races React's hydration; a person sees the same page either way.
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Fails with a readable list when axe finds WCAG 2.1 A/AA violations on the current page. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}
