import type { Tx } from "~/lib/db.server";
import { db } from "~/lib/db.server";
import { getTranslator } from "~/lib/i18n.server";
import { notifyUsers, staffOf, type NotificationKind } from "./notifications.server";
import type { ServiceKind } from "./vocabulary";

export interface ReferralNotice {
  id: string;
  code: string;
  kind: "service" | "transfer";
  service: ServiceKind | null;
  from: string;
  to: string;
}

/** "Legal aid" or "Transfer of the lead", in `language`. */
export async function referralServiceLabel(referral: { kind: "service" | "transfer"; service: ServiceKind | null }, language: string) {
  const t = await getTranslator(language);
  return referral.kind === "transfer" || !referral.service ? t("care:referralKinds.transfer") : t(`care:services.${referral.service}`);
}

/**
 * Tells an organisation's care staff about a referral: in the app and by email, each in their own
 * language (the service is named in it). Only the code and the organisations' names, never identity.
 */
export async function notifyReferral(organisationId: string, kind: NotificationKind, referral: ReferralNotice, exceptUserId?: string, tx: Tx = db) {
  const staff = (await staffOf(organisationId, undefined, tx)).filter((user) => user.id !== exceptUserId);
  const byLanguage = new Map<string, typeof staff>();
  for (const user of staff) byLanguage.set(user.preferredLanguage, [...(byLanguage.get(user.preferredLanguage) ?? []), user]);
  for (const [language, users] of byLanguage) {
    const params = { code: referral.code, from: referral.from, to: referral.to, service: await referralServiceLabel(referral, language) };
    await notifyUsers(users, { kind, params, link: `/care/referrals/${referral.id}` }, tx);
  }
}
