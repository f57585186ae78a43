import { describe, expect, it } from "vitest";
import { db, getDatabaseConnection } from "~/lib/db.server";
import { balanceOf, postTransaction } from "~/modules/earnings/index.server";
import { createOrganisation } from "./helpers";

async function newMaker() {
  const organisation = await createOrganisation();
  return db.maker.create({ data: { slug: `maker-${crypto.randomUUID().slice(0, 8)}`, organisationId: organisation.id, displayName: "Test maker" } });
}

describe("ledger", () => {
  it("posts a balanced transaction once, however often it is asked", async () => {
    const maker = await newMaker();
    const transaction = {
      kind: "test_sale",
      idempotencyKey: `test:${maker.id}`,
      description: "a sale",
      occurredAt: new Date(),
      entries: [
        { kind: "payments_clearing" as const, amountInr: 10_000 },
        { kind: "maker_pending" as const, owner: { makerId: maker.id }, amountInr: -9_000 },
        { kind: "platform_fees" as const, amountInr: -1_000 },
      ],
    };
    const results = await Promise.all([1, 2, 3].map(() => db.$transaction((tx) => postTransaction(transaction, tx))));

    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.ledgerTransaction.count({ where: { idempotencyKey: transaction.idempotencyKey } })).toBe(1);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(-9_000);
  });

  it("is refused by the database itself when a transaction does not sum to zero", async () => {
    const maker = await newMaker();
    const unbalanced = db.$transaction((tx) =>
      postTransaction(
        {
          kind: "test_sale",
          idempotencyKey: `unbalanced:${maker.id}`,
          description: "missing the fee",
          occurredAt: new Date(),
          entries: [
            { kind: "payments_clearing", amountInr: 10_000 },
            { kind: "maker_pending", owner: { makerId: maker.id }, amountInr: -9_000 },
          ],
        },
        tx,
      ),
    );
    await expect(unbalanced).rejects.toThrow(/does not balance/);
    expect(await db.ledgerTransaction.count({ where: { idempotencyKey: `unbalanced:${maker.id}` } })).toBe(0);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(0);
  });

  it("refuses a transaction with a single entry and any edit or deletion", async () => {
    const sql = getDatabaseConnection().sql;
    await expect(
      sql.transaction(async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `INSERT INTO ledger_transaction (id, kind, idempotency_key, description, occurred_at) VALUES (gen_random_uuid(), 'x', 'lonely', 'x', now()) RETURNING id`,
        );
        return row;
      }),
    ).rejects.toThrow(/needs at least two/);

    const maker = await newMaker();
    await db.$transaction((tx) =>
      postTransaction(
        {
          kind: "test_sale",
          idempotencyKey: `frozen:${maker.id}`,
          description: "frozen",
          occurredAt: new Date(),
          entries: [
            { kind: "payments_clearing", amountInr: 500 },
            { kind: "maker_pending", owner: { makerId: maker.id }, amountInr: -500 },
          ],
        },
        tx,
      ),
    );
    await expect(sql.query(`UPDATE ledger_entry SET amount_inr = 1 WHERE amount_inr = -500`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM ledger_transaction WHERE idempotency_key = $1`, [`frozen:${maker.id}`])).rejects.toThrow(/append-only/);
    expect(await balanceOf("maker_pending", { makerId: maker.id })).toBe(-500);
  });
});
