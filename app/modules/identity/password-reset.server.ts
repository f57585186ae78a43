import { createHash, randomBytes } from "node:crypto";
import { db } from "~/lib/db.server";
import { sendEmail } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { getTranslator } from "~/lib/i18n.server";
import { recordAudit } from "~/modules/audit/index.server";
import { hashPassword, passwordProblem, type PasswordProblem } from "./passwords.server";
import { revokeAllSessions } from "./sessions.server";

export const RESET_TOKEN_LIFETIME_MS = 30 * 60 * 1000;
export const INVITE_TOKEN_LIFETIME_MS = 3 * 24 * 60 * 60 * 1000;
/** At most one reset email per account in this interval, so that the form cannot flood an inbox. */
const RESET_EMAIL_INTERVAL_MS = 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

async function issueToken(userId: string, purpose: "reset" | "invite") {
  const token = randomBytes(32).toString("base64url");
  const lifetime = purpose === "reset" ? RESET_TOKEN_LIFETIME_MS : INVITE_TOKEN_LIFETIME_MS;
  await db.passwordResetToken.create({
    data: { tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + lifetime) },
  });
  return `${getEnv().APP_URL}/reset-password?token=${token}`;
}

/** Emails a reset link when the address belongs to an active account; the caller always says the same thing. */
export async function requestPasswordReset(email: string, ip: string | null) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || user.deactivatedAt) return;
  const recent = await db.passwordResetToken.findFirst({
    where: { userId: user.id, purpose: "reset", createdAt: { gt: new Date(Date.now() - RESET_EMAIL_INTERVAL_MS) } },
  });
  if (recent) return;
  const link = await issueToken(user.id, "reset");
  const t = await getTranslator(user.preferredLanguage);
  await sendEmail({
    to: user.email,
    subject: t("auth:resetEmail.subject"),
    text: t("auth:resetEmail.body", { name: user.name, link, minutes: RESET_TOKEN_LIFETIME_MS / 60_000 }),
  });
  await recordAudit({ action: "auth.password_reset.requested", actorId: user.id, ip });
}

/** Emails a new account the link to choose its first password. */
export async function sendInvitation(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const link = await issueToken(user.id, "invite");
  const t = await getTranslator(user.preferredLanguage);
  await sendEmail({
    to: user.email,
    subject: t("auth:inviteEmail.subject"),
    text: t("auth:inviteEmail.body", { name: user.name, link, days: INVITE_TOKEN_LIFETIME_MS / 86_400_000 }),
  });
}

async function findUsableToken(token: string) {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.deactivatedAt) return null;
  return row;
}

export async function isPasswordTokenUsable(token: string) {
  return (await findUsableToken(token)) !== null;
}

export type ResetResult = { ok: true; email: string } | { ok: false; problem: "invalidToken" | PasswordProblem };

/** Sets a new password from a link, once; every session of the account ends. */
export async function resetPassword(token: string, newPassword: string, ip: string | null): Promise<ResetResult> {
  const row = await findUsableToken(token);
  if (!row) return { ok: false, problem: "invalidToken" };
  const problem = passwordProblem(newPassword, row.user);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(newPassword);
  const consumed = await db.$transaction(async (tx) => {
    // The usedAt condition makes a second, concurrent use of the same link fail.
    const { count } = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) return false;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await revokeAllSessions(row.userId, tx);
    await recordAudit({ action: "auth.password_reset.completed", actorId: row.userId, ip, details: { purpose: row.purpose } }, tx);
    return true;
  });
  return consumed ? { ok: true, email: row.user.email } : { ok: false, problem: "invalidToken" };
}
