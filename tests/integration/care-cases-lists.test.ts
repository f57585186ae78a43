import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { caseCounts, checklistFor } from "~/modules/cases/index.server";
import { getSessionUser } from "~/modules/identity/index.server";
import { loader as listLoader } from "~/routes/care.cases._index";
import { action as checklistAction, loader as checklistLoader } from "~/routes/care.settings.checklists";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { casePage } from "./care-cases-helpers";
import { makeRequest } from "./helpers";

type CaseList = Exclude<Awaited<ReturnType<typeof listLoader>>, Response>;

async function list(cookie: string, query = ""): Promise<CaseList> {
  return (await listLoader(args(makeRequest(`/care/cases${query}`, { cookie })))) as CaseList;
}
const codes = (result: CaseList) => result.cases.map((row) => row.code).sort();

async function caseOf(options: { organisationId: string; assignedToId?: string | null; stage?: "report" | "rescue" | "closed"; district?: string; consents?: ("case_management" | "share_partners")[] }) {
  const made = await careBeneficiary({ organisationId: options.organisationId, assignedToId: options.assignedToId ?? null, stage: options.stage ?? "report", consents: options.consents });
  if (options.district || options.stage === "closed") {
    await db.careCase.update({
      where: { id: made.careCase!.id },
      data: { district: options.district ?? "East Khasi Hills", closedAt: options.stage === "closed" ? new Date() : null },
    });
  }
  return { id: made.careCase!.id, code: made.beneficiary.code };
}

