import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { availableBalance, balanceOf, postTransaction, recordPayout, releaseLineEarnings } from "~/modules/earnings/index.server";
import { createOrganisation, createUser } from "./helpers";

/** Today in India, as a date column holds it. */
function today() {
  return new Date(`${new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10)}T00:00:00.000Z`);
}

async function makerWithAvailable(amountInr: number) {
  const organisation = await createOrganisation();
  const maker = await db.maker.create({ data: { slug: `maker-${crypto.randomUUID().slice(0, 8)}`, organisationId: organisation.id, displayName: "Maker" } });
  await db.$transaction((tx) =>
    postTransaction(
      {
        kind: "test_release",
        idempotencyKey: `seed:${maker.id}`,
        description: "available earnings",
        occurredAt: new Date(),
        entries: [
          { kind: "payments_clearing", amountInr },
          { kind: "maker_available", owner: { makerId: maker.id }, amountInr: -amountInr },
        ],
      },
      tx,
    ),
  );
  return maker;
}

describe("payouts", () => {
  it("pay out of available earnings and lower the balance by exactly that much", async () => {
    const maker = await makerWithAvailable(50_000);
    const coordinator = await createUser(["coordinator"]);
    const result = await recordPayout({ makerId: maker.id, amountInr: 20_000, method: "upi", reference: "UPI 1234", paidOn: today() }, { id: coordinator.id, ip: null });

    expect(result.ok).toBe(true);
    expect(await availableBalance(maker.id)).toBe(30_000);
    const payout = await db.payout.findFirstOrThrow({ where: { makerId: maker.id } });
    expect(payout).toMatchObject({ amountInr: 20_000, method: "upi", reference: "UPI 1234" });
    expect(await db.auditLog.count({ where: { action: "earnings.payout.recorded", entityId: payout.id, organisationId: maker.organisationId } })).toBe(1);
  });

  it("are dated today or in the last 90 days, and posted on that day", async () => {
    const maker = await makerWithAvailable(50_000);
    const actor = { id: (await createUser(["coordinator"])).id, ip: null };
    const now = new Date("2026-06-15T20:00:00Z"); // already 16 June in India
    const payout = (paidOn: string) => recordPayout({ makerId: maker.id, amountInr: 1_000, method: "cash", reference: "handed over", paidOn: new Date(`${paidOn}T00:00:00Z`) }, actor, now);

    expect(await payout("2026-06-17")).toEqual({ ok: false, reason: "dateOutOfRange" });
    expect(await payout("2026-03-17")).toEqual({ ok: false, reason: "dateOutOfRange" });
    expect(await availableBalance(maker.id)).toBe(50_000);

    const today = await payout("2026-06-16");
    const earlier = await payout("2026-03-18");
    const occurredAt = async (result: Awaited<ReturnType<typeof payout>>) =>
      result.ok ? (await db.payout.findUniqueOrThrow({ where: { id: result.payoutId }, include: { ledgerTransaction: true } })).ledgerTransaction.occurredAt : null;
    expect(await occurredAt(today)).toEqual(now);
    expect(await occurredAt(earlier)).toEqual(new Date("2026-03-18T18:29:59.999Z"));
    expect(await availableBalance(maker.id)).toBe(48_000);
  });

  it("are refused for a maker who does not exist, changing nothing", async () => {
    const actor = { id: (await createUser(["coordinator"])).id, ip: null };
    const before = await db.ledgerTransaction.count();
    expect(await recordPayout({ makerId: crypto.randomUUID(), amountInr: 1_000, method: "upi", reference: "x", paidOn: today() }, actor)).toEqual({ ok: false, reason: "unknownMaker" });
    expect(await db.ledgerTransaction.count()).toBe(before);
  });

  it("never exceed the available balance, not even when recorded at the same moment", async () => {
    const maker = await makerWithAvailable(30_000);
    const coordinator = await createUser(["coordinator"]);
    const attempts = await Promise.all(
      [1, 2, 3, 4].map(() => recordPayout({ makerId: maker.id, amountInr: 10_000, method: "cash", reference: "handed over", paidOn: today() }, { id: coordinator.id, ip: null })),
    );
    expect(attempts.filter((attempt) => attempt.ok)).toHaveLength(3);
    expect(attempts.find((attempt) => !attempt.ok)).toEqual({ ok: false, reason: "exceedsAvailable", availableInr: 0 });
    expect(await availableBalance(maker.id)).toBe(0);
    expect(await recordPayout({ makerId: maker.id, amountInr: -5, method: "cash", reference: "x", paidOn: today() }, { id: coordinator.id, ip: null })).toEqual({ ok: false, reason: "notPositive" });
  });
});

describe("earnings availability", () => {
  it("moves a line's pending share to available once", async () => {
    const organisation = await createOrganisation();
    const maker = await db.maker.create({ data: { slug: `maker-${crypto.randomUUID().slice(0, 8)}`, organisationId: organisation.id, displayName: "Maker" } });
    const lineId = crypto.randomUUID();
    await db.$transaction((tx) =>
      postTransaction(
        {
          kind: "test_sale",
          idempotencyKey: `sale:${lineId}`,
          description: "sale",
          occurredAt: new Date(),
          entries: [
            { kind: "payments_clearing", amountInr: 10_000, orderLineId: lineId },
            { kind: "maker_pending", owner: { makerId: maker.id }, amountInr: -8_500, orderLineId: lineId },
            { kind: "platform_fees", amountInr: -1_500, orderLineId: lineId },
          ],
        },
        tx,
      ),
    );
    expect(await db.$transaction((tx) => releaseLineEarnings(lineId, "delivered", tx))).toBe(8_500);
    expect(await db.$transaction((tx) => releaseLineEarnings(lineId, "delivered", tx))).toBe(0);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
    expect(await availableBalance(maker.id)).toBe(8_500);
  });
});
