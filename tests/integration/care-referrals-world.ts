import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "~/lib/db.server";
import type { ConsentPurpose } from "~/modules/cases/vocabulary";
import type { Role } from "~/modules/identity/roles";
import { action as referralAction, loader as referralLoader } from "~/routes/care.referrals.$referralId";
import { action as referAction, loader as referLoader } from "~/routes/care.cases.$caseId.refer";
import { args, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

/**
 * The network of the issue: a shelter in Meghalaya that registers and leads the case, a legal-aid
 * organisation in Assam (prosecution and protection), a police anti-trafficking unit in Assam (policing),
 * and an organisation with nothing to do with the case.
 */
export async function referralWorld(options: { consents?: ConsentPurpose[]; stage?: "report" | "closed" } = {}) {
  const tag = randomUUID().slice(0, 6);
  const shelter = await careOrganisation({ name: `Shillong Shelter ${tag}`, kind: "shelter", mandates: ["protection", "prevention"], prefix: "MEG", region: "Meghalaya" });
  const legalAid = await careOrganisation({ name: `Assam Legal Aid ${tag}`, kind: "legal_aid", mandates: ["prosecution", "protection"], prefix: "ASM", region: "Assam" });
  const police = await careOrganisation({ name: `Guwahati Police Anti-Human Trafficking Unit ${tag}`, kind: "government_ahtu", mandates: ["policing"], prefix: "GPA", region: "Assam" });
  const stranger = await careOrganisation({ name: `Elsewhere NGO ${tag}`, kind: "ngo", mandates: ["protection"], prefix: "ELS", region: "Tripura" });
  const person = async (role: Role, organisationId: string) => {
    const user = await careUser(role, organisationId);
    return { user, cookie: await signIn(user) };
  };
  const supervisor = await person("supervisor", shelter.id);
  const caseworker = await person("caseworker", shelter.id);
  const lawyer = await person("partner", legalAid.id);
  const officer = await person("partner", police.id);
  const outsider = await person("supervisor", stranger.id);
  const { beneficiary, careCase, identity } = await careBeneficiary({
    organisationId: shelter.id,
    registeredById: caseworker.user.id,
    consents: options.consents ?? ["case_management", "share_partners", "share_authorities"],
    stage: options.stage,
    assignedToId: caseworker.user.id,
  });
  return { shelter, legalAid, police, stranger, supervisor, caseworker, lawyer, officer, outsider, beneficiary, careCase: careCase!, identity };
}
export type ReferralWorld = Awaited<ReturnType<typeof referralWorld>>;

export const REASON = "Needs counsel for the trial at the district court";

export const refer = (cookie: string, caseId: string, form: Record<string, string | string[]>) =>
  settle(referAction(args(makeRequest(`/care/cases/${caseId}/refer`, { cookie, form }), { caseId })));

export const referPage = (cookie: string, caseId: string, query = "") => settle(referLoader(args(makeRequest(`/care/cases/${caseId}/refer${query}`, { cookie }), { caseId })));

export const openReferral = (cookie: string, referralId: string) =>
  settle(referralLoader(args(makeRequest(`/care/referrals/${referralId}`, { cookie }), { referralId })));

export const answer = (cookie: string, referralId: string, form: Record<string, string>) =>
  settle(referralAction(args(makeRequest(`/care/referrals/${referralId}`, { cookie, form }), { referralId })));

export type ReferralPage = Exclude<Awaited<ReturnType<typeof referralLoader>>, Response>;
export type ReferPage = Exclude<Awaited<ReturnType<typeof referLoader>>, Response>;

/** Sends a legal-aid referral from the shelter to the legal-aid organisation through the form; returns its id. */
export async function sendLegalAid(world: ReferralWorld, form: Record<string, string | string[]> = {}) {
  const result = await refer(world.supervisor.cookie, world.careCase.id, { toOrganisationId: world.legalAid.id, kind: "service", service: "legal_aid", reason: REASON, ...form });
  if (!(result instanceof Response) || result.status !== 302) throw new Error(`sending failed: ${JSON.stringify(result)}`);
  return result.headers.get("Location")!.replace(/^\/care\/referrals\//, "").replace(/\?.*$/, "");
}

export async function outbox() {
  const dir = path.join(process.env.DATA_DIR!, "outbox");
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string }));
}

/** Rows that a refused referral must not have left behind. */
export async function traces(caseId: string) {
  return {
    referrals: await db.referral.count({ where: { caseId } }),
    events: await db.caseEvent.count({ where: { caseId, kind: { in: ["referral_sent", "referral_answered", "transferred"] } } }),
    audits: await db.auditLog.count({ where: { action: { startsWith: "care.referral." } } }),
    notifications: await db.notification.count({ where: { kind: { startsWith: "referral_" } } }),
  };
}
