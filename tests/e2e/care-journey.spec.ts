import { expect, failedLoad, login, test } from "./fixtures";

/**
 * The case system end to end: a caseworker of the Shillong network registers a person with consent,
 * opens a case, moves it to Rescue with the checklist, records a medical service and refers the case to
 * the legal-aid partner in Assam; the partner accepts and sees only what Prosecution and Protection need;
 * the supervisor reads who opened the record.
 */
test("a case from registration to an accepted referral, with the audit trail", async ({ page, newVisitor }) => {
  test.slow();
  const legalName = `Evaline Journeytest ${Date.now() % 1_000_000} (fictional)`;
  const documents = "Voter card copy (fictional)";

  await login(page, "caseworker@demo.reweave.org");
  await page.getByRole("link", { name: "Register a person" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Register a person" })).toBeVisible();
  await page.getByLabel("Legal name (required)").fill(legalName);
  await page.getByLabel("Date of birth").fill("2003-05-20");
  await page.getByLabel("Sex / gender (required)").selectOption({ label: "Female" });
  await page.getByLabel("Languages").fill("Khasi, Hindi");
  await page.getByLabel("District of origin").fill("Ri-Bhoi");
  await page.getByLabel("Identity documents held").fill(documents);
  await page.getByLabel("How consent was given").selectOption({ label: "Written" });
  await page.getByLabel("She consents to case management (required)").check();
  await page.getByLabel("Sharing with partner agencies").check();
  await page.getByRole("button", { name: "Register" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Person [A-Z]{3}-\d{4}-\d{4}$/ });
  await expect(heading).toBeVisible();
  const code = (await heading.textContent())!.replace("Person ", "").trim();
  await expect(page.getByText(legalName)).toBeVisible();
  expect(page.url()).not.toContain("Evaline");

  await page.getByRole("link", { name: "Open a case" }).click();
  await page.getByLabel("District").fill("East Khasi Hills");
  await page.getByLabel("State").fill("Meghalaya");
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case ${code}` })).toBeVisible();
  await expect(page.getByText("The case is open, in the Report stage.")).toBeVisible();

  const checklist = page.getByRole("group", { name: "Tick what is done in this stage" });
  for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  await page.getByLabel("Move to").selectOption({ label: "Next: Rescue" });
  await page.getByRole("button", { name: "Move the case" }).click();
  await expect(page.getByText("The case moved to its new stage.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Rescue" }).and(page.locator("[aria-current]"))).toBeVisible();
  await expect(page.getByText(/Moved from Report to Rescue/)).toBeVisible();

  const service = page.getByRole("region", { name: "Record a service" });
  await service.getByLabel("Service", { exact: true }).selectOption({ label: "Medical care" });
  await service.getByLabel("Notes").fill("Examined at the district hospital; follow-up in two weeks.");
  await service.getByRole("button", { name: "Record the service" }).click();
  await expect(page.getByText("The service is on the timeline.")).toBeVisible();
  await expect(page.getByText("Examined at the district hospital; follow-up in two weeks.")).toBeVisible();

  await page.getByRole("link", { name: "Refer to a partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Refer case ${code}` })).toBeVisible();
  const organisations = page.getByLabel("All organisations");
  const legalAid = await organisations.locator("option", { hasText: "Brahmaputra Legal Aid Centre" }).getAttribute("value");
  await organisations.selectOption(legalAid!);
  await page.getByRole("button", { name: "Choose", exact: true }).click();
  await page.getByLabel("Service asked for").selectOption({ label: "Legal aid" });
  await page.getByLabel("Reason", { exact: true }).fill("She wants to file a complaint and needs a lawyer in Guwahati.");
  await expect(page.getByLabel("Legal name")).toBeChecked();
  await page.getByRole("button", { name: "Send the referral" }).click();
  await expect(page.getByText("The referral was sent. The other organisation has been notified.")).toBeVisible();

  const partner = await newVisitor();
  await login(partner, "partner@demo.reweave.org");
  await partner.goto("/care/referrals");
  await partner.getByRole("link", { name: code }).first().click();
  await expect(partner.getByRole("heading", { level: 1, name: `Referral of case ${code}` })).toBeVisible();
  await partner.getByRole("button", { name: "Accept" }).click();
  await expect(partner.getByText("You accepted the referral.")).toBeVisible();
  await expect(partner.getByText(legalName)).toBeVisible();
  await expect(partner.getByText("Khasi, Hindi")).toBeVisible();
  await expect(partner.getByText(documents)).toHaveCount(0);
  await expect(partner.getByText("Ri-Bhoi")).toHaveCount(0);
  await expect(partner.getByText("Not shared with your organisation").first()).toBeVisible();

  const supervisor = await newVisitor();
  await login(supervisor, "supervisor@demo.reweave.org");
  await supervisor.goto(`/care/beneficiaries/${code}`);
  const trail = supervisor.getByRole("table", { name: "Audit trail" });
  await expect(trail).toBeVisible();
  // The partner saw the person twice: on opening the referral, and on the page after accepting it.
  await expect(trail.getByRole("row").filter({ hasText: "Rupam Partner (demo)" }).filter({ hasText: "Person's record opened" })).toHaveCount(2);
  await expect(trail.getByRole("row").filter({ hasText: "Ibanri Caseworker (demo)" }).filter({ hasText: "Person registered" })).toBeVisible();
});