describe("care case lists", () => {
  let orgA: { id: string; name: string };
  let caseworkerA: { id: string; email: string };
  let supervisorA: { id: string; email: string };
  let cw: string;
  let sup: string;
  let partner: string;
  let c1: { id: string; code: string };
  let c2: { id: string; code: string };
  let c3: { id: string; code: string };
  let c4: { id: string; code: string };
  let b1: { id: string; code: string };

  beforeAll(async () => {
    orgA = await careOrganisation({ prefix: "LSA" });
    const orgB = await careOrganisation({ prefix: "LSB" });
    const partnerOrg = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution"], prefix: "LSP" });
    caseworkerA = await careUser("caseworker", orgA.id);
    const otherCaseworker = await careUser("caseworker", orgA.id);
    supervisorA = await careUser("supervisor", orgA.id);
    const caseworkerB = await careUser("caseworker", orgB.id);
    cw = await signIn(caseworkerA);
    sup = await signIn(supervisorA);
    partner = await signIn(await careUser("partner", partnerOrg.id));

    c1 = await caseOf({ organisationId: orgA.id, assignedToId: caseworkerA.id, consents: ["case_management", "share_partners"] });
    c2 = await caseOf({ organisationId: orgA.id, assignedToId: otherCaseworker.id, stage: "rescue", district: "Ri Bhoi" });
    c3 = await caseOf({ organisationId: orgA.id, assignedToId: caseworkerA.id, stage: "rescue" });
    c4 = await caseOf({ organisationId: orgA.id, assignedToId: caseworkerA.id, stage: "closed" });
    b1 = await caseOf({ organisationId: orgB.id, assignedToId: caseworkerB.id, stage: "rescue" });
    await caseOf({ organisationId: orgB.id, assignedToId: caseworkerB.id, district: "Ri Bhoi" });
    // c2's review is past due; closing c3 was asked for eight days ago and nobody decided.
    await db.careCase.update({ where: { id: c2.id }, data: { reviewDueOn: new Date("2025-01-01") } });
    await db.careCase.update({ where: { id: c3.id }, data: { closeRequestedAt: new Date(Date.now() - 8 * 86_400_000), closeRequestedById: caseworkerA.id } });
    await careReferral({ caseId: c1.id, fromOrganisationId: orgA.id, toOrganisationId: partnerOrg.id, status: "accepted" });
  });

  it("lists my organisation's open cases and mine, and never another organisation's", async () => {
    const organisation = await list(cw, "?view=organisation");
    expect(codes(organisation)).toEqual([c1.code, c2.code, c3.code].sort());
    expect(organisation.organisations.map((o) => o.id)).toEqual([orgA.id]);
    expect(JSON.stringify(organisation)).not.toContain(b1.code);
    expect(JSON.stringify(organisation)).not.toContain("Testa");
    const mine = await list(cw);
    expect(mine.view).toBe("mine");
    expect(codes(mine)).toEqual([c1.code, c3.code].sort());
    expect(mine.cases.find((row) => row.code === c3.code)).toMatchObject({ overdue: true, closeRequested: true, leadOrganisation: orgA.name, district: "East Khasi Hills", state: "Meghalaya" });
    // Naming another organisation in the address shows nothing of it.
    const { searchParams } = new URL(`http://x/care/cases?view=organisation&organisation=${(await db.careCase.findUniqueOrThrow({ where: { id: b1.id } })).leadOrganisationId}`);
    expect((await list(cw, `?${searchParams.toString()}`)).total).toBe(0);
    expect((await list(cw, `?view=organisation&q=${b1.code}`)).total).toBe(0);
  });

  it("filters by stage, district and overdue, and searches by code (exact or prefix, any case)", async () => {
    expect(codes(await list(cw, "?view=organisation&stage=rescue"))).toEqual([c2.code, c3.code].sort());
    expect(codes(await list(cw, "?view=organisation&stage=closed"))).toEqual([c4.code]);
    expect(codes(await list(cw, "?view=organisation&district=ri%20bhoi"))).toEqual([c2.code]);
    const overdue = await list(cw, "?view=organisation&overdue=1");
    expect(codes(overdue)).toEqual([c2.code, c3.code].sort());
    expect(overdue.cases.every((row) => row.overdue)).toBe(true);
    expect(codes(await list(cw, `?view=organisation&q=${c1.code.toLowerCase()}`))).toEqual([c1.code]);
    expect(codes(await list(cw, "?view=organisation&q=lsa-"))).toEqual([c1.code, c2.code, c3.code].sort());
    expect(codes(await list(cw, "?view=organisation&stage=rescue&district=East%20Khasi%20Hills&overdue=1"))).toEqual([c3.code]);
    // Nonsense in the address is simply not applied.
    expect((await list(cw, "?view=organisation&stage=flying&page=-3")).total).toBe(3);
  });

  it("shows a partner only what was referred to its organisation", async () => {
    expect(codes(await list(partner))).toEqual([c1.code]);
    expect((await list(partner, "?view=organisation")).total).toBe(0);
  });

  it("counts for the care home page: mine, my organisation's, overdue, and closing requests for supervisors", async () => {
    const forSupervisor = await caseCounts((await getSessionUser(makeRequest("/care", { cookie: sup })))!);
    expect(forSupervisor).toEqual({ mine: 0, organisation: 3, overdue: 2, closeRequests: 1 });
    const forCaseworker = await caseCounts((await getSessionUser(makeRequest("/care", { cookie: cw })))!);
    expect(forCaseworker).toEqual({ mine: 2, organisation: 3, overdue: 2, closeRequests: null });
  });

  it("pages by 25", async () => {
    const org = await careOrganisation({ prefix: "PGA" });
    const supervisor = await signIn(await careUser("supervisor", org.id));
    for (let index = 0; index < 27; index++) await careBeneficiary({ organisationId: org.id });
    const first = await list(supervisor);
    expect(first).toMatchObject({ view: "organisation", total: 27, page: 1, pageCount: 2 });
    expect(first.cases).toHaveLength(25);
    const second = await list(supervisor, "?page=2");
    expect(second.cases).toHaveLength(2);
    expect(new Set([...first.cases, ...second.cases].map((row) => row.id)).size).toBe(27);
  });
});

describe("care case lists: caseworkers who see their own cases only", () => {
  it("lists only her own cases and answers another's case with 404", async () => {
    const org = await careOrganisation({ prefix: "OWN", ownCasesOnly: true });
    const first = await careUser("caseworker", org.id);
    const second = await careUser("caseworker", org.id);
    const hers = await caseOf({ organisationId: org.id, assignedToId: first.id });
    const theirs = await caseOf({ organisationId: org.id, assignedToId: second.id });
    const cookie = await signIn(first);
    expect(codes(await list(cookie, "?view=organisation"))).toEqual([hers.code]);
    expect(codes(await list(cookie))).toEqual([hers.code]);
    expect(((await casePage(cookie, theirs.id)) as Response).status).toBe(404);
    expect((await casePage(cookie, hers.id)) instanceof Response).toBe(false);
    // Her supervisor sees both.
    expect(codes(await list(await signIn(await careUser("supervisor", org.id)), "?view=organisation"))).toEqual([hers.code, theirs.code].sort());
  });
});

