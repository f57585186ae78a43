import { careToday } from "~/modules/cases/case-dates";
import { action as caseAction, loader as caseLoader } from "~/routes/care.cases.$caseId._index";
import { signIn, args, settle } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";
import type { ConsentPurpose } from "~/modules/cases/vocabulary";

/** A care organisation with a caseworker and a supervisor, signed in, and one person with an open case assigned to the caseworker. */
export async function caseWorld(options: { consents?: ConsentPurpose[]; ownCasesOnly?: boolean } = {}) {
  const organisation = await careOrganisation({ prefix: "MEG", ownCasesOnly: options.ownCasesOnly });
  const caseworkerUser = await careUser("caseworker", organisation.id);
  const supervisorUser = await careUser("supervisor", organisation.id);
  const subject = await careBeneficiary({
    organisationId: organisation.id,
    registeredById: caseworkerUser.id,
    assignedToId: caseworkerUser.id,
    consents: options.consents ?? ["case_management", "share_partners"],
  });
  return {
    organisation,
    caseworkerUser,
    supervisorUser,
    caseworker: await signIn(caseworkerUser),
    supervisor: await signIn(supervisorUser),
    subject,
    caseId: subject.careCase!.id,
  };
}

export type CasePage = Exclude<Awaited<ReturnType<typeof caseLoader>>, Response>;

export async function casePage(cookie: string, caseId: string) {
  return settle(caseLoader(args(makeRequest(`/care/cases/${caseId}`, { cookie }), { caseId }))) as Promise<CasePage | Response>;
}

export async function openedPage(cookie: string, caseId: string): Promise<CasePage> {
  const page = await casePage(cookie, caseId);
  if (page instanceof Response) throw new Error(`expected the case page, got ${page.status}`);
  return page;
}

export function caseAct(cookie: string, caseId: string, form: Record<string, string | string[]>) {
  return settle(caseAction(args(makeRequest(`/care/cases/${caseId}`, { cookie, form }), { caseId })));
}

export const today = () => careToday();
