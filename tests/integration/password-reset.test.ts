import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { listOutbox } from "~/lib/email.server";
import { login, requestPasswordReset, resetPassword } from "~/modules/identity/index.server";
import { action as forgotAction } from "~/routes/forgot-password";
import { createUser, makeRequest, TEST_PASSWORD } from "./helpers";

const NEW_PASSWORD = "a new jar of forest honey";

async function linkFor(email: string) {
  const message = (await listOutbox()).find((item) => item.to === email);
  const link = message?.text.match(/https?:\/\/\S+reset-password\?token=\S+/)?.[0];
  if (!link) throw new Error(`no reset email for ${email}`);
  return { message: message!, token: new URL(link).searchParams.get("token")! };
}

describe("password reset", () => {
  it("emails a one-time link (to the outbox) in the user's language, stores only the token's hash", async () => {
    const user = await createUser(["caseworker"]);
    await db.user.update({ where: { id: user.id }, data: { preferredLanguage: "hi" } });
    await requestPasswordReset(user.email.toUpperCase(), "192.0.2.1");

    const { message, token } = await linkFor(user.email);
    expect(message.subject).toBe("अपना Reweave पासवर्ड रीसेट करें");
    expect(message.text).toContain("30");
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1_000);
    expect(await fs.readdir(path.join(process.env.DATA_DIR!, "outbox"))).toHaveLength(1);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const known = await createUser(["artisan"]);
    const answers = await Promise.all(
      [known.email, "nobody@example.org"].map(async (email) => {
        const result = (await forgotAction({ request: makeRequest("/forgot-password", { form: { email } }), params: {}, context: {} })) as { sent: boolean };
        return result.sent;
      }),
    );
    expect(answers).toEqual([true, true]);
    const recipients = (await listOutbox()).map((message) => message.to);
    expect(recipients.filter((to) => to === known.email)).toHaveLength(1);
    expect(recipients).not.toContain("nobody@example.org");
  });

  it("sets the new password once, ends every session, and the link then stops working", async () => {
    const user = await createUser(["supervisor"]);
    await login({ email: user.email, password: TEST_PASSWORD, ip: null, userAgent: null });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    await requestPasswordReset(user.email, null);
    const { token } = await linkFor(user.email);

    expect(await resetPassword(token, NEW_PASSWORD, "192.0.2.2")).toEqual({ ok: true, email: user.email });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await login({ email: user.email, password: TEST_PASSWORD, ip: null, userAgent: null })).ok).toBe(false);
    expect((await login({ email: user.email, password: NEW_PASSWORD, ip: null, userAgent: null })).ok).toBe(true);

    expect(await resetPassword(token, "another long password", null)).toEqual({ ok: false, problem: "invalidToken" });
    const audit = await db.auditLog.findMany({ where: { actorId: user.id, action: { startsWith: "auth.password_reset" } }, orderBy: { id: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["auth.password_reset.requested", "auth.password_reset.completed"]);
  });

  it("refuses an expired link and a weak password, changing nothing", async () => {
    const user = await createUser(["caseworker"]);
    await requestPasswordReset(user.email, null);
    const { token } = await linkFor(user.email);

    expect(await resetPassword(token, "qwerty123456", null)).toEqual({ ok: false, problem: "common" });
    expect(await resetPassword(token, "short", null)).toEqual({ ok: false, problem: "tooShort" });
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword(token, NEW_PASSWORD, null)).toEqual({ ok: false, problem: "invalidToken" });
    expect((await login({ email: user.email, password: TEST_PASSWORD, ip: null, userAgent: null })).ok).toBe(true);
  });

  it("does not send a second email within a minute", async () => {
    const user = await createUser(["caseworker"]);
    await requestPasswordReset(user.email, null);
    await requestPasswordReset(user.email, null);
    expect((await listOutbox()).filter((message) => message.to === user.email)).toHaveLength(1);
  });
});
