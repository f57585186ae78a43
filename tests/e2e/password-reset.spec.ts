import { expect, login, test } from "./fixtures";
import { newestEmailTo } from "./outbox";
import { extraSeededUser } from "./seeded-people";

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
