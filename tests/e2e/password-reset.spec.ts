import fs from "node:fs/promises";
import path from "node:path";
import { expect, login, test } from "./fixtures";
import { extraSeededUser } from "./seeded-people";

/** DATA_DIR of the test server (playwright.config.ts): emails are written there when no SMTP server is set. */
const OUTBOX = path.resolve(import.meta.dirname, "../../data/e2e/outbox");

/** The newest email written to the outbox for `to`, or undefined. */
async function newestEmailTo(to: string): Promise<{ to: string; subject: string; text: string } | undefined> {
  const files = (await fs.readdir(OUTBOX).catch(() => [] as string[])).filter((file) => file.endsWith(".json")).sort().reverse();
  for (const file of files) {
    const email = JSON.parse(await fs.readFile(path.join(OUTBOX, file), "utf8")) as { to: string; subject: string; text: string };
    if (email.to === to) return email;
  }
  return undefined;
}

test("a forgotten password is reset through the emailed link", async ({ page }) => {
  // Not a demo account: no other test signs in as this caseworker.
  const user = await extraSeededUser("caseworker", "en");

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL("/forgot-password");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toHaveText("If an account uses that address, we have sent it a link. The link works for 30 minutes.");

  let email: Awaited<ReturnType<typeof newestEmailTo>>;
  await expect.poll(async () => (email = await newestEmailTo(user.email))?.subject).toBe("Reset your Reweave password");
  const link = email!.text.match(/http:\/\/\S+\/reset-password\?token=[\w-]+/)?.[0];
  expect(link, "the email contains a reset link").toBeTruthy();

  const newPassword = "copper kettle harbour lanterns";
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL("/login?passwordReset=1");
  await expect(page.getByRole("status")).toHaveText("Your password has been changed. Sign in with the new one.");

  await login(page, user.email, newPassword);
  await expect(page).toHaveURL("/care");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Care");

  // The link works once.
  await page.goto(link!);
  await expect(page.getByText("This link has expired or has already been used.")).toBeVisible();
});
