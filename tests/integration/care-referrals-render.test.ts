import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { i18nForRequest } from "~/lib/i18n.server";
import * as referRoute from "~/routes/care.cases.$caseId.refer";
import * as directoryRoute from "~/routes/care.directory._index";
import * as directoryNewRoute from "~/routes/care.directory.new";
import * as directoryEditRoute from "~/routes/care.directory.$serviceId";
import * as notificationsRoute from "~/routes/care.notifications";
import * as referralRoute from "~/routes/care.referrals.$referralId";
import * as referralsRoute from "~/routes/care.referrals._index";
import { signIn } from "./admin-helpers";
import { careUser } from "./care-factories";
import { referralWorld, sendLegalAid } from "./care-referrals-world";

async function render(path: string, route: { loader: (a: never) => unknown; default: () => unknown }, pattern: string, cookie: string, language: "en" | "hi" = "en") {
  const handler = createStaticHandler([{ id: "page", path: pattern, loader: ({ request, params }) => route.loader({ request: withCookie(request, cookie), params, context: {} } as never) as never, Component: route.default as never }]);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) throw new Error(`got a response ${context.status}`);
  if (context.errors) throw new Error(JSON.stringify(context.errors));
  const router = createStaticRouter(handler.dataRoutes, context);
  const i18n = await i18nForRequest(language);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
}

function withCookie(request: Request, cookie: string) {
  const headers = new Headers(request.headers);
  headers.set("Cookie", cookie);
  headers.set("x-reweave-client-ip", "203.0.113.7");
  return new Request(request.url, { headers });
}

/**
 * The pages of referrals, notifications and the directory rendered on the server with their real loaders
 * (React Router's static handler stands in for Remix's): each renders in English and Hindi, the partner's
 * page shows the shared fields only, and the sender's page no identity.
 */
describe("care: referral, notification and directory pages render", () => {
  it("renders every page in English and Hindi", async () => {
    const world = await referralWorld();
    await db.directoryService.create({ data: { organisationId: world.legalAid.id, service: "legal_aid", descriptionEn: "Free counsel", descriptionHi: "मुफ़्त सलाह", states: ["Meghalaya"], countries: ["IN"], languages: ["en"], phone: "+91 1234 5678", email: "a@b.org", hours: "9-5" } });
    const id = await sendLegalAid(world, { sharedFields: ["legalName", "address"] });
    for (const language of ["en", "hi"] as const) {
      const refer = await render(`/care/cases/${world.careCase.id}/refer?to=${world.legalAid.id}`, referRoute as never, "/care/cases/:caseId/refer", world.supervisor.cookie, language);
      expect(refer).toContain(world.legalAid.name);
      const detail = await render(`/care/referrals/${id}`, referralRoute as never, "/care/referrals/:referralId", world.lawyer.cookie, language);
      expect(detail).toContain(world.identity.legalName);
      expect(detail).toContain(world.identity.address);
      expect(detail).not.toContain(world.identity.phone);
      const sender = await render(`/care/referrals/${id}?done=sent`, referralRoute as never, "/care/referrals/:referralId", world.supervisor.cookie, language);
      expect(sender).not.toContain(world.identity.legalName);
      const list = await render(`/care/referrals`, referralsRoute as never, "/care/referrals", world.supervisor.cookie, language);
      expect(list).toContain(world.beneficiary.code);
      const notices = await render(`/care/notifications`, notificationsRoute as never, "/care/notifications", world.lawyer.cookie, language);
      expect(notices).toContain(world.beneficiary.code);
      const coordinator = await careUser("coordinator", world.legalAid.id);
      const cookie = await signIn(coordinator);
      const directory = await render(`/care/directory`, directoryRoute as never, "/care/directory", cookie, language);
      expect(directory).toContain(world.legalAid.name);
      await render(`/care/directory/new`, directoryNewRoute as never, "/care/directory/new", cookie, language);
      const entry = await db.directoryService.findFirstOrThrow({ where: { organisationId: world.legalAid.id } });
      const edit = await render(`/care/directory/${entry.id}`, directoryEditRoute as never, "/care/directory/:serviceId", cookie, language);
      expect(edit).toContain("Free counsel");
      if (language === "hi") expect(detail).toContain("आपकी संस्था से साझा नहीं किया गया");
    }
  });
});
