import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { feeTermsFor } from "~/modules/earnings/index.server";
import { action } from "~/routes/admin.organisations.$organisationId_.fees";
import { args, locationOf, settle, signIn } from "./admin-helpers";
import { createOrganisation, createUser, makeRequest } from "./helpers";

type Refusal = { init: { status: number }; data: { result: { error: Record<string, string[]> } } };

const day = (offsetDays: number) => new Date(Date.now() + 330 * 60_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const post = (cookie: string, organisationId: string, form: Record<string, string>) =>
  settle(action(args(makeRequest(`/admin/organisations/${organisationId}/fees`, { cookie, form }), { organisationId })));
const rule = (overrides: Record<string, string> = {}) => ({ validFrom: day(0), cooperativePercent: "12.5", cooperativeFlat: "0", platformPercent: "5", platformFlat: "10.50", holdDays: "7", ...overrides });

describe("admin: fee rules", () => {
  it("a rule from today applies to sales from now on, with exact basis points and paise, and is audited", async () => {
    const organisation = await createOrganisation();
    const cookie = await signIn(await createUser(["admin"]));
    expect(locationOf(await post(cookie, organisation.id, rule()))).toBe(`/admin/organisations/${organisation.id}/fees?saved=1`);

    expect(await feeTermsFor(organisation.id)).toMatchObject({ cooperativePercentBp: 1_250, cooperativeFlatInr: 0, platformPercentBp: 500, platformFlatInr: 1_050, holdDays: 7 });
    expect(await feeTermsFor(organisation.id, new Date(Date.now() - 60_000))).toMatchObject({ cooperativePercentBp: 0, platformPercentBp: 0 });
    expect(await db.auditLog.count({ where: { action: "admin.fee_rule.added", organisationId: organisation.id } })).toBe(1);
  });

  it("refuses a rule that starts in the past, bad percentages and a total over 100 %, saving nothing", async () => {
    const organisation = await createOrganisation();
    const cookie = await signIn(await createUser(["admin"]));
    for (const [form, field] of [
      [rule({ validFrom: day(-1) }), "validFrom"],
      [rule({ cooperativePercent: "-3" }), "cooperativePercent"],
      [rule({ platformPercent: "12.345" }), "platformPercent"],
      [rule({ cooperativePercent: "60", platformPercent: "50" }), "platformPercent"],
      [rule({ platformFlat: "ten" }), "platformFlat"],
      [rule({ holdDays: "120" }), "holdDays"],
    ] as const) {
      const result = (await post(cookie, organisation.id, form)) as unknown as Refusal;
      expect(result.init.status).toBe(400);
      expect(result.data.result.error[field]?.length, JSON.stringify(form)).toBeGreaterThan(0);
    }
    expect(await db.feeRule.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("is refused to coordinators (403) and answers 404 for an unknown organisation", async () => {
    const organisation = await createOrganisation();
    const coordinator = await signIn(await createUser(["coordinator"], { organisationId: organisation.id }));
    expect(((await post(coordinator, organisation.id, rule())) as Response).status).toBe(403);
    const admin = await signIn(await createUser(["admin"]));
    expect(((await post(admin, "00000000-0000-4000-8000-000000000000", rule())) as Response).status).toBe(404);
  });
});
