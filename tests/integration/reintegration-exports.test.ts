import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import type { Identity } from "~/modules/cases/index.server";
import { getSessionUser } from "~/modules/identity/index.server";
import { AGE_BANDS, SUPPRESSED } from "~/modules/reintegration/export-bands";
import { recentMonths } from "~/modules/reintegration/income.server";
import { exportIdFor } from "~/modules/reintegration/export-rows.server";
import { deidentifiedExportCsv } from "~/modules/reintegration/index.server";
import { loader as pageLoader } from "~/routes/care.exports";
import { action as csvAction } from "~/routes/care.exports[.]csv";
import { readCountingRows } from "~/ui/export-stream";
import { args, settle, signIn } from "./admin-helpers";
import { careBeneficiary, careOrganisation, careReferral, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

const COLUMNS = [
  "exportId",
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "originState",
  "originCountry",
  "caseStage",
  "caseStageSince",
  "servicesReceived",
  "referralPartnerTypes",
  "livelihoodTrack",
  "planStartQuarter",
  "targetIncomeBandInr",
  "monthsAtTargetLast6",
  "trainingCompleted",
  "claimStatus",
  "claimedBandInr",
  "awardedBandInr",
  "disbursedBandInr",
  "latestCompositeScore",
];

/** Someone nobody could mistake: every identity field distinctive, numbered. */
function person(n: number, overrides: Identity = {}): Identity {
  const tag = String(n).padStart(2, "0");
  return {
    legalName: `Zorabai Quillfeather ${tag}`,
    otherNames: `Quillie${tag}`,
    dateOfBirth: "2004-03-15",
    sexGender: "female",
    phone: `+91 98765 432${tag}`,
    address: `${tag} Marigold Crescent, Lantern Village`,
    originDistrict: `Xylophone Hills ${tag}`,
    originState: "Meghalaya",
    originCountry: "IN",
    languages: "Khasi",
    identityDocuments: `Voter card QX${tag}998`,
    ...overrides,
  };
}

type Subject = Awaited<ReturnType<typeof careBeneficiary>>;

async function people(organisationId: string, from: number, count: number, overrides: Identity = {}, stage: "rehabilitation" | "reintegration" = "rehabilitation") {
  const made: Subject[] = [];
  for (let n = from; n < from + count; n++) made.push(await careBeneficiary({ organisationId, identity: person(n, overrides), stage }));
  return made;
}

function post(cookie: string, form: Record<string, string>) {
  return settle(csvAction(args(makeRequest("/care/exports.csv", { cookie, form }))));
}

async function csvOf(cookie: string, organisation: string) {
  const response = await post(cookie, { organisation });
  if (!(response instanceof Response) || response.status !== 200) throw new Error(`expected the file, got ${response instanceof Response ? response.status : "data"}`);
  return { response, text: await response.text() };
}

const rowsOf = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

describe("de-identified exports", () => {
  let orgA: Awaited<ReturnType<typeof careOrganisation>>;
  let orgB: Awaited<ReturnType<typeof careOrganisation>>;
  let small: Awaited<ReturnType<typeof careOrganisation>>;
  let subjects: Subject[];
  let reintegrating: Subject[];
  let supervisorA: string;
  let coordinatorB: string;

  beforeAll(async () => {
    orgA = await careOrganisation({ prefix: "EXA" });
    orgB = await careOrganisation({ prefix: "EXB" });
    small = await careOrganisation({ prefix: "EXS" });
    const legal = await careOrganisation({ prefix: "EXL", mandates: ["prosecution"] });
    // Organisation A: 12 from Meghalaya, 10 sharing a rare origin state.
    subjects = [...(await people(orgA.id, 1, 12)), ...(await people(orgA.id, 13, 10, { originState: "Nagaland" }))];
    // Organisation B: minors by estimated age, all in Re-integration with plans; 11 share a rare state.
    const minor = { dateOfBirth: undefined, estimatedAge: "15", originCountry: "=cmd" };
    reintegrating = [...(await people(orgB.id, 30, 11, minor, "reintegration")), ...(await people(orgB.id, 41, 11, { ...minor, originState: "Tripura" }, "reintegration"))];
    for (const subject of reintegrating) {
      await db.reintegrationPlan.create({
        data: { caseId: subject.careCase!.id, livelihoodTrack: "handloom_weaving", targetMonthlyIncomeInr: 500_000, startOn: new Date("2026-02-01") },
      });
    }
    // One of B's people referred to A: she is B's, never in A's export.
    await careReferral({ caseId: reintegrating[0]!.careCase!.id, fromOrganisationId: orgB.id, toOrganisationId: orgA.id, status: "accepted" });
    await careReferral({ caseId: reintegrating[1]!.careCase!.id, fromOrganisationId: orgB.id, toOrganisationId: legal.id, status: "accepted" });
    await db.caseEvent.create({ data: { caseId: reintegrating[1]!.careCase!.id, kind: "service", service: "counselling", occurredOn: new Date("2026-03-02"), organisationId: orgB.id } });
    await richHistory(reintegrating[1]!);
    await people(small.id, 60, 10);

    supervisorA = await signIn(await careUser("supervisor", orgA.id));
    coordinatorB = await signIn(await careUser("coordinator", orgB.id));
  });

  /** Income at target in this month and the last, a completed course, an awarded claim, two assessments. */
  async function richHistory(subject: Subject) {
    const id = subject.beneficiary.id;
    for (const month of recentMonths(2).map((text) => new Date(`${text}-01`))) {
      await db.incomeRecord.create({ data: { beneficiaryId: id, month, source: "wages", amountInr: 520_000 } });
    }
    const course = await db.course.create({ data: { organisationId: orgB.id, titleEn: "Natural dyeing (export test)" } });
    await db.enrolment.create({ data: { courseId: course.id, beneficiaryId: id, status: "completed", enrolledOn: new Date("2026-02-01"), completedOn: new Date("2026-04-01") } });
    const scheme = await db.compensationScheme.create({ data: { name: "Export test scheme", country: "IN", legalBasis: "s.357A CrPC", authority: "DLSA" } });
    await db.compensationClaim.create({
      data: { caseId: subject.careCase!.id, schemeId: scheme.id, authority: "DLSA Lantern", status: "awarded", filedOn: new Date("2026-02-10"), claimedInr: 30_000_000, awardedInr: 15_000_000, awardedOn: new Date("2026-05-01") },
    });
    for (const [on, score] of [["2026-03-01", 0.5], ["2026-06-01", 0.649]] as const) {
      await db.assessment.create({ data: { beneficiaryId: id, assessedOn: new Date(on), economicScore: score, socialScore: score, psychosocialScore: score, compositeScore: score } });
    }
  }

  it("writes the agreed columns, one row per person, banded, with a pseudonymous id", async () => {
    const { response, text } = await csvOf(coordinatorB, orgB.id);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("X-Total-Rows")).toBe("22");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="reweave-deidentified-exb-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual(COLUMNS);
    const rows = rowsOf(text);
    expect(rows).toHaveLength(22);
    expect(new Set(rows.map((row) => row.exportId)).size).toBe(22);
    expect(rows.every((row) => /^[0-9a-f]{24}$/.test(row.exportId!))).toBe(true);
    expect(rows.every((row) => row.ageBroad === "9--17" && row.majorityStatus === "Minor" && row.gender === "Female")).toBe(true);
    // 11 share the rare state: it stays. A country typed like a formula is defused.
    expect(rows.filter((row) => row.originState === "Tripura")).toHaveLength(11);
    expect(rows.filter((row) => row.originState === "Meghalaya")).toHaveLength(11);
    expect(rows.every((row) => row.originCountry === "'=cmd")).toBe(true);

    const rich = rows.find((row) => row.exportId === exportIdFor(orgB.id, reintegrating[1]!.beneficiary.id))!;
    expect(rich).toMatchObject({
      caseStage: "reintegration",
      servicesReceived: "counselling",
      referralPartnerTypes: "prosecution",
      livelihoodTrack: "handloom_weaving",
      planStartQuarter: "2026-Q1",
      targetIncomeBandInr: "4000-5999",
      monthsAtTargetLast6: "2",
      trainingCompleted: "yes",
      claimStatus: "awarded",
      claimedBandInr: "200000-499999",
      awardedBandInr: "100000-199999",
      disbursedBandInr: "",
      latestCompositeScore: "0.6",
    });
    expect(rich.caseStageSince).toMatch(/^\d{4}-\d{2}$/);
    const plain = rows.find((row) => row.exportId === exportIdFor(orgB.id, reintegrating[2]!.beneficiary.id))!;
    expect(plain).toMatchObject({ monthsAtTargetLast6: "0", trainingCompleted: "no", claimStatus: "none", claimedBandInr: "", latestCompositeScore: "" });
    // The same person keeps her id from one export to the next; the page's reader counts rows as they stream.
    const progress: string[] = [];
    const streamed = await readCountingRows((await post(coordinatorB, { organisation: orgB.id })) as Response, (done, total) => progress.push(`${done}/${total}`));
    expect(progress.at(-1)).toBe("22/22");
    const again = rowsOf(Buffer.concat(streamed.chunks).toString("utf8"));
    expect(again.map((row) => row.exportId).sort()).toEqual(rows.map((row) => row.exportId).sort());
  });

  it("contains no identity, no codes, and nobody from another organisation", async () => {
    const { text } = await csvOf(supervisorA, orgA.id);
    const rows = rowsOf(text);
    expect(rows).toHaveLength(22);
    const secrets = [...subjects, ...reintegrating].flatMap((subject) => [
      subject.identity.legalName!,
      subject.identity.otherNames!,
      subject.identity.phone!,
      subject.identity.address!,
      subject.identity.originDistrict!,
      subject.identity.identityDocuments!,
      subject.beneficiary.code,
      subject.beneficiary.id,
    ]);
    for (const secret of [...secrets, "2004-03-15", "Quillfeather", "Marigold", "Xylophone", "East Khasi Hills", "Khasi", "98765", orgA.name]) {
      expect(text).not.toContain(secret);
    }
    const allowed = new Set<string>([...AGE_BANDS.map((band) => band.label), SUPPRESSED]);
    expect(rows.every((row) => allowed.has(row.ageBroad!))).toBe(true);
    // B's person referred to A is not A's.
    const ofB = new Set(reintegrating.map((subject) => exportIdFor(orgA.id, subject.beneficiary.id)));
    expect(rows.some((row) => ofB.has(row.exportId!))).toBe(false);
    // The lead's helper gives the same file as the route.
    const user = (await getSessionUser(makeRequest("/care/exports", { cookie: supervisorA })))!;
    expect(rowsOf(await deidentifiedExportCsv(user, orgA.id))).toHaveLength(22);
  });

  it("suppresses a rare origin state shared by 10, keeping every combination at 11 or more", async () => {
    const rows = rowsOf((await csvOf(supervisorA, orgA.id)).text);
    expect(rows.some((row) => row.originState === "Nagaland")).toBe(false);
    expect(rows.filter((row) => row.originState === SUPPRESSED)).toHaveLength(11);
    expect(rows.filter((row) => row.originState === "Meghalaya")).toHaveLength(11);
    const sizes = new Map<string, number>();
    for (const row of rows) {
      const key = [row.gender, row.ageBroad, row.majorityStatus, row.originState, row.originCountry, row.livelihoodTrack, row.yearOfRegistration].join("|");
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(11);
  });

  it("audits every export with its organisation and row count, never its content", async () => {
    const before = await db.auditLog.count({ where: { action: "care.export.deidentified", organisationId: orgA.id } });
    await csvOf(supervisorA, orgA.id);
    const audits = await db.auditLog.findMany({ where: { action: "care.export.deidentified", organisationId: orgA.id }, orderBy: { id: "desc" } });
    expect(audits).toHaveLength(before + 1);
    expect(audits[0]!.details).toEqual({ rows: 22 });
  });

  it("refuses an organisation with fewer than 11 people, with a message, exporting nothing", async () => {
    const coordinator = await careUser("coordinator", small.id);
    const cookie = await signIn(coordinator);
    const script = await post(cookie, { organisation: small.id, via: "script" });
    expect(script).toBeInstanceOf(Response);
    expect((script as Response).status).toBe(400);
    expect(((await (script as Response).json()) as { message: string }).message).toMatch(/fewer than 11 people/);
    const plain = (await post(cookie, { organisation: small.id })) as Response;
    expect(plain.status).toBe(303);
    expect(plain.headers.get("Location")).toBe(`/care/exports?refused=tooFew&organisation=${small.id}`);
    const page = await settle(pageLoader(args(makeRequest(plain.headers.get("Location")!, { cookie }))));
    expect(page).toMatchObject({ refused: "tooFew", organisations: [{ id: small.id }] });
    expect(await db.auditLog.count({ where: { action: "care.export.deidentified", organisationId: small.id } })).toBe(0);
    await expect(deidentifiedExportCsv((await getSessionUser(makeRequest("/", { cookie })))!, small.id)).rejects.toThrow(/at least 11/);
    const bad = (await post(cookie, { organisation: "not-a-uuid", via: "script" })) as Response;
    expect(bad.status).toBe(400);
  });

  it("refuses caseworkers, partners and auditors, and another organisation's supervisor", async () => {
    for (const role of ["caseworker", "partner", "auditor"] as const) {
      const cookie = await signIn(await careUser(role, orgA.id));
      const file = await post(cookie, { organisation: orgA.id });
      expect(file instanceof Response && file.status).toBe(403);
      const page = await settle(pageLoader(args(makeRequest("/care/exports", { cookie }))));
      expect(page instanceof Response && page.status).toBe(403);
    }
    const outsider = await careUser("supervisor", orgB.id);
    const refused = await post(await signIn(outsider), { organisation: orgA.id });
    expect(refused instanceof Response && refused.status).toBe(403);
    const denial = await db.auditLog.findFirstOrThrow({ where: { action: "auth.permission.denied", actorId: outsider.id } });
    expect(denial.details).toMatchObject({ permission: "export:deidentified:org", organisationId: orgA.id });
  });

  it("offers the page with what the file contains", async () => {
    const page = await settle(pageLoader(args(makeRequest("/care/exports", { cookie: supervisorA }))));
    expect(page).toMatchObject({ title: "Exports", organisations: [{ id: orgA.id }], refused: null });
  });
});
