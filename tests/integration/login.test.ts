import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { login } from "~/modules/identity/index.server";
import { action as loginAction } from "~/routes/login";
import { createUser, makeRequest, TEST_PASSWORD } from "./helpers";

const attempt = (email: string, password: string, ip = "198.51.100.1") => login({ email, password, ip, userAgent: "vitest" });

async function auditActions(actorId?: string) {
  const rows = await db.auditLog.findMany({ where: actorId ? { actorId } : {}, orderBy: { id: "asc" } });
  return rows.map((row) => row.action);
}

describe("login", () => {
  it("succeeds with the right password, creates a session row and audits it", async () => {
    const user = await createUser(["caseworker"]);
    const result = await attempt(` ${user.email.toUpperCase()} `, TEST_PASSWORD);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.user.roles).toEqual(["caseworker"]);
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions).toHaveLength(1);
    // Only a hash of the cookie's token is stored.
    expect(sessions[0]!.id).not.toBe(result.token);
    expect(sessions[0]!.expiresAt.getTime() - sessions[0]!.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);
    expect(await auditActions(user.id)).toEqual(["auth.login.succeeded"]);
  });

  it("fails with a wrong password or an unknown email in the same way, and audits both", async () => {
    const user = await createUser(["artisan"]);
    expect(await attempt(user.email, "not the password at all")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.org", TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const failures = await db.auditLog.findMany({ where: { action: "auth.login.failed" }, orderBy: { id: "asc" } });
    expect(failures.map((row) => [row.actorId, row.details])).toEqual([
      [user.id, { knownAccount: true }],
      [null, { knownAccount: false }],
    ]);
  });

  it("refuses a deactivated account like a wrong password", async () => {
    const user = await createUser(["caseworker"]);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await attempt(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks an account after five failures, even for the right password, with a growing delay", async () => {
    const user = await createUser(["caseworker"]);
    for (let i = 0; i < 4; i++) expect((await attempt(user.email, `wrong-${i}`, `192.0.2.${i}`)).ok).toBe(false);
    const fifth = await attempt(user.email, "wrong-5", "192.0.2.50");
    expect(fifth).toEqual({ ok: false, reason: "invalid" });

    const blocked = await attempt(user.email, TEST_PASSWORD, "192.0.2.99");
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.reason).toBe("throttled");
    expect(!blocked.ok && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(25);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditActions(user.id)).toContain("auth.login.throttled");

    // The block lives in the database, so a restart does not lift it; once it has passed, the
    // next failure blocks for twice as long.
    const key = (await db.loginThrottle.findMany()).find((row) => row.key.startsWith("account:") && row.failures === 5)!;
    await db.loginThrottle.update({ where: { key: key.key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    await attempt(user.email, "wrong-6", "192.0.2.60");
    const after = await db.loginThrottle.findUniqueOrThrow({ where: { key: key.key } });
    expect(after.failures).toBe(6);
    expect(after.blockedUntil!.getTime() - Date.now()).toBeGreaterThan(55_000);
  });

  it("blocks the same way for an email that has no account, so the answer reveals nothing", async () => {
    for (let i = 0; i < 5; i++) await attempt("ghost@example.org", `wrong-${i}`, `192.0.2.${100 + i}`);
    const blocked = await attempt("ghost@example.org", "anything", "192.0.2.200");
    expect(!blocked.ok && blocked.reason).toBe("throttled");
  });

  it("blocks an address that tries many accounts", async () => {
    const ip = "203.0.113.66";
    for (let i = 0; i < 25; i++) await attempt(`target-${i}@example.org`, "guess", ip);
    const user = await createUser(["artisan"]);
    const blocked = await attempt(user.email, TEST_PASSWORD, ip);
    expect(!blocked.ok && blocked.reason).toBe("throttled");
    expect((await attempt(user.email, TEST_PASSWORD, "203.0.113.67")).ok).toBe(true);
  });

  it("the sign-in form shows one message for every failure and sets the session cookie on success", async () => {
    const user = await createUser(["caseworker"]);
    const failed = (await loginAction({ request: makeRequest("/login", { form: { email: user.email, password: "wrong password" } }), params: {}, context: {} })) as unknown as {
      init: { status: number };
      data: { result: { error: Record<string, string[]> } };
    };
    expect(failed.init.status).toBe(400);
    expect(failed.data.result.error[""]).toEqual(["auth:login.invalid"]);

    const invalid = (await loginAction({ request: makeRequest("/login", { form: { email: "not-an-email", password: "" } }), params: {}, context: {} })) as unknown as {
      data: { result: { error: Record<string, string[]> } };
    };
    expect(invalid.data.result.error.email).toEqual(["validation.email"]);
    expect(invalid.data.result.error.password).toEqual(["validation.required"]);

    const success = await loginAction({ request: makeRequest("/login", { form: { email: user.email, password: TEST_PASSWORD } }), params: {}, context: {} }).catch(
      (response: unknown) => response,
    );
    expect(success).toBeInstanceOf(Response);
    const response = success as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/care");
    expect(response.headers.get("Set-Cookie")).toMatch(/reweave_session=.+; Path=\/; .*HttpOnly; SameSite=Lax/);
  });
});
