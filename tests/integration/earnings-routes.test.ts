import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { recordPayout, releaseLineEarnings } from "~/modules/earnings/index.server";
import { loader as indexLoader } from "~/routes/studio.earnings._index";
import { loader as statementLoader } from "~/routes/studio.earnings.$month";
import { loader as csvLoader } from "~/routes/studio.earnings.$month[.]csv";
import { action as payoutAction, loader as payoutsLoader } from "~/routes/studio.payouts._index";
import { loader as receiptLoader } from "~/routes/studio.payouts.$payoutId";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { createMakerShop, payOrder } from "./earnings-factories";
import { createOrganisation, createUser, makeRequest } from "./helpers";

/**
 * Two organisations: A with the artisan's own maker (850.00 available, one payout) and a second
 * maker, B with a maker of its own. Each organisation has a coordinator.
 */
const people = {} as Record<"artisan" | "coordinatorA" | "coordinatorB", string>;
const makers = {} as Record<"own" | "sameOrganisation" | "otherOrganisation", string>;
const payouts = {} as Record<"own" | "otherOrganisation", string>;
const thisMonth = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 7);
const today = () => new Date(`${new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10)}T00:00:00.000Z`);

beforeAll(async () => {
  const [a, b] = [await createOrganisation(), await createOrganisation()];
  const artisan = await createUser(["artisan"], { organisationId: a.id });
  const coordinatorA = await createUser(["coordinator"], { organisationId: a.id });
  const coordinatorB = await createUser(["coordinator"], { organisationId: b.id });
  people.artisan = await signIn(artisan);
  people.coordinatorA = await signIn(coordinatorA);
  people.coordinatorB = await signIn(coordinatorB);

  const own = await createMakerShop({ organisationId: a.id, terms: {}, userId: artisan.id });
  const sameOrganisation = await createMakerShop({ organisationId: a.id });
  const otherOrganisation = await createMakerShop({ organisationId: b.id, terms: {} });
  Object.assign(makers, { own: own.maker.id, sameOrganisation: sameOrganisation.maker.id, otherOrganisation: otherOrganisation.maker.id });

  for (const shop of [own, otherOrganisation]) {
    const order = await payOrder([{ shop, unitPriceInr: 100_000 }]);
    await db.$transaction((tx) => releaseLineEarnings(order.lines[0]!.id, "delivered", tx));
  }
  const paid = async (makerId: string, actorId: string) => {
    const result = await recordPayout({ makerId, amountInr: 15_000, method: "upi", reference: "UPI 99", paidOn: today() }, { id: actorId, ip: null });
    if (!result.ok) throw new Error("payout refused");
    return result.payoutId;
  };
  payouts.own = await paid(own.maker.id, coordinatorA.id);
  payouts.otherOrganisation = await paid(otherOrganisation.maker.id, coordinatorB.id);
});

const get = (path: string, cookie: string) => makeRequest(path, { cookie });
const status = (result: unknown) => (result instanceof Response ? result.status : 200);

describe("the earnings page", () => {
  it("shows the artisan her own figures", async () => {
    const page = await indexLoader(args(get("/studio/earnings", people.artisan)));
    expect(page.maker).toMatchObject({ id: makers.own, own: true });
    expect(page.picker).toBeNull();
    expect(page.earnings?.balances).toEqual({ pendingInr: 0, availableInr: 70_000, paidOutThisMonthInr: 15_000, paidOutTotalInr: 15_000 });
    expect(page.earnings?.months).toHaveLength(18);
    expect(page.earnings?.months.at(-1)).toEqual({ month: thisMonth, earnedInr: 85_000, paidOutInr: 15_000 });
    expect(page.earnings?.payouts.map((payout) => payout.id)).toEqual([payouts.own]);
  });

  it("refuses her any other maker's", async () => {
    expect(status(await settle(indexLoader(args(get(`/studio/earnings?maker=${makers.sameOrganisation}`, people.artisan)))))).toBe(404);
    expect(status(await settle(indexLoader(args(get(`/studio/earnings?maker=not-a-uuid`, people.artisan)))))).toBe(404);
  });

  it("lets a coordinator pick among her organisations' makers, and no others", async () => {
    const page = await indexLoader(args(get("/studio/earnings", people.coordinatorA)));
    expect(page.maker).toBeNull();
    expect(page.picker?.map((choice) => choice.id).sort()).toEqual([makers.own, makers.sameOrganisation].sort());
    const chosen = await indexLoader(args(get(`/studio/earnings?maker=${makers.own}`, people.coordinatorA)));
    expect(chosen.maker).toMatchObject({ id: makers.own, own: false });
    expect(status(await settle(indexLoader(args(get(`/studio/earnings?maker=${makers.otherOrganisation}`, people.coordinatorA)))))).toBe(404);
  });
});

