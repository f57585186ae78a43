import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { countUnread } from "~/modules/cases/index.server";
import { action as notificationsAction, loader as notificationsLoader } from "~/routes/care.notifications";
import { args, locationOf, settle } from "./admin-helpers";
import { answer, referralWorld, sendLegalAid } from "./care-referrals-world";
import { makeRequest } from "./helpers";

type Page = Exclude<Awaited<ReturnType<typeof notificationsLoader>>, Response>;
const open = async (cookie: string) => (await notificationsLoader(args(makeRequest("/care/notifications", { cookie })))) as Page;

describe("care: notifications page", () => {
  it("lists the user's notices newest first, unread marked, with their links; marks all as read", async () => {
    const world = await referralWorld();
    const first = await sendLegalAid(world);
    locationOf(await answer(world.lawyer.cookie, first, { intent: "reject" }));
    const second = await sendLegalAid(world);

    const page = await open(world.lawyer.cookie);
    expect(page.notifications).toMatchObject([
      { kind: "referral_received", link: `/care/referrals/${second}`, unread: true, params: { code: world.beneficiary.code } },
      { kind: "referral_received", link: `/care/referrals/${first}`, unread: true },
    ]);
    // Someone else's notices are not listed.
    expect((await open(world.outsider.cookie)).notifications).toEqual([]);
    expect(await countUnread(world.supervisor.user.id)).toBe(1);

    expect(locationOf(await settle(notificationsAction(args(makeRequest("/care/notifications", { cookie: world.lawyer.cookie, method: "POST", form: {} })))))).toBe(
      "/care/notifications?done=read",
    );
    expect((await open(world.lawyer.cookie)).notifications.every((notice) => !notice.unread)).toBe(true);
    expect(await countUnread(world.lawyer.user.id)).toBe(0);
    // The sender's notice is untouched.
    expect(await countUnread(world.supervisor.user.id)).toBe(1);
  });

  it("never links off the site", async () => {
    const world = await referralWorld();
    await db.notification.create({ data: { userId: world.lawyer.user.id, kind: "referral_received", params: { code: "X" }, link: "https://evil.example/phish" } });
    expect((await open(world.lawyer.cookie)).notifications[0]!.link).toBe("/care/notifications");
  });
});
