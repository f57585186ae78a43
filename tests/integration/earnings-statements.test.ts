import { parse } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/lib/db.server";
import {
  availableBalance,
  makerBalances,
  monthlyEarnings,
  recordPayout,
  releaseDueEarnings,
  releaseLineEarnings,
  startEarningsRelease,
  statement,
  statementCsv,
  STATEMENT_CSV_COLUMNS,
  stopEarningsRelease,
} from "~/modules/earnings/index.server";
import { createUser } from "./helpers";
import { createMakerShop, payOrder, refund, type MakerShop } from "./earnings-factories";

/**
 * A known history (10 % cooperative, 5 % platform, so the maker keeps 85 %):
 *   10 Jan 10:00 IST   sale of 1,000.00 → 850.00 pending
 *   20 Jan             delivered → 850.00 available
 *    1 Feb 01:30 IST   sale of 400.00 → 340.00 pending (still 31 Jan in UTC)
 *    5 Feb             payout of 500.00 by UPI
 *   10 Feb             the February sale refunded → pending back to 0
 *   15 Feb             the January sale refunded after the payout → available −500.00
 */
let shop: MakerShop;
let januaryOrder: Awaited<ReturnType<typeof payOrder>>;

beforeAll(async () => {
  const coordinator = await createUser(["coordinator"]);
  shop = await createMakerShop();
  januaryOrder = await payOrder([{ shop, unitPriceInr: 100_000 }], { paidAt: new Date("2026-01-10T04:30:00Z") });
  await db.$transaction((tx) => releaseLineEarnings(januaryOrder.lines[0]!.id, "delivered", tx, new Date("2026-01-20T06:00:00Z")));
  const februaryOrder = await payOrder([{ shop, unitPriceInr: 40_000 }], { paidAt: new Date("2026-01-31T20:00:00Z") });
  const payout = await recordPayout(
    { makerId: shop.maker.id, amountInr: 50_000, method: "upi", reference: "UPI 4471", paidOn: new Date("2026-02-05T00:00:00Z") },
    { id: coordinator.id, ip: null },
    new Date("2026-02-05T06:00:00Z"),
  );
  expect(payout.ok).toBe(true);
  await refund(februaryOrder, { at: new Date("2026-02-10T06:00:00Z") });
  await refund(januaryOrder, { at: new Date("2026-02-15T06:00:00Z") });
});

