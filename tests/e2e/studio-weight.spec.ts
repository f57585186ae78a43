import { expect, login, test } from "./fixtures";

/**
 * The studio home must stay light for artisans on cheap phones and slow connections: under 150 kB
 * transferred on a first load (empty cache), counting the document, scripts, styles, translations
 * and icons as they cross the network (compressed).
 */
const BUDGET_BYTES = 150 * 1024;

test.use({ viewport: { width: 390, height: 844 } });

test("the studio home's first load stays under 150 kB", async ({ page, context }, testInfo) => {
  await login(page, "artisan@demo.reweave.org");
  await expect(page).toHaveURL("/studio");

  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(fresh);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const sizes = new Map<string, { url: string; bytes: number }>();
  cdp.on("Network.responseReceived", (event) => sizes.set(event.requestId, { url: event.response.url, bytes: 0 }));
  cdp.on("Network.loadingFinished", (event) => {
    const entry = sizes.get(event.requestId);
    if (entry) entry.bytes = event.encodedDataLength;
  });
  await fresh.goto("/studio");
  await expect(fresh.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(fresh.getByRole("heading", { level: 1 })).toBeVisible();
  await fresh.waitForLoadState("networkidle");

  const total = [...sizes.values()].reduce((sum, entry) => sum + entry.bytes, 0);
  const largest = [...sizes.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 8);
  testInfo.annotations.push({ type: "studio home first load", description: `${(total / 1024).toFixed(1)} kB in ${sizes.size} responses` });
  console.log(`studio home first load: ${(total / 1024).toFixed(1)} kB in ${sizes.size} responses; largest: ${largest.map((entry) => `${new URL(entry.url).pathname} ${(entry.bytes / 1024).toFixed(1)} kB`).join(", ")}`);
  expect(total).toBeLessThan(BUDGET_BYTES);
  await fresh.close();
});
