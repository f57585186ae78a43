import { generateTOTP } from "@epic-web/totp";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import {
  commitSessionCookie,
  confirmTwoFactorEnrolment,
  getOptionalUser,
  getSessionUser,
  login,
  requireUser,
  startTwoFactorEnrolment,
  verifySecondFactor,
} from "~/modules/identity/index.server";
import { cookieFrom, createUser, makeRequest, TEST_PASSWORD } from "./helpers";

const codeFor = async (secret: string) => (await generateTOTP({ secret, algorithm: "SHA-1", digits: 6, period: 30 })).otp;

async function enrolledUser() {
  const user = await createUser(["caseworker"]);
  const { secret, uri } = await startTwoFactorEnrolment(user.id);
  expect(uri).toMatch(/^otpauth:\/\/totp\/Reweave:/);
  expect(await confirmTwoFactorEnrolment(user.id, "000000", null)).toBe(false);
  expect(await confirmTwoFactorEnrolment(user.id, await codeFor(secret), null)).toBe(true);
  return { user, secret };
}

describe("two-factor authentication", () => {
  it("stores the secret encrypted and turns on only after a correct code", async () => {
    const { user, secret } = await enrolledUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).toMatch(/^enc:v1:/);
    expect(row.totpSecret).not.toContain(secret);
  });

  it("asks for the code after the password; the session counts only once the code is right", async () => {
    const { user, secret } = await enrolledUser();
    const result = await login({ email: user.email, password: TEST_PASSWORD, ip: null, userAgent: null });
    expect(result.ok && result.needsSecondFactor).toBe(true);
    if (!result.ok) return;
    const cookie = cookieFrom(await commitSessionCookie(result.token, result.expiresAt));

    expect(await getOptionalUser(makeRequest("/care", { cookie }))).toBeNull();
    const redirect = await requireUser(makeRequest("/care", { cookie })).catch((response: unknown) => response);
    expect((redirect as Response).headers.get("Location")).toBe("/login/two-factor?redirectTo=%2Fcare");

    const session = (await getSessionUser(makeRequest("/care", { cookie })))!.session;
    expect(await verifySecondFactor(user.id, session.id, "123456", null)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(user.id, session.id, await codeFor(secret), null)).toEqual({ ok: true });
    expect((await getOptionalUser(makeRequest("/care", { cookie })))?.id).toBe(user.id);
  });

  it("throttles repeated wrong codes", async () => {
    const { user, secret } = await enrolledUser();
    const result = await login({ email: user.email, password: TEST_PASSWORD, ip: null, userAgent: null });
    if (!result.ok) throw new Error("sign-in failed");
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });
    for (let i = 0; i < 5; i++) await verifySecondFactor(user.id, session.id, String(100000 + i), null);
    const blocked = await verifySecondFactor(user.id, session.id, await codeFor(secret), null);
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.reason).toBe("throttled");
  });
});