describe("a maker's earnings", () => {
  it("at a glance: pending, available (honestly below zero), paid out this month and in total", async () => {
    expect(await makerBalances(shop.maker.id, new Date("2026-02-20T06:00:00Z"))).toEqual({ pendingInr: 0, availableInr: -50_000, paidOutThisMonthInr: 50_000, paidOutTotalInr: 50_000 });
    expect(await makerBalances(shop.maker.id, new Date("2026-03-02T06:00:00Z"))).toMatchObject({ paidOutThisMonthInr: 0, paidOutTotalInr: 50_000 });
  });

  it("month by month, in India's calendar, net of refunds", async () => {
    const months = await monthlyEarnings(shop.maker.id, 18, new Date("2026-02-20T06:00:00Z"));
    expect(months).toHaveLength(18);
    expect(months[0]!.month).toBe("2024-09");
    expect(months.slice(-2)).toEqual([
      { month: "2026-01", earnedInr: 85_000, paidOutInr: 0 },
      { month: "2026-02", earnedInr: 34_000 - 34_000 - 85_000, paidOutInr: 50_000 },
    ]);
    expect(months.slice(0, -2).every((month) => month.earnedInr === 0 && month.paidOutInr === 0)).toBe(true);
  });

  it("a month's statement lists every entry on her accounts with running balances", async () => {
    const january = await statement(shop.maker.id, "2026-01");
    expect(january.opening).toEqual({ pending: 0, available: 0 });
    expect(january.lines.map((line) => [line.day, line.kind, line.account, line.amountInr, line.balanceInr])).toEqual([
      ["2026-01-10", "sale", "pending", 85_000, 85_000],
      ["2026-01-20", "released", "pending", -85_000, 0],
      ["2026-01-20", "released", "available", 85_000, 85_000],
    ]);
    expect(january.lines[0]).toMatchObject({ orderNumber: januaryOrder.number, item: { title: "Eri silk stole", quantity: 1 }, payout: null });
    expect(january.closing).toEqual({ pending: 0, available: 85_000 });

    const february = await statement(shop.maker.id, "2026-02");
    expect(february.opening).toEqual(january.closing);
    expect(february.lines.map((line) => [line.day, line.kind, line.account, line.amountInr, line.balanceInr])).toEqual([
      ["2026-02-01", "sale", "pending", 34_000, 34_000],
      ["2026-02-05", "payout", "available", -50_000, 35_000],
      ["2026-02-10", "refund", "pending", -34_000, 0],
      ["2026-02-15", "refund", "available", -85_000, -50_000],
    ]);
    expect(february.lines[1]!.payout).toMatchObject({ method: "upi", reference: "UPI 4471" });
    expect(february.closing).toEqual({ pending: 0, available: -50_000 });
    expect((await statement(shop.maker.id, "2025-12")).lines).toEqual([]);
  });

  it("downloads a statement as CSV with plain columns and decimal rupees", async () => {
    const csv = statementCsv(await statement(shop.maker.id, "2026-02"));
    expect(csv.startsWith("\ufeff")).toBe(true);
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual([...STATEMENT_CSV_COLUMNS]);
    const order = `RW-${String(januaryOrder.number).padStart(6, "0")}`;
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(["2026-02-05", "available", "payout", "", "", "Payout by upi (UPI 4471)", "-500.00", "350.00"]);
    expect(rows[3]).toEqual(["2026-02-15", "available", "refund", order, "Eri silk stole", `Refund on order ${order}`, "-850.00", "-500.00"]);
  });

  it("keeps a spreadsheet from running a title as a formula", async () => {
    const sly = await createMakerShop();
    // The line keeps a copy of the title the maker typed.
    await payOrder([{ shop: { ...sly, product: { ...sly.product, titleEn: '=HYPERLINK("http://x")' } }, unitPriceInr: 1_000 }], { paidAt: new Date("2026-01-05T06:00:00Z") });
    const [, row] = parse(statementCsv(await statement(sly.maker.id, "2026-01")), { bom: true }) as string[][];
    expect(row![4]).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe("releasing due earnings", () => {
  afterEach(() => {
    stopEarningsRelease();
    vi.useRealTimers();
  });

  it("moves lines past their hold period and delivered lines, once, as of the time given", async () => {
    const held = await createMakerShop({ holdDays: 7 });
    const now = new Date();
    const recent = await payOrder([{ shop: held, unitPriceInr: 10_000 }], { paidAt: new Date(now.getTime() - 3 * 86_400_000) });
    const delivered = await payOrder([{ shop: held, unitPriceInr: 20_000 }], { paidAt: new Date(now.getTime() - 86_400_000), status: "delivered" });
    expect(recent.lines[0]!.status).toBe("paid");

    await releaseDueEarnings(now);
    expect(await availableBalance(held.maker.id)).toBe(17_000);
    await releaseDueEarnings(new Date(now.getTime() + 5 * 86_400_000));
    expect(await availableBalance(held.maker.id)).toBe(17_000 + 8_500);
    await releaseDueEarnings(new Date(now.getTime() + 30 * 86_400_000));
    expect(await availableBalance(held.maker.id)).toBe(25_500);
    expect(await db.ledgerTransaction.count({ where: { kind: "earnings_available", entries: { some: { orderLineId: { in: [recent.lines[0]!.id, delivered.lines[0]!.id] } } } } })).toBe(2);
  });

  it("runs every hour in the server", async () => {
    const held = await createMakerShop({ holdDays: 14 });
    await payOrder([{ shop: held, unitPriceInr: 10_000 }], { paidAt: new Date(Date.now() - 20 * 86_400_000) });
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    startEarningsRelease();
    vi.advanceTimersByTime(59 * 60_000);
    expect(await availableBalance(held.maker.id)).toBe(0);
    vi.advanceTimersByTime(60_000);
    await vi.waitFor(async () => expect(await availableBalance(held.maker.id)).toBe(8_500), { timeout: 5_000, interval: 50 });
  });
});