test.describe("bad input", () => {
  // A refused form answers 400, which the browser reports in its console.
  test.use({ allowedConsoleErrors: failedLoad(400) });

  test("bad input on the care side gets a clear message and changes nothing", async ({ page }) => {
    await login(page, "caseworker@demo.reweave.org");

    await page.goto("/care/beneficiaries/new");
    await page.getByLabel("Legal name (required)").fill("Futura Badinput (fictional)");
    await page.getByLabel("Date of birth").fill("2099-01-01");
    await page.getByLabel("Sex / gender (required)").selectOption({ label: "Female" });
    await page.getByLabel("How consent was given").selectOption({ label: "Written" });
    await page.getByLabel("She consents to case management (required)").check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("The date of birth cannot be in the future.")).toBeVisible();
    await expect(page.getByLabel("Date of birth")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL("/care/beneficiaries/new");

    await page.goto("/care/cases?view=mine&stage=rescue");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Case / })).toBeVisible();
    const timeline = page.getByRole("region", { name: "Timeline" });
    const eventsBefore = await timeline.getByRole("listitem").count();
    await page.getByLabel("Move to").selectOption({ label: "Skip ahead to: Repatriation (reason needed)" });
    await page.getByRole("button", { name: "Move the case" }).click();
    await expect(page.getByText("Skipping a stage needs a reason. Say why the case goes straight to this stage.")).toBeVisible();
    await expect(page.getByRole("listitem").and(page.locator("[aria-current]"))).toContainText("Rescue");
    await expect(timeline.getByRole("listitem")).toHaveCount(eventsBefore);

    await page.getByRole("link", { name: "Refer to a partner" }).click();
    const organisations = page.getByLabel("All organisations");
    const police = await organisations.locator("option", { hasText: "Guwahati Police Anti-Human Trafficking Unit" }).getAttribute("value");
    await organisations.selectOption(police!);
    await page.getByRole("button", { name: "Choose", exact: true }).click();
    await page.getByLabel("Service asked for").selectOption({ label: "Legal aid" });
    await page.getByLabel("Reason", { exact: true }).fill("She needs a lawyer for the hearing next month.");
    await page.getByRole("button", { name: "Send the referral" }).click();
    await expect(page.getByText("Guwahati Police Anti-Human Trafficking Unit does not hold a mandate needed for Legal aid (Prosecution).")).toBeVisible();
    await expect(page).toHaveURL(/\/refer/);
  });
});
