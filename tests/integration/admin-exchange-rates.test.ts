import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { rateFor } from "~/modules/earnings/index.server";
import { action, loader } from "~/routes/admin.exchange-rates";
import { args, locationOf, settle, signIn } from "./admin-helpers";
import { createUser, makeRequest } from "./helpers";

function csvRequest(cookie: string, csv: string) {
  const form = new FormData();
  form.set("intent", "import");
  form.set("file", new File([csv], "rates.csv", { type: "text/csv" }));
  return makeRequest("/admin/exchange-rates", { method: "POST", cookie, body: form });
}

describe("admin: exchange rates", () => {
  it("an admin adds a rate, which is in force from its date and audited", async () => {
    const admin = await createUser(["admin"]);
    const cookie = await signIn(admin);
    const result = await settle(action(args(makeRequest("/admin/exchange-rates", { cookie, form: { intent: "add", currency: "EUR", rate: "92.3", validFrom: "2026-01-01" } }))));

    expect(locationOf(result)).toBe("/admin/exchange-rates?saved=1");
    expect((await rateFor("EUR"))?.inrPerUnitMicros).toBe(92_300_000n);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.exchange_rate.added" } });
    expect(audit.actorId).toBe(admin.id);
    const page = (await loader(args(makeRequest("/admin/exchange-rates", { cookie })))) as { rates: { currency: string; rate: string; inForce: boolean }[] };
    expect(page.rates).toContainEqual(expect.objectContaining({ currency: "EUR", rate: "92.3", inForce: true }));
  });

  it("refuses a bad rate, currency or date on the field and saves nothing", async () => {
    const cookie = await signIn(await createUser(["admin"]));
    const before = await db.exchangeRate.count();
    for (const [field, form] of [
      ["rate", { intent: "add", currency: "USD", rate: "-4", validFrom: "2026-01-01" }],
      ["rate", { intent: "add", currency: "USD", rate: "84.1234567", validFrom: "2026-01-01" }],
      ["currency", { intent: "add", currency: "INR", rate: "1", validFrom: "2026-01-01" }],
      ["validFrom", { intent: "add", currency: "USD", rate: "84.5", validFrom: "yesterday" }],
    ] as const) {
      const result = (await action(args(makeRequest("/admin/exchange-rates", { cookie, form })))) as unknown as { init: { status: number }; data: { result: { error: Record<string, string[]> } } };
      expect(result.init.status).toBe(400);
      expect(result.data.result.error[field]?.length, field).toBeGreaterThan(0);
    }
    expect(await db.exchangeRate.count()).toBe(before);
  });

  it("imports a CSV all at once, or nothing with every bad row named", async () => {
    const cookie = await signIn(await createUser(["admin"]));
    const before = await db.exchangeRate.count();
    const bad = (await action(args(csvRequest(cookie, "currency,inr_per_unit,valid_from\nUSD,84.50,2026-02-01\nXXX,1,2026-02-01\nGBP,abc,2026-02-01\n")))) as unknown as {
      data: { problems: { row: number; field: string }[] };
    };
    expect(bad.data.problems.map((problem) => [problem.row, problem.field])).toEqual([
      [3, "currency"],
      [4, "rate"],
    ]);
    expect(await db.exchangeRate.count()).toBe(before);

    const missingHeader = (await action(args(csvRequest(cookie, "USD,84.50,2026-02-01\n")))) as unknown as { data: { problems: { message: string }[] } };
    expect(missingHeader.data.problems[0]?.message).toBe("adminShop:rates.errors.columns");

    const good = await settle(action(args(csvRequest(cookie, "\uFEFFcurrency,inr_per_unit,valid_from\nUSD,84.50,2026-02-01\njpy,0.565,2026-02-01\n"))));
    expect(locationOf(good)).toBe("/admin/exchange-rates?imported=2");
    expect((await rateFor("JPY"))?.inrPerUnitMicros).toBe(565_000n);
    expect(await db.auditLog.count({ where: { action: "admin.exchange_rates.imported" } })).toBe(1);
  });

  it("is refused to anyone without the permission", async () => {
    const cookie = await signIn(await createUser(["coordinator"]));
    const before = await db.exchangeRate.count();
    const refused = await settle(action(args(makeRequest("/admin/exchange-rates", { cookie, form: { intent: "add", currency: "EUR", rate: "90", validFrom: "2026-01-01" } }))));
    expect((refused as Response).status).toBe(403);
    expect(await db.exchangeRate.count()).toBe(before);
  });
});
