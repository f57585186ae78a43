import { db, type Tx } from "~/lib/db.server";
import { sendEmail } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { getTranslator } from "~/lib/i18n.server";
import { logger } from "~/lib/logger.server";
import type { Role } from "~/modules/identity/roles";

/**
 * In-app notices, each also sent by email (through the outbox in embedded installations). The text
 * comes from care:notifications.<kind>.{subject,body} with `params`: codes, organisation names and
 * places only, never a person's identity.
 */
export const NOTIFICATION_KINDS = [
  "referral_received",
  "referral_accepted",
  "referral_rejected",
  "referral_completed",
  "referral_revoked",
  "possible_duplicate",
  "close_requested",
  "close_approved",
  "close_rejected",
  "hearing_soon",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationParams = Record<string, string>;

const CARE_ROLES: readonly Role[] = ["supervisor", "caseworker", "partner", "coordinator"];

/** The active staff of an organisation holding one of `roles`. */
export async function staffOf(organisationId: string, roles: readonly Role[] = CARE_ROLES, tx: Tx = db) {
  return tx.user.findMany({
    where: { deactivatedAt: null, memberships: { some: { organisationId, role: { in: [...roles] } } } },
    select: { id: true, email: true, preferredLanguage: true },
  });
}

export async function notifyUsers(
  users: { id: string; email: string; preferredLanguage: string }[],
  notice: { kind: NotificationKind; params: NotificationParams; link: string },
  tx: Tx = db,
) {
  if (!users.length) return;
  await tx.notification.createMany({ data: users.map((user) => ({ userId: user.id, kind: notice.kind, params: notice.params, link: notice.link })) });
  for (const user of users) {
    const t = await getTranslator(user.preferredLanguage);
    // Keys are built from the kind, so the typed key check cannot see them; a unit test checks every kind.
    const say = (part: "subject" | "body") => String(t(`care:notifications.${notice.kind}.${part}` as never, notice.params as never));
    await sendEmail({
      to: user.email,
      subject: say("subject"),
      text: `${say("body")}\n\n${t("care:notifications.openLink")}: ${getEnv().APP_URL}${notice.link}`,
    }).catch((error: unknown) => logger.error({ err: error, kind: notice.kind }, "notification email failed"));
  }
}

/** Notify an organisation's care staff (or only some roles). */
export async function notifyOrganisation(
  organisationId: string,
  notice: { kind: NotificationKind; params: NotificationParams; link: string; roles?: readonly Role[]; exceptUserId?: string },
  tx: Tx = db,
) {
  const users = (await staffOf(organisationId, notice.roles, tx)).filter((user) => user.id !== notice.exceptUserId);
  await notifyUsers(users, notice, tx);
}

export async function listNotifications(userId: string, take = 50) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
}

export async function countUnread(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markNotificationsRead(userId: string, ids?: string[]) {
  await db.notification.updateMany({ where: { userId, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } });
}