describe("care settings: stage checklists", () => {
  const post = (cookie: string, form: Record<string, string>) => settle(checklistAction(args(makeRequest("/care/settings/checklists", { cookie, form }))));

  it("a supervisor adds, renames, reorders and archives items of her organisation; audited", async () => {
    const org = await careOrganisation({ prefix: "CHK" });
    const supervisorUser = await careUser("supervisor", org.id);
    const cookie = await signIn(supervisorUser);
    const page = (await checklistLoader(args(makeRequest("/care/settings/checklists", { cookie })))) as Exclude<Awaited<ReturnType<typeof checklistLoader>>, Response>;
    expect(page.organisation.id).toBe(org.id);
    expect(page.stages.find((s) => s.stage === "rescue")!.items.map((item) => item.labelEn)).toContain("FIR number recorded");
    const before = await checklistFor(org.id, "rescue");

    expect(refused(await post(cookie, { intent: "add", organisationId: org.id, stage: "rescue", labelEn: " " })).errors.labelEn).toEqual(["careCases:errors.labelEn"]);
    expect(locationOf(await post(cookie, { intent: "add", organisationId: org.id, stage: "rescue", labelEn: "Child welfare committee informed", labelHi: "" }))).toBe(
      `/care/settings/checklists?organisation=${org.id}&done=added`,
    );
    let rescue = await checklistFor(org.id, "rescue");
    expect(rescue).toHaveLength(before.length + 1);
    expect(rescue.at(-1)).toMatchObject({ labelEn: "Child welfare committee informed", labelHi: "Child welfare committee informed" });

    await post(cookie, { intent: "rename", organisationId: org.id, itemId: before[0]!.id, labelEn: "FIR number and police station recorded", labelHi: "एफ़आईआर संख्या और थाना दर्ज" });
    await post(cookie, { intent: "up", organisationId: org.id, itemId: rescue.at(-1)!.id });
    await post(cookie, { intent: "archive", organisationId: org.id, itemId: before[1]!.id });
    rescue = await checklistFor(org.id, "rescue");
    expect(rescue.map((item) => item.labelEn)).toEqual([
      "FIR number and police station recorded",
      ...before.slice(2, -1).map((item) => item.labelEn),
      "Child welfare committee informed",
      before.at(-1)!.labelEn,
    ]);
    expect(rescue[0]!.labelHi).toBe("एफ़आईआर संख्या और थाना दर्ज");
    expect((await db.stageChecklistItem.findUniqueOrThrow({ where: { id: before[1]!.id } })).archivedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findMany({ where: { action: "care.checklist.updated", organisationId: org.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => (row.details as { change: string }).change)).toEqual(["added", "renamed", "moved", "archived"]);
    // Other stages still have their defaults, written once.
    expect(await db.stageChecklistItem.count({ where: { organisationId: org.id, stage: "report" } })).toBe(3);
  });

  it("refuses caseworkers (403) and another organisation's supervisor (404)", async () => {
    const org = await careOrganisation({ prefix: "CHR" });
    const caseworker = await signIn(await careUser("caseworker", org.id));
    expect(((await settle(checklistLoader(args(makeRequest("/care/settings/checklists", { cookie: caseworker }))))) as Response).status).toBe(403);
    expect(((await post(caseworker, { intent: "add", organisationId: org.id, stage: "rescue", labelEn: "Sneaky" })) as Response).status).toBe(403);
    const stranger = await signIn(await careUser("supervisor", (await careOrganisation()).id));
    expect(((await post(stranger, { intent: "add", organisationId: org.id, stage: "rescue", labelEn: "Sneaky" })) as Response).status).toBe(404);
    expect(await db.stageChecklistItem.count({ where: { labelEn: "Sneaky" } })).toBe(0);
  });

  it("writes the default checklists once, even when asked for at the same time", async () => {
    const org = await careOrganisation({ prefix: "CON" });
    await Promise.all([checklistFor(org.id, "report"), checklistFor(org.id, "rescue"), checklistFor(org.id, "repatriation")]);
    expect(await db.stageChecklistItem.count({ where: { organisationId: org.id } })).toBe(18);
  });
});
