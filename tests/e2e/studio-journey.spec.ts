import type { Page } from "@playwright/test";
import { jpegPhoto } from "../fixtures/images";
import { expect, login, test } from "./fixtures";
import { newestEmailTo, type OutboxEmail } from "./outbox";
import { extraSeededUser } from "./seeded-people";
import { addToCart, cartLink, fillCheckout, type Buyer } from "./shop-steps";

/**
 * The studio from end to end, on a phone: an artisan puts a piece on sale with a photo, her coordinator
 * approves it, a buyer in India buys it, the artisan sends it, the buyer follows the parcel, the sale shows
 * in the artisan's earnings, and a payout is recorded against them. Three people, three browsers.
 */

test.use({ viewport: { width: 390, height: 844 } });

const COORDINATOR = "coordinator@demo.reweave.org";
/** The seed's fee rule: 10 % for the cooperative, 5 % for the platform, the rest for the maker. */
const MAKER_SHARE_PERCENT = 85;

/** "₹1,23,456.78" (Indian digit grouping) or "-₹12.00" as paise. */
function paise(text: string | null): number {
  const match = /^([-−])?₹([\d,]+)\.(\d{2})$/.exec((text ?? "").trim());
  if (!match) throw new Error(`not an amount in rupees: ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replaceAll(",", "")) * 100 + Number(match[3]));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Paise as the English pages write them: ₹1,23,456.78. */
const rupees = (amount: number) => new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" }).format(amount / 100);

/** One of the figures at the top of the earnings page ("Available", "Waiting"), in paise. */
async function earningsFigure(page: Page, name: "Available" | "Waiting"): Promise<number> {
  const term = page.getByRole("region", { name: "At a glance" }).getByRole("term").filter({ hasText: new RegExp(`^${name}$`) });
  const amount = term.locator("xpath=following-sibling::dd[1]");
  await expect(amount).toHaveText(/^[-−]?₹[\d,]+\.\d{2}$/);
  return paise(await amount.textContent());
}

/** The artisan's earnings page, read afresh. */
async function openEarnings(page: Page) {
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Earnings" }).click();
  await expect(page).toHaveURL("/studio/earnings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Earnings");
}

test("an artisan's piece goes from her phone to a buyer, and its money to her", async ({ page: artisan, newVisitor }) => {
  test.slow();
  const maker = extraSeededUser("artisan", "en");
  // Unique per run, so that reruns against the same database never find an earlier run's piece.
  const runId = Date.now().toString(36);
  const piece = {
    title: `Golden muga stole ${runId}`,
    option: "Natural gold",
    price: 1_480_00,
    weightGrams: 220,
    trackingNumber: `EM${runId.toUpperCase()}IN`,
    carrier: "India Post",
  };
  const buyer: Buyer = {
    email: `studio-${runId}@buyers.example.org`,
    name: "Ibadahun Lyngdoh",
    line1: "Laitumkhrah Main Road 14",
    city: "Shillong",
    postalCode: "793001",
    country: "India",
  };
  const payout = { amount: 101_50, reference: `UPI ${runId}` };
  const coordinator = await newVisitor();
  const shopper = await newVisitor();
  let pendingBefore = 0;
  let makerName = "";
  let organisationName = "";
  let orderNumber = "";

  await test.step("the artisan signs in on her phone and notes what she has earned so far", async () => {
    await login(artisan, maker.email);
    await expect(artisan).toHaveURL("/studio");
    await expect(artisan.getByRole("heading", { level: 1 })).toHaveText(`Namaste, ${maker.name.split(" ")[0]}`);
    await openEarnings(artisan);
    pendingBefore = await earningsFigure(artisan, "Waiting");
  });

  await test.step("the artisan adds a piece with a photo, watching it upload, and sends it to be checked", async () => {
    await artisan.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Home" }).click();
    await artisan.getByRole("link", { name: "Add a new product" }).click();
    await expect(artisan).toHaveURL("/studio/listings/new");
    await expect(artisan.getByRole("heading", { level: 1 })).toHaveText("Add a new product");

    await artisan.getByLabel("Name in English").fill(piece.title);
    await artisan.getByLabel("Kind of product").selectOption({ label: "Handloom" });
    await artisan.getByLabel("Description in English").fill("A stole of golden muga silk, woven on a hand loom in Sualkuchi.");
    await artisan.getByLabel("Materials in English").fill("Muga silk");
    // Filled in from her maker profile.
    await expect(artisan.getByLabel("Where it is made")).toHaveValue(/\S/);
    await artisan.getByLabel("Size or colour in English").fill(piece.option);
    await artisan.getByLabel("Price in rupees (₹)").fill(String(piece.price / 100));
    await artisan.getByLabel("How many you have").fill("3");
    await artisan.getByLabel("Weight in grams, packed").fill(String(piece.weightGrams));

    // A slow connection (8 kB/s up), as in the hills: on the test's loopback the upload would be over in a
    // tenth of a second, before anyone (or any assertion) could see the progress bar.
    const network = await artisan.context().newCDPSession(artisan);
    await network.send("Network.enable");
    await network.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: -1, uploadThroughput: 8 * 1024 });
    await artisan.getByLabel("Add photos").setInputFiles({ name: "stole.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(1600, 1200) });
    const progress = artisan.getByRole("progressbar", { name: /^Uploading: \d+%$/ });
    await expect(progress).toBeVisible();
    await expect(artisan.getByRole("status").filter({ hasText: "Please wait until the photos have finished uploading." })).toBeVisible();
    await expect(artisan.getByRole("button", { name: "Save product" })).toBeDisabled();
    // The bar moves with the bytes sent, and stays short of 100 % until the server has answered.
    await expect(progress).toHaveAccessibleName(/^Uploading: [1-9]\d?%$/);
    await expect(progress).toHaveCount(0, { timeout: 30_000 });
    await network.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await network.detach();

    await expect(artisan.getByText("Photo 1 of 1")).toBeVisible();
    await expect(artisan.getByRole("alert")).toHaveCount(0);
    await artisan.getByLabel("What the photo shows, in English").fill("A golden silk stole folded on a wooden table");
    await artisan.getByRole("button", { name: "Save product" }).click();
    await expect(artisan).toHaveURL(/\/studio\/listings\/[\w-]+\?done=created$/);
    await expect(artisan.getByRole("heading", { level: 1 })).toHaveText(piece.title);
    await expect(artisan.getByText("Your product is saved.", { exact: false })).toBeVisible();
    // Whose work it is, as the studio says it: the coordinator, the shop and the payouts name her so.
    const byline = artisan.getByText(/^Made by .+, .+$/);
    await expect(byline).toBeVisible();
    const made = /^Made by (?<maker>.+?), (?<organisation>.+)$/.exec((await byline.textContent()) ?? "")!.groups!;
    makerName = made.maker!;
    organisationName = made.organisation!;
    await expect(artisan.getByText("Photo 1 of 1")).toBeVisible();
    await expect(artisan.getByLabel("What the photo shows, in English")).toHaveValue("A golden silk stole folded on a wooden table");

    await artisan.getByRole("button", { name: "Send to be checked" }).click();
    await expect(artisan).toHaveURL(/\/studio\/listings\/[\w-]+\?done=sent$/);
    await expect(artisan.getByText("Sent. Your coordinator will check it.")).toBeVisible();
    await expect(artisan.getByRole("heading", { name: "Where it is now: Being checked" })).toBeVisible();
  });

  await test.step("the coordinator approves it", async () => {
    await login(coordinator, COORDINATOR);
    await coordinator.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Studio" }).click();
    await coordinator.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Review" }).click();
    await expect(coordinator).toHaveURL("/studio/review");
    await coordinator.getByRole("link", { name: piece.title }).click();
    await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(piece.title);
    await expect(coordinator.getByText(`By ${makerName}, ${organisationName}`)).toBeVisible();
    await expect(coordinator.getByText("Description: A golden silk stole folded on a wooden table")).toBeVisible();
    await expect(coordinator.getByText(`${rupees(piece.price)} · 3 in stock · ${piece.weightGrams} g`)).toBeVisible();
    await coordinator.getByRole("button", { name: "Approve: put it in the shop" }).click();
    await expect(coordinator).toHaveURL("/studio/review?done=approved");
    await expect(coordinator.getByText("Approved. The product is in the shop.")).toBeVisible();
    await expect(coordinator.getByRole("link", { name: piece.title })).toHaveCount(0);
  });

  await test.step("a buyer finds it in the shop and pays for it in rupees, to Shillong", async () => {
    await shopper.goto("/");
    await shopper.getByRole("search").getByLabel("Search the shop").fill(`muga ${runId}`);
    await shopper.getByRole("button", { name: "Search" }).click();
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(`Results for “muga ${runId}”`);
    await shopper.getByRole("link", { name: piece.title, exact: true }).click();
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(piece.title);
    await expect(shopper.getByRole("img", { name: "A golden silk stole folded on a wooden table" }).first()).toBeVisible();
    await expect(shopper.getByText(`Meet ${makerName}, who made it`)).toBeVisible();
    await addToCart(shopper, { quantity: 1 });
    await expect(cartLink(shopper)).toHaveText("Cart (1)");

    await shopper.getByLabel("Currency").selectOption("INR");
    await expect(shopper.getByText(/^Prices in INR\./)).toBeVisible();
    const cart = shopper.getByRole("list", { name: "Your cart" });
    await expect(cart.getByRole("listitem")).toContainText(`${piece.title} (${piece.option})`);
    await expect(cart.getByText(`${rupees(piece.price)} each`)).toBeVisible();
    await shopper.getByLabel("Ship to").selectOption({ label: "India" });
    await expect(shopper.getByRole("status")).toHaveText("Shipping is now priced for the country you chose.");
    await shopper.getByRole("link", { name: "Go to checkout" }).click();
    await expect(shopper).toHaveURL("/checkout");
    await expect(shopper.getByText("Shipping is priced for India.", { exact: false })).toBeVisible();
    await fillCheckout(shopper, buyer);
    await shopper.getByRole("button", { name: "Continue to payment" }).click();

    await expect(shopper).toHaveURL(/\/pay\/[\w-]+\?sig=/);
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText("Test payment");
    await expect(shopper.getByRole("heading", { level: 2 })).toHaveText(/^Order RW-\d{6}$/);
    orderNumber = (await shopper.getByRole("heading", { level: 2 }).textContent())!.replace("Order ", "");
    await shopper.getByRole("button", { name: /^Pay ₹[\d,]+\.\d{2}$/ }).click();
    await expect(shopper).toHaveURL(/\/orders\/[\w-]+\?sig=/);
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
    await expect(shopper.getByRole("status")).toHaveText(/^Thank you! Your order is confirmed\./);
  });

  await test.step("the artisan sees the order and marks it sent with a tracking number", async () => {
    await artisan.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Orders" }).click();
    await expect(artisan).toHaveURL("/studio/orders");
    const line = artisan.getByRole("article", { name: `1 × ${piece.title} (${piece.option})` });
    await expect(line).toContainText(orderNumber);
    await expect(line).toContainText(buyer.name);
    await expect(line).toContainText(buyer.postalCode);
    await line.getByRole("link", { name: "Open and send" }).click();
    await expect(artisan.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);

    const ship = artisan.getByRole("region", { name: "Mark as sent" });
    await expect(ship.getByRole("checkbox", { name: `1 × ${piece.title} (${piece.option})` })).toBeChecked();
    await ship.getByLabel("Courier").fill(piece.carrier);
    await ship.getByLabel("Tracking number").fill(piece.trackingNumber);
    await ship.getByRole("button", { name: "Mark as sent" }).click();
    await expect(artisan).toHaveURL(/\/studio\/orders\/[\w-]+\?saved=shipped$/);
    await expect(artisan.getByText("Marked as sent. The buyer gets an email with the tracking number.")).toBeVisible();
    const parcels = artisan.getByRole("region", { name: "Parcels" });
    await expect(parcels).toContainText(piece.carrier);
    await expect(parcels).toContainText(piece.trackingNumber);
    await expect(artisan.getByRole("region", { name: "Mark as sent" })).toHaveCount(0);
  });

  await test.step("the buyer follows the emailed link and sees the carrier and the tracking number", async () => {
    let email: OutboxEmail | undefined;
    await expect.poll(async () => (email = await newestEmailTo(buyer.email))?.subject).toBe(`Your Reweave order ${orderNumber} is on its way`);
    expect(email!.text).toContain(`Carrier: ${piece.carrier}`);
    expect(email!.text).toContain(`Tracking number: ${piece.trackingNumber}`);
    const link = email!.text.match(/https?:\/\/\S+\/track\/[\w-]+\?sig=\S+/)?.[0];
    expect(link, "the email links to the order's tracking page").toBeTruthy();

    await shopper.goto(link!);
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(`Order ${orderNumber}`);
    await expect(shopper.getByText("Shipped", { exact: true })).toBeVisible();
    await expect(shopper.getByText("Shillong, India")).toBeVisible();
    await expect(shopper.getByRole("definition").filter({ hasText: new RegExp(`^${escapeRegExp(piece.carrier)}$`) })).toBeVisible();
    await expect(shopper.getByRole("definition").filter({ hasText: new RegExp(`^${escapeRegExp(piece.trackingNumber)}$`) })).toBeVisible();
    await expect(shopper.getByText(/^Sent on /)).toBeVisible();
  });

  await test.step(`the artisan's pending earnings rose by her ${MAKER_SHARE_PERCENT} % of the price`, async () => {
    await openEarnings(artisan);
    const share = (piece.price * MAKER_SHARE_PERCENT) / 100;
    expect(Number.isInteger(share), "the price gives a share in whole paise").toBe(true);
    expect(await earningsFigure(artisan, "Waiting")).toBe(pendingBefore + share);
  });

  await test.step("the coordinator records a payout, and the artisan's available balance drops by it", async () => {
    const availableBefore = await earningsFigure(artisan, "Available");
    expect(availableBefore, "the maker has enough available for the payout").toBeGreaterThanOrEqual(payout.amount);

    await coordinator.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Payouts" }).click();
    await expect(coordinator).toHaveURL("/studio/payouts");
    await coordinator.getByRole("link", { name: `Pay: ${makerName}` }).click();
    const form = coordinator.getByRole("region", { name: "Record a payout" });
    await expect(form.getByLabel("Maker")).toHaveValue(/^[\w-]{36}$/);
    await expect(form.getByLabel("Maker").locator("option:checked")).toHaveText(`${makerName}: ${rupees(availableBefore)} available`);
    await form.getByLabel("Amount in rupees").fill((payout.amount / 100).toFixed(2));
    await form.getByLabel("Paid by").selectOption({ label: "UPI" });
    await form.getByLabel("Reference").fill(payout.reference);
    await form.getByRole("button", { name: "Record payout" }).click();
    await expect(coordinator).toHaveURL(/\/studio\/payouts\/[\w-]+\?recorded=1$/);
    await expect(coordinator.getByText("The payout is recorded. Here is its receipt.")).toBeVisible();
    const receipt = coordinator.getByRole("article", { name: "Payment receipt" });
    for (const value of [makerName, rupees(payout.amount), "UPI", payout.reference]) await expect(receipt.getByRole("definition").filter({ hasText: new RegExp(`^${escapeRegExp(value)}$`) })).toBeVisible();

    await artisan.reload();
    expect(await earningsFigure(artisan, "Available")).toBe(availableBefore - payout.amount);
    await expect(artisan.getByRole("link", { name: new RegExp(`^${escapeRegExp(rupees(payout.amount))} .* UPI See receipt$`) })).toBeVisible();
  });
});
