import fs from "node:fs";
import { carePeople } from "../../prisma/seed/care-data";
import { demoPeople } from "../../prisma/seed/people";
import { expect, login, test } from "./fixtures";

/**
 * The supervisor downloads her organisation's de-identified CSV (decision 0013): the page follows the
 * stream with a progress indicator, then saves the file. The file has the agreed columns, one row per
 * person the progress announced, and no name or code of anyone in the seed.
 */

const EXPECTED_HEADER = [
  "exportId",
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "originState",
  "originCountry",
  "caseStage",
  "caseStageSince",
  "servicesReceived",
  "referralPartnerTypes",
  "livelihoodTrack",
  "planStartQuarter",
  "targetIncomeBandInr",
  "monthsAtTargetLast6",
  "trainingCompleted",
  "claimStatus",
  "claimedBandInr",
  "awardedBandInr",
  "disbursedBandInr",
  "latestCompositeScore",
];

/** Every name the seed gives a survivor (without its "(fictional)" mark) or a staff member. */
function seededNames() {
  const survivors = carePeople(new Date()).flatMap((person) => (person.identity.legalName ? [person.identity.legalName.replace(/\s*\(fictional\)$/, "")] : []));
  const staff = demoPeople().map((person) => person.name);
  return [...survivors, ...staff];
}

test("a supervisor downloads the de-identified CSV with a progress indicator, and it names no one", async ({ page }) => {
  await login(page, "supervisor@demo.reweave.org");
  await page.goto("/care/exports");
  await expect(page.getByRole("heading", { level: 1, name: "Exports" })).toBeVisible();
  // The progress indicator is the page's script; before hydration the form would post without it.
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  const finished = page.getByRole("status").filter({ hasText: /^Export ready:/ });
  await expect(finished).toHaveText(/^Export ready: [\d,]+ people\. The file has been saved\.$/);
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();

  expect(download.suggestedFilename()).toMatch(/^reweave-deidentified-meg-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split(/\r?\n/).filter((line) => line !== "");
  expect(lines[0]!.split(",")).toEqual(EXPECTED_HEADER);
  const announced = Number((await finished.textContent())!.match(/([\d,]+) people/)![1]!.replace(/,/g, ""));
  expect(announced).toBeGreaterThanOrEqual(11);
  expect(lines.length - 1).toBe(announced);

  for (const name of seededNames()) expect(csv, `the export names ${name}`).not.toContain(name);
  expect(csv, "the export holds beneficiary codes").not.toMatch(/\b[A-Z]{3}-\d{4}-\d{4}\b/);
});
