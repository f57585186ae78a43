import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { i18nForRequest } from "~/lib/i18n.server";
import * as caseRoute from "~/routes/care.cases.$caseId._index";
import * as listRoute from "~/routes/care.cases._index";
import * as newRoute from "~/routes/care.cases.new";
import * as checklistsRoute from "~/routes/care.settings.checklists";
import { signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { caseAct, caseWorld, today } from "./care-cases-helpers";

/** Server-renders a page the way Remix does (loader, then component), to catch what a loader test cannot: the markup. */
async function render(path: string, route: { loader: (a: never) => unknown; default: () => unknown }, pattern: string, cookie: string, language: "en" | "hi" = "en") {
  const handler = createStaticHandler([
    { id: "page", path: pattern, loader: ({ request, params }) => route.loader({ request: withCookie(request, cookie), params, context: {} } as never) as never, Component: route.default as never },
  ]);
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

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("care case pages render", () => {
  it("renders the list, the opening form, the case page for each reader and the checklist settings, in English and Hindi", async () => {
    const world = await caseWorld();
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], prefix: "RLA" });
    const partner = await signIn(await careUser("partner", partnerOrg.id));
    const referral = await careReferral({ caseId: world.caseId, fromOrganisationId: world.organisation.id, toOrganisationId: partnerOrg.id, status: "accepted" });
    // Written by the referrals module; the timeline only shows them.
    await db.caseEvent.create({ data: { caseId: world.caseId, kind: "referral_sent", occurredOn: new Date(), actorId: world.supervisorUser.id, organisationId: world.organisation.id, service: "legal_aid", referralId: referral.id } });
    await caseAct(world.caseworker, world.caseId, { intent: "service", service: "medical", occurredOn: today(), notes: "Team medical notes" });
    await caseAct(world.caseworker, world.caseId, { intent: "move", fromStage: "report", toStage: "rescue", reason: "Urgent rescue" });
    await caseAct(world.caseworker, world.caseId, { intent: "requestClose", reason: "Ready to close" });
    const { beneficiary } = await careBeneficiary({ organisationId: world.organisation.id, withCase: false });

    for (const language of ["en", "hi"] as const) {
      const page = await render(`/care/cases/${world.caseId}`, caseRoute as never, "/care/cases/:caseId", world.supervisor, language);
      expect(page).toContain(world.subject.beneficiary.code);
      expect(page).toContain(world.subject.identity.legalName!);
      expect(page).toContain("Team medical notes");
      expect(page).toContain('aria-current="step"');
      expect(page).toContain(`/care/referrals/${referral.id}`);
      expect(page).toMatch(/<ol[^>]*>/);
      const partnerView = await render(`/care/cases/${world.caseId}`, caseRoute as never, "/care/cases/:caseId", partner, language);
      expect(partnerView).not.toContain("Team medical notes");
      expect(partnerView).not.toContain("Urgent rescue");
      const caseworkerView = await render(`/care/cases/${world.caseId}?done=moved`, caseRoute as never, "/care/cases/:caseId", world.caseworker, language);
      expect(caseworkerView).toContain('role="status"');
      const list = await render(`/care/cases?view=organisation`, listRoute as never, "/care/cases", world.caseworker, language);
      expect(list).toContain(world.subject.beneficiary.code);
      expect(list).not.toContain(world.subject.identity.legalName!);
      const open = await render(`/care/cases/new?beneficiary=${beneficiary.code}`, newRoute as never, "/care/cases/new", world.caseworker, language);
      expect(open).toContain(beneficiary.code);
      const settings = await render(`/care/settings/checklists`, checklistsRoute as never, "/care/settings/checklists", world.supervisor, language);
      expect(settings).toContain("FIR number recorded");
      if (language === "en") {
        expect(text(page)).toContain("Closing waits for your decision");
        expect(text(page)).toContain("Moved from Report to Rescue");
        expect(text(page)).toContain(`Referral from ${world.organisation.name} to ${partnerOrg.name}`);
        expect(text(list)).toContain("1 case.");
      } else {
        expect(text(page)).toContain("समय-रेखा");
      }
    }
    expect(await db.careCase.count({ where: { id: world.caseId, stage: "rescue" } })).toBe(1);
  });
});