describe("a month's statement", () => {
  it("is the artisan's own, and a coordinator's of her organisation", async () => {
    const own = await statementLoader(args(get(`/studio/earnings/${thisMonth}`, people.artisan), { month: thisMonth }));
    expect(own.statement.lines.map((line) => [line.kind, line.account, line.amountInr])).toEqual([
      ["sale", "pending", 85_000],
      ["released", "pending", -85_000],
      ["released", "available", 85_000],
      ["payout", "available", -15_000],
    ]);
    const coordinator = await statementLoader(args(get(`/studio/earnings/${thisMonth}?maker=${makers.own}`, people.coordinatorA), { month: thisMonth }));
    expect(coordinator.statement).toEqual(own.statement);
  });

  it("is not found for another maker, a bad month or one still to come", async () => {
    const attempts: [string, string, string][] = [
      [`/studio/earnings/${thisMonth}?maker=${makers.sameOrganisation}`, thisMonth, people.artisan],
      [`/studio/earnings/${thisMonth}?maker=${makers.own}`, thisMonth, people.coordinatorB],
      ["/studio/earnings/2026-13", "2026-13", people.artisan],
      ["/studio/earnings/march", "march", people.artisan],
      ["/studio/earnings/1999-12", "1999-12", people.artisan],
      ["/studio/earnings/2999-01", "2999-01", people.artisan],
    ];
    for (const [path, month, cookie] of attempts) expect([path, status(await settle(statementLoader(args(get(path, cookie), { month }))))]).toEqual([path, 404]);
  });

  it("downloads as a CSV attachment, under the same rule", async () => {
    const response = (await csvLoader(args(get(`/studio/earnings/${thisMonth}.csv`, people.artisan), { month: thisMonth }))) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(new RegExp(`^attachment; filename="reweave-earnings-maker-[a-z0-9-]+-${thisMonth}\\.csv"$`));
    const rows = parse(await response.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(["date", "account", "type", "order", "item", "description", "amount_inr", "balance_inr"]);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[6], row[7]])).toEqual([
      ["pending", "sale", "850.00", "850.00"],
      ["pending", "released", "-850.00", "0.00"],
      ["available", "released", "850.00", "850.00"],
      ["available", "payout", "-150.00", "700.00"],
    ]);
    expect(status(await settle(csvLoader(args(get(`/studio/earnings/${thisMonth}.csv?maker=${makers.otherOrganisation}`, people.coordinatorA), { month: thisMonth }))))).toBe(404);
  });
});

describe("receipts", () => {
  it("are seen by the maker paid and her organisation's coordinators only", async () => {
    const own = await receiptLoader(args(get(`/studio/payouts/${payouts.own}`, people.artisan), { payoutId: payouts.own }));
    expect(own.receipt).toMatchObject({ amountInr: 15_000, method: "upi", reference: "UPI 99", recordedBy: "Test User", maker: { id: makers.own, own: true } });
    expect(status(await settle(receiptLoader(args(get(`/studio/payouts/${payouts.own}`, people.coordinatorA), { payoutId: payouts.own }))))).toBe(200);
    for (const [payoutId, cookie] of [
      [payouts.otherOrganisation, people.artisan],
      [payouts.own, people.coordinatorB],
      ["not-a-uuid", people.artisan],
      [crypto.randomUUID(), people.coordinatorA],
    ] as const) {
      expect(status(await settle(receiptLoader(args(get(`/studio/payouts/${payoutId}`, cookie), { payoutId }))))).toBe(404);
    }
  });
});

