import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { fieldsForMandates } from "~/modules/cases/vocabulary";
import type { Role } from "~/modules/identity/roles";
import { loader as careLayout } from "~/routes/care";
import { loader as careHome } from "~/routes/care._index";
import { loader as beneficiaryRecord } from "~/routes/care.beneficiaries.$code";
import { loader as anonymisePage } from "~/routes/care.beneficiaries.$code_.anonymise";
import { loader as consentEvidence } from "~/routes/care.beneficiaries.$code_.consents.$consentId.evidence";
import { loader as withdrawPage } from "~/routes/care.beneficiaries.$code_.consents.$consentId.withdraw";
import { loader as newConsentPage } from "~/routes/care.beneficiaries.$code_.consents.new";
import { loader as editPage } from "~/routes/care.beneficiaries.$code_.edit";
import { action as exportData } from "~/routes/care.beneficiaries.$code_.export";
import { loader as makerPage } from "~/routes/care.beneficiaries.$code_.maker";
import { loader as photo } from "~/routes/care.beneficiaries.$code_.photo";
import { loader as beneficiaryList } from "~/routes/care.beneficiaries._index";
import { loader as registerPage } from "~/routes/care.beneficiaries.new";
import { loader as casePage } from "~/routes/care.cases.$caseId._index";
import { loader as referPage } from "~/routes/care.cases.$caseId.refer";
import { loader as caseList } from "~/routes/care.cases._index";
import { loader as openCasePage } from "~/routes/care.cases.new";
import { loader as directoryEntry } from "~/routes/care.directory.$serviceId";
import { loader as directory } from "~/routes/care.directory._index";
import { loader as newDirectoryEntry } from "~/routes/care.directory.new";
import { loader as notifications } from "~/routes/care.notifications";
import { loader as referral } from "~/routes/care.referrals.$referralId";
import { loader as referralList } from "~/routes/care.referrals._index";
import { loader as checklists } from "~/routes/care.settings.checklists";
import { loader as assessments } from "~/routes/care.beneficiaries.$code_.assessments._index";
import { loader as newAssessment } from "~/routes/care.beneficiaries.$code_.assessments.new";
import { loader as trainingHistory } from "~/routes/care.beneficiaries.$code_.training";
import { loader as claims } from "~/routes/care.cases.$caseId.claims._index";
import { loader as reintegration } from "~/routes/care.cases.$caseId.reintegration";
import { loader as courses } from "~/routes/care.training._index";
import { loader as newCourse } from "~/routes/care.training.new";
import { action as caseAction } from "~/routes/care.cases.$caseId._index";
import { loader as exportsPage } from "~/routes/care.exports";
import { loader as outcomes } from "~/routes/care.outcomes";
import { args, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

/**
 * Every care route, for every kind of person: each role of the organisation that registered the person,
 * of a partner organisation with a referral of her case and of one without, of an unrelated organisation,
 * and an auditor. "ok" means the page answered with its content; 403 is the audited refusal of a missing
 * permission; 404 means the route does not admit that the record exists (the refusal is audited too).
 */
type Outcome = "ok" | 403 | 404;

const ACTORS = [
  "owner caseworker",
  "owner supervisor",
  "owner coordinator",
  "owner admin",
  "owner artisan",
  "referred partner",
  "referred caseworker",
  "referred supervisor",
  "unreferred partner",
  "unreferred supervisor",
  "unrelated caseworker",
  "unrelated supervisor",
  "auditor",
] as const;
type Actor = (typeof ACTORS)[number];

interface World {
  code: string;
  caseId: string;
  consentId: string;
  referralId: string;
  ownDirectoryEntryId: string;
}

type Call = (world: World, cookie: string) => Promise<unknown>;

const get = (loader: (a: ReturnType<typeof args>) => Promise<unknown>, path: (w: World) => string, params: (w: World) => Record<string, string> = () => ({})): Call =>
  (world, cookie) => loader(args(makeRequest(path(world), { cookie }), params(world)));

const ROUTES: Record<string, Call> = {
  "care layout": get(careLayout, () => "/care"),
  "care home": get(careHome, () => "/care"),
  "case list": get(caseList, () => "/care/cases"),
  "open a case": get(openCasePage, (w) => `/care/cases/new?beneficiary=${w.code}`),
  "case page": get(casePage, (w) => `/care/cases/${w.caseId}`, (w) => ({ caseId: w.caseId })),
  "refer a case": get(referPage, (w) => `/care/cases/${w.caseId}/refer`, (w) => ({ caseId: w.caseId })),
  "people list": get(beneficiaryList, () => "/care/beneficiaries"),
  "register a person": get(registerPage, () => "/care/beneficiaries/new"),
  "person's record": get(beneficiaryRecord, (w) => `/care/beneficiaries/${w.code}`, (w) => ({ code: w.code })),
  "edit identity": get(editPage, (w) => `/care/beneficiaries/${w.code}/edit`, (w) => ({ code: w.code })),
  photo: get(photo, (w) => `/care/beneficiaries/${w.code}/photo`, (w) => ({ code: w.code })),
  "record consent": get(newConsentPage, (w) => `/care/beneficiaries/${w.code}/consents/new`, (w) => ({ code: w.code })),
  "withdraw consent": get(withdrawPage, (w) => `/care/beneficiaries/${w.code}/consents/${w.consentId}/withdraw`, (w) => ({ code: w.code, consentId: w.consentId })),
  "consent evidence": get(consentEvidence, (w) => `/care/beneficiaries/${w.code}/consents/${w.consentId}/evidence`, (w) => ({ code: w.code, consentId: w.consentId })),
  "shop maker link": get(makerPage, (w) => `/care/beneficiaries/${w.code}/maker`, (w) => ({ code: w.code })),
  "export own data": (w, cookie) => exportData(args(makeRequest(`/care/beneficiaries/${w.code}/export`, { cookie, form: {} }), { code: w.code })),
  anonymise: get(anonymisePage, (w) => `/care/beneficiaries/${w.code}/anonymise`, (w) => ({ code: w.code })),
  "referral list": get(referralList, () => "/care/referrals"),
  referral: get(referral, (w) => `/care/referrals/${w.referralId}`, (w) => ({ referralId: w.referralId })),
  directory: get(directory, () => "/care/directory"),
  "new directory entry": get(newDirectoryEntry, () => "/care/directory/new"),
  "owner's directory entry": get(directoryEntry, (w) => `/care/directory/${w.ownDirectoryEntryId}`, (w) => ({ serviceId: w.ownDirectoryEntryId })),
  notifications: get(notifications, () => "/care/notifications"),
  "checklist settings": get(checklists, () => "/care/settings/checklists"),
  "reintegration plan": get(reintegration, (w) => `/care/cases/${w.caseId}/reintegration`, (w) => ({ caseId: w.caseId })),
  "compensation claims": get(claims, (w) => `/care/cases/${w.caseId}/claims`, (w) => ({ caseId: w.caseId })),
  "training history": get(trainingHistory, (w) => `/care/beneficiaries/${w.code}/training`, (w) => ({ code: w.code })),
  assessments: get(assessments, (w) => `/care/beneficiaries/${w.code}/assessments`, (w) => ({ code: w.code })),
  "new assessment": get(newAssessment, (w) => `/care/beneficiaries/${w.code}/assessments/new`, (w) => ({ code: w.code })),
  courses: get(courses, () => "/care/training"),
  "new course": get(newCourse, () => "/care/training/new"),
  "record a contact": (w, cookie) =>
    caseAction(args(makeRequest(`/care/cases/${w.caseId}`, { cookie, form: { intent: "contact", contactedOn: "2026-01-05", method: "home_visit" } }), { caseId: w.caseId })),
  "outcome dashboard": get(outcomes, () => "/care/outcomes"),
  "de-identified exports": get(exportsPage, () => "/care/exports"),
};

// Columns in ACTORS order. Reviewed by hand: the team works on the case; partners see only what was
// referred; people without a referral, other organisations, admins and artisans get nothing. Reintegration
// data (plans, income, claims, training, assessments) is for the team alone, not for partners or auditors.
// prettier-ignore
const EXPECTED: Record<string, Outcome[]> = {
  // columns:                 owner: cw   sup coord admin artisan | referred: partner cw  sup | unreferred: partner sup | unrelated: cw sup | auditor
  "care layout":             ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "care home":               ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "case list":               ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "open a case":             ["ok", "ok",  403,  403,  403,  403,  403,  403,  403,  404,  404,  404,  403],
  "case page":               ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok",  404,  404,  404,  404, "ok"],
  "refer a case":            ["ok", "ok",  403,  403,  403,  403,  403,  403,  403,  404,  404,  404,  403],
  "people list":             ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "register a person":       ["ok", "ok",  403,  403,  403,  403, "ok", "ok",  403, "ok", "ok", "ok",  403],
  "person's record":         ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok",  404,  404,  404,  404, "ok"],
  "edit identity":           ["ok", "ok",  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "photo":                   [ 404,  404,  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "record consent":          ["ok", "ok",  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "withdraw consent":        ["ok", "ok",  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "consent evidence":        [ 404,  404,  404,  403,  403,  403,  404,  404,  403,  404,  404,  404,  404],
  "shop maker link":         ["ok", "ok",  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "export own data":         [ 403, "ok",  403,  403,  403,  403,  403,  404,  403,  404,  403,  404,  403],
  "anonymise":               [ 403, "ok",  403,  403,  403,  403,  403,  404,  403,  404,  403,  404,  403],
  "referral list":           ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "referral":                ["ok", "ok",  404,  403,  403, "ok", "ok", "ok",  404,  404,  404,  404,  404],
  "directory":               ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "new directory entry":     [ 403, "ok", "ok",  403,  403,  403,  403, "ok",  403, "ok",  403, "ok",  403],
  "owner's directory entry": [ 403, "ok", "ok",  403,  403,  403,  403,  404,  403,  404,  403,  404,  403],
  "notifications":           ["ok", "ok", "ok",  403,  403, "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"],
  "checklist settings":      [ 403, "ok",  403,  403,  403,  403,  403, "ok",  403, "ok",  403, "ok",  403],
  "reintegration plan":      ["ok", "ok", "ok",  403,  403,  404,  404,  404,  404,  404,  404,  404,  404],
  "compensation claims":     ["ok", "ok", "ok",  403,  403,  404,  404,  404,  404,  404,  404,  404,  404],
  "training history":        ["ok", "ok", "ok",  403,  403,  404,  404,  404,  404,  404,  404,  404,  404],
  "assessments":             ["ok", "ok", "ok",  403,  403,  403,  404,  404,  403,  404,  404,  404,  404],
  "new assessment":          ["ok", "ok",  403,  403,  403,  403,  404,  404,  403,  404,  404,  404,  403],
  "courses":                 ["ok", "ok", "ok",  403,  403,  403, "ok", "ok",  403, "ok", "ok", "ok",  403],
  "new course":              [ 403, "ok", "ok",  403,  403,  403,  403, "ok",  403, "ok",  403, "ok",  403],
  "record a contact":        ["ok", "ok",  403,  403,  403,  403,  403,  403,  403,  404,  404,  404,  403],
  "outcome dashboard":       [ 403, "ok", "ok",  403,  403,  403,  403, "ok",  403, "ok",  403, "ok",  403],
  "de-identified exports":   [ 403, "ok", "ok",  403,  403,  403,  403, "ok",  403, "ok",  403, "ok",  403],
};

describe("care permission matrix", () => {
  let world: World;
  const cookies = new Map<Actor, string>();

  beforeAll(async () => {
    const owner = await careOrganisation({ prefix: "OWN" });
    const referred = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution", "protection"], region: "Assam", prefix: "REF" });
    const unreferred = await careOrganisation({ kind: "shelter", mandates: ["protection"], region: "Assam", prefix: "UNF" });
    const unrelated = await careOrganisation({ prefix: "UNR" });
    const people: Record<Actor, [Role, string]> = {
      "owner caseworker": ["caseworker", owner.id],
      "owner supervisor": ["supervisor", owner.id],
      "owner coordinator": ["coordinator", owner.id],
      "owner admin": ["admin", owner.id],
      "owner artisan": ["artisan", owner.id],
      "referred partner": ["partner", referred.id],
      "referred caseworker": ["caseworker", referred.id],
      "referred supervisor": ["supervisor", referred.id],
      "unreferred partner": ["partner", unreferred.id],
      "unreferred supervisor": ["supervisor", unreferred.id],
      "unrelated caseworker": ["caseworker", unrelated.id],
      "unrelated supervisor": ["supervisor", unrelated.id],
      auditor: ["auditor", unrelated.id],
    };
    const users = new Map<Actor, { id: string }>();
    for (const actor of ACTORS) {
      const user = await careUser(...people[actor]);
      users.set(actor, user);
      cookies.set(actor, await signIn(user));
    }
    const subject = await careBeneficiary({
      organisationId: owner.id,
      registeredById: users.get("owner caseworker")!.id,
      assignedToId: users.get("owner caseworker")!.id,
      consents: ["case_management", "share_partners"],
    });
    const made = await careReferral({
      caseId: subject.careCase!.id,
      fromOrganisationId: owner.id,
      toOrganisationId: referred.id,
      status: "accepted",
      sharedFields: fieldsForMandates(["prosecution", "protection"]),
    });
    const entry = await db.directoryService.create({
      data: { organisationId: owner.id, service: "shelter", descriptionEn: "Short-stay shelter", states: ["Meghalaya"], countries: ["IN"], languages: ["en"] },
    });
    const consent = await db.consent.findFirstOrThrow({ where: { beneficiaryId: subject.beneficiary.id, purpose: "share_partners" } });
    world = { code: subject.beneficiary.code, caseId: subject.careCase!.id, consentId: consent.id, referralId: made.id, ownDirectoryEntryId: entry.id };
  });

  async function outcome(call: Call, actor: Actor): Promise<Outcome> {
    const result = await settle(call(world, cookies.get(actor)!));
    if (result instanceof Response && (result.status === 403 || result.status === 404)) return result.status;
    if (result instanceof Response && result.status >= 400) throw new Error(`unexpected ${result.status}`);
    return "ok";
  }

  it("answers every care route for every kind of person as the access rules say", async () => {
    const actual: Record<string, Outcome[]> = {};
    for (const [name, call] of Object.entries(ROUTES)) {
      actual[name] = [];
      for (const actor of ACTORS) actual[name].push(await outcome(call, actor));
    }
    expect(actual).toEqual(EXPECTED);
  });
});
