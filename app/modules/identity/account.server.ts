import { db } from "~/lib/db.server";
import type { Language } from "~/lib/i18n";
import { recordAudit } from "~/modules/audit/index.server";
import { hashPassword, passwordProblem, verifyPassword, type PasswordProblem } from "./passwords.server";

/** What signed-in users change about themselves. */

export async function getAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, preferredLanguage: true, totpEnabledAt: true },
  });
}

export async function updateProfile(userId: string, input: { name: string; preferredLanguage: Language }) {
  await db.user.update({ where: { id: userId }, data: input });
}

export async function setPreferredLanguage(userId: string, preferredLanguage: Language) {
  await db.user.update({ where: { id: userId }, data: { preferredLanguage } });
}

export type ChangePasswordResult = { ok: true } | { ok: false; problem: "wrongCurrent" | PasswordProblem };

/** Changes the password; other sessions of the account end, the current one stays. */
export async function changePassword(
  userId: string,
  currentSessionId: string,
  input: { currentPassword: string; password: string },
  ip: string | null,
): Promise<ChangePasswordResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) return { ok: false, problem: "wrongCurrent" };
  const problem = passwordProblem(input.password, user);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId, id: { not: currentSessionId } } });
    await recordAudit({ action: "auth.password.changed", actorId: userId, ip }, tx);
  });
  return { ok: true };
}