describe("recording a payout", () => {
  const post = (form: Record<string, string>, cookie = people.coordinatorA) =>
    settle(payoutAction(args(makeRequest("/studio/payouts", { cookie, form: { makerId: makers.own, method: "bank_transfer", reference: "NEFT 123", paidOn: today().toISOString().slice(0, 10), ...form } }))));

  it("is for coordinators only", async () => {
    expect(status(await settle(payoutsLoader(args(get("/studio/payouts", people.artisan)))))).toBe(403);
    expect(status(await post({ amount: "10" }, people.artisan))).toBe(403);
  });

  it("lists the makers of her organisations with what they have", async () => {
    const page = await payoutsLoader(args(get("/studio/payouts", people.coordinatorA)));
    expect(page.makers.map((maker) => [maker.id, maker.availableInr]).sort()).toEqual(
      [
        [makers.own, 70_000],
        [makers.sameOrganisation, 0],
      ].sort(),
    );
    expect(page.payouts.map((payout) => payout.id)).toEqual([payouts.own]);
  });

  it("refuses a negative, zero, malformed or too large amount, a bad date or another organisation's maker, changing nothing", async () => {
    const before = { payouts: await db.payout.count(), transactions: await db.ledgerTransaction.count() };
    const cases: [Record<string, string>, string, string, Record<string, unknown>?][] = [
      [{ amount: "-100" }, "amount", "earnings:payouts.errors.notPositive"],
      [{ amount: "0" }, "amount", "earnings:payouts.errors.notPositive"],
      [{ amount: "0.00" }, "amount", "earnings:payouts.errors.notPositive"],
      [{ amount: "12.345" }, "amount", "earnings:payouts.errors.amount"],
      [{ amount: "" }, "amount", "validation.required"],
      [{ amount: "700.01" }, "amount", "earnings:payouts.errors.aboveAvailable", { available: "₹700.00" }],
      [{ amount: "10", makerId: makers.sameOrganisation }, "amount", "earnings:payouts.errors.nothingAvailable", { available: "₹0.00" }],
      [{ amount: "10", makerId: makers.otherOrganisation }, "makerId", "earnings:payouts.errors.maker"],
      [{ amount: "10", paidOn: "2999-01-01" }, "paidOn", "earnings:payouts.errors.dateRange", { days: 90 }],
      [{ amount: "10", paidOn: "2026-02-30" }, "paidOn", "earnings:payouts.errors.date"],
      [{ amount: "10", method: "stripe_connect" }, "method", "earnings:payouts.errors.method"],
    ];
    for (const [form, field, message, values] of cases) {
      const answer = await post(form);
      const { status: code, errors } = refused(answer);
      expect([form, code, errors[field]]).toEqual([form, 400, [message]]);
      if (values) expect((answer as unknown as { data: { values: Record<string, unknown> } }).data.values).toMatchObject(values);
    }
    expect({ payouts: await db.payout.count(), transactions: await db.ledgerTransaction.count() }).toEqual(before);
  });

  it("records one up to the available amount and shows its receipt", async () => {
    const answer = await post({ amount: "700" });
    const location = locationOf(answer);
    expect(location).toMatch(/^\/studio\/payouts\/[0-9a-f-]{36}\?recorded=1$/);
    const payoutId = location!.split("/").at(-1)!.split("?")[0]!;
    expect(await db.payout.findUniqueOrThrow({ where: { id: payoutId } })).toMatchObject({ makerId: makers.own, amountInr: 70_000, method: "bank_transfer", reference: "NEFT 123" });
    const page = await indexLoader(args(get("/studio/earnings", people.artisan)));
    expect(page.earnings?.balances).toMatchObject({ availableInr: 0, paidOutTotalInr: 85_000 });
    expect(page.earnings?.payouts[0]!.id).toBe(payoutId);
  });
});
