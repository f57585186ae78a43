import { describe, expect, it } from "vitest";
import { db, getDatabaseConnection } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { requireUserWithPermission } from "~/modules/identity/index.server";
import { loader as adminLoader } from "~/routes/admin";
import { cookieFrom, createUser, makeRequest, TEST_PASSWORD } from "./helpers";
import { commitSessionCookie, login } from "~/modules/identity/index.server";

describe("audit log", () => {
  it("records who did what, to what, from where", async () => {
    const user = await createUser(["admin"]);
    await recordAudit({ action: "admin.user.updated", actorId: user.id, entityType: "user", entityId: user.id, ip: "192.0.2.1", reason: "typo in name" });
    const row = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id } });
    expect(row).toMatchObject({ action: "admin.user.updated", entityType: "user", entityId: user.id, ip: "192.0.2.1", reason: "typo in name" });
    expect(Date.now() - row.at.getTime()).toBeLessThan(10_000);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const user = await createUser(["admin"]);
    await recordAudit({ action: "auth.logout", actorId: user.id });
    const sql = getDatabaseConnection().sql;

    await expect(sql.query(`UPDATE audit_log SET action = 'auth.login.succeeded' WHERE actor_id = $1`, [user.id])).rejects.toThrow(/append-only: UPDATE/);
    await expect(sql.query(`DELETE FROM audit_log WHERE actor_id = $1`, [user.id])).rejects.toThrow(/append-only: DELETE/);
    await expect(sql.exec(`TRUNCATE audit_log`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);

    const rows = await db.auditLog.findMany({ where: { actorId: user.id } });
    expect(rows.map((row) => row.action)).toEqual(["auth.logout"]);
  });

  it("records a permission denial with the permission and path, and answers 403", async () => {
    const user = await createUser(["caseworker"]);
    const result = await login({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.5", userAgent: "vitest" });
    if (!result.ok) throw new Error("sign-in failed");
    const cookie = cookieFrom(await commitSessionCookie(result.token, result.expiresAt));

    const refused = await adminLoader({ request: makeRequest("/admin", { cookie, ip: "192.0.2.5" }), params: {}, context: {} }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);

    const denial = await db.auditLog.findFirstOrThrow({ where: { action: "auth.permission.denied", actorId: user.id } });
    expect(denial.ip).toBe("192.0.2.5");
    expect(denial.details).toEqual({ permission: "access:admin:org", method: "GET", path: "/admin" });

    await expect(requireUserWithPermission(makeRequest("/care", { cookie }), "access:care:own")).resolves.toMatchObject({ id: user.id });
  });
});
