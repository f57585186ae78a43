import { db } from "~/lib/db.server";
import type { Identity } from "~/modules/cases/index.server";
import type { OrganisationKind, Role } from "~/modules/identity/roles";
import { requireUser } from "~/modules/identity/index.server";
import { action as registerAction } from "~/routes/care.beneficiaries.new";
import { action as recordAction, loader as recordLoader } from "~/routes/care.beneficiaries.$code";
import { args, signIn, settle } from "./admin-helpers";
import { careOrganisation, careUser, SAMPLE_IDENTITY } from "./care-factories";
import { makeRequest } from "./helpers";

/** Staff of one care organisation, signed in. */
export async function careTeam(options: { prefix?: string; kind?: OrganisationKind; ownCasesOnly?: boolean; name?: string } = {}) {
  const organisation = await careOrganisation({ prefix: options.prefix ?? "TST", kind: options.kind, ownCasesOnly: options.ownCasesOnly, name: options.name });
  const member = async (role: Role) => {
    const user = await careUser(role, organisation.id);
    return { user, cookie: await signIn(user) };
  };
  return { organisation, caseworker: await member("caseworker"), supervisor: await member("supervisor"), member };
}

export async function signedInCare(role: Role, organisationId: string) {
  const user = await careUser(role, organisationId);
  return { user, cookie: await signIn(user) };
}

/** The session user behind a cookie, as the access rules see her. */
export function sessionUserOf(cookie: string) {
  return requireUser(makeRequest("/care", { cookie }));
}

/** The registration form as the browser posts it: SAMPLE_IDENTITY, written consent to case management. */
export function registrationForm(organisationId: string, identity: Identity = SAMPLE_IDENTITY, extra: Record<string, string | string[]> = {}) {
  const form: Record<string, string | string[]> = { organisationId, purposes: ["case_management"], method: "written", givenOn: "2026-01-10" };
  for (const [field, value] of Object.entries(identity)) if (value) form[field] = value;
  return { ...form, ...extra };
}

export function register(cookie: string, form: Record<string, string | string[]>) {
  return settle(registerAction(args(makeRequest("/care/beneficiaries/new", { cookie, form }))));
}

/** A registration posted as multipart/form-data, with files. */
export function registerMultipart(cookie: string, fields: Record<string, string | string[]>, files: Record<string, { blob: Blob; name: string }>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  for (const [name, file] of Object.entries(files)) body.append(name, file.blob, file.name);
  return settle(registerAction(args(makeRequest("/care/beneficiaries/new", { method: "POST", cookie, body }))));
}

export function openRecord(cookie: string, code: string, search = "") {
  return settle(recordLoader(args(makeRequest(`/care/beneficiaries/${code}${search}`, { cookie }), { code })));
}

export function postRecord(cookie: string, code: string, form: Record<string, string>) {
  return settle(recordAction(args(makeRequest(`/care/beneficiaries/${code}`, { cookie, form }), { code })));
}

export type RecordPage = Exclude<Awaited<ReturnType<typeof recordLoader>>, Response>;

export async function beneficiaryAt(location: string | null) {
  const code = /\/care\/beneficiaries\/([A-Z]{3}-\d{4}-\d{4,})/.exec(location ?? "")?.[1];
  if (!code) throw new Error(`not a record address: ${location}`);
  return db.beneficiary.findUniqueOrThrow({ where: { code } });
}

export const readRows = (code: string) => db.auditLog.findMany({ where: { entityType: "beneficiary", entityId: code, action: "care.beneficiary.read" } });
