import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { deleteAbandonedCarts } from "~/modules/orders/cart.server";

describe("abandoned carts", () => {
  it("are forgotten once untouched for longer than their cookie lives; recent ones stay", async () => {
    const now = new Date();
    const old = await db.cart.create({ data: {} });
    const recent = await db.cart.create({ data: {} });
    await db.$executeRaw`UPDATE cart SET updated_at = ${new Date(now.getTime() - 91 * 86_400_000)} WHERE id = ${old.id}::uuid`;
    await db.$executeRaw`UPDATE cart SET updated_at = ${new Date(now.getTime() - 89 * 86_400_000)} WHERE id = ${recent.id}::uuid`;

    expect(await deleteAbandonedCarts(now)).toBe(1);
    expect(await db.cart.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.cart.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});
