import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { commitSessionCookie, getSessionUser, login, requireUser, setUserActive } from "~/modules/identity/index.server";
import { action as logoutAction } from "~/routes/logout";
import { cookieFrom, createUser, makeRequest, TEST_PASSWORD } from "./helpers";
import type { Role } from "~/modules/identity/roles";

async function signIn(roles: Role[]) {
  const user = await createUser(roles);
  const result = await login({ email: user.email, password: TEST_PASSWORD, ip: "198.51.100.9", userAgent: "vitest" });
  if (!result.ok) throw new Error("sign-in failed");
  const cookie = cookieFrom(await commitSessionCookie(result.token, result.expiresAt));
  const sessionId = (await db.session.findFirstOrThrow({ where: { userId: user.id } })).id;
  return { user, cookie, sessionId };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("sessions", () => {
  it("recognise the cookie of a live session", async () => {
    const { user, cookie } = await signIn(["caseworker"]);
    const current = await getSessionUser(makeRequest("/care", { cookie }));
    expect(current?.id).toBe(user.id);
    expect(current?.roles).toEqual(["caseworker"]);
  });

  it("end after 60 idle minutes for staff, and the row is removed", async () => {
    const { cookie, sessionId } = await signIn(["caseworker"]);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(59) } });
    expect(await getSessionUser(makeRequest("/care", { cookie }))).not.toBeNull();

    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(61) } });
    expect(await getSessionUser(makeRequest("/care", { cookie }))).toBeNull();
    expect(await db.session.findUnique({ where: { id: sessionId } })).toBeNull();
  });

  it("are kept alive by activity: each request moves the idle clock", async () => {
    const { cookie, sessionId } = await signIn(["supervisor"]);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(30) } });
    await getSessionUser(makeRequest("/care", { cookie }));
    const touched = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(5_000);
  });

  it("of artisans are not ended by idleness, only by the 12-hour limit", async () => {
    const { cookie, sessionId } = await signIn(["artisan"]);
    await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(5 * 60) } });
    expect(await getSessionUser(makeRequest("/studio", { cookie }))).not.toBeNull();

    await db.session.update({ where: { id: sessionId }, data: { expiresAt: minutesAgo(1) } });
    expect(await getSessionUser(makeRequest("/studio", { cookie }))).toBeNull();
  });

  it("all end at once when the user is deactivated", async () => {
    const { user, cookie } = await signIn(["caseworker"]);
    const second = await login({ email: user.email, password: TEST_PASSWORD, ip: "198.51.100.10", userAgent: "phone" });
    expect(second.ok).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(2);
    const admin = await createUser(["admin"]);

    await setUserActive(user.id, false, { id: admin.id, ip: "198.51.100.1" });

    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getSessionUser(makeRequest("/care", { cookie }))).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.user.deactivated" } });
    expect([audit.actorId, audit.entityId]).toEqual([admin.id, user.id]);
  });

  it("end on logout: the row is deleted and the cookie cleared", async () => {
    const { user, cookie, sessionId } = await signIn(["partner"]);
    const response = await logoutAction({ request: makeRequest("/logout", { method: "POST", cookie }), params: {}, context: {} });

    expect(response.status).toBe(302);
    expect(response.headers.get("Set-Cookie")).toMatch(/reweave_session=; .*Expires=Thu, 01 Jan 1970/);
    expect(await db.session.findUnique({ where: { id: sessionId } })).toBeNull();
    expect(await getSessionUser(makeRequest("/care", { cookie }))).toBeNull();
    const audit = await db.auditLog.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["auth.login.succeeded", "auth.logout"]);
  });

  it("without a cookie, guarded pages send the visitor to sign in and back", async () => {
    const redirect = await requireUser(makeRequest("/care?stage=rescue")).catch((response: unknown) => response);
    expect(redirect).toBeInstanceOf(Response);
    expect((redirect as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fcare%3Fstage%3Drescue");
  });

  it("a forged or unknown token is no session", async () => {
    const cookie = cookieFrom(await commitSessionCookie("forged-token", new Date(Date.now() + 60_000)));
    expect(await getSessionUser(makeRequest("/care", { cookie }))).toBeNull();
  });
});

describe("housekeeping", () => {
  it("removes expired sessions and stale throttle rows, keeping live ones", async () => {
    const { tidyIdentityTables } = await import("~/modules/identity/housekeeping.server");
    const live = await signIn(["caseworker"]);
    const expired = await signIn(["caseworker"]);
    await db.session.update({ where: { id: expired.sessionId }, data: { expiresAt: minutesAgo(1) } });
    await db.loginThrottle.createMany({
      data: [
        { key: "account:stale", failures: 3, lastFailureAt: minutesAgo(25 * 60) },
        { key: "account:recent", failures: 3, lastFailureAt: minutesAgo(5) },
      ],
    });

    const removed = await tidyIdentityTables();

    expect(removed.sessions).toBe(1);
    expect(await db.session.findUnique({ where: { id: live.sessionId } })).not.toBeNull();
    expect((await db.loginThrottle.findMany({ where: { key: { in: ["account:stale", "account:recent"] } } })).map((row) => row.key)).toEqual(["account:recent"]);
  });
});
