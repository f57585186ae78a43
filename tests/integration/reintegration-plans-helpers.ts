import { careToday } from "~/modules/cases/case-dates";
import type { CaseStage, ConsentPurpose } from "~/modules/cases/vocabulary";
import { action, loader } from "~/routes/care.cases.$caseId.reintegration";
import { args, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

/** A person in Re-integration with her caseworker, and the reintegration page's loader and action. */

/** A month `offset` months from this one, "YYYY-MM" (negative: in the past). */
export function monthAt(offset: number) {
  const [year, month] = careToday().split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + offset, 1))
    .toISOString()
    .slice(0, 7);
}
/** Noon UTC on the 15th of that month. */
export const midMonth = (offset: number) =>
  new Date(`${monthAt(offset)}-15T12:00:00.000Z`);

export async function planWorld(
  options: { stage?: CaseStage; consents?: ConsentPurpose[] } = {}
) {
  const organisation = await careOrganisation({ prefix: "RIP" });
  const caseworkerUser = await careUser("caseworker", organisation.id);
  const subject = await careBeneficiary({
    organisationId: organisation.id,
    registeredById: caseworkerUser.id,
    assignedToId: caseworkerUser.id,
    stage: options.stage ?? "reintegration",
    consents: options.consents ?? ["case_management"],
  });
  return {
    organisation,
    caseworkerUser,
    caseworker: await signIn(caseworkerUser),
    subject,
    caseId: subject.careCase!.id,
    beneficiaryId: subject.beneficiary.id,
  };
}

export const path = (caseId: string) => `/care/cases/${caseId}/reintegration`;
export type Page = Exclude<Awaited<ReturnType<typeof loader>>, Response>;

export async function openPage(cookie: string, caseId: string): Promise<Page> {
  const page = await settle(
    loader(args(makeRequest(path(caseId), { cookie }), { caseId }))
  );
  if (page instanceof Response)
    throw new Error(`expected the page, got ${page.status}`);
  return page;
}

export function act(
  cookie: string,
  caseId: string,
  form: Record<string, string>
) {
  return settle(
    action(args(makeRequest(path(caseId), { cookie, form }), { caseId }))
  );
}

export const PLAN = {
  intent: "plan",
  livelihoodTrack: "handloom_weaving",
  targetMonthlyIncome: "5000",
  startOn: "2026-01-01",
  goals: "Weave and sell stoles",
};
