import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { DEMO_PASSWORD } from "~/lib/demo-accounts";
import { accessToBeneficiary, decryptIdentity, decryptNote } from "~/modules/cases/index.server";
import { CASE_STAGES, REFERRAL_STATUSES } from "~/modules/cases/vocabulary";
import { commitSessionCookie, getSessionUser, login } from "~/modules/identity/index.server";
import { seed } from "../../prisma/seed";
import { cookieFrom, makeRequest } from "./helpers";

/** The demo data of the care side, loaded with the whole seed into this file's own database. */

const now = new Date();
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).id;

async function sessionUserOf(email: string) {
  const outcome = await login({ email, password: DEMO_PASSWORD, ip: "203.0.113.7", userAgent: "vitest" });
  if (!outcome.ok) throw new Error(`could not sign in ${email}`);
  const cookie = cookieFrom(await commitSessionCookie(outcome.token, outcome.expiresAt));
  return (await getSessionUser(makeRequest("/care", { cookie })))!;
}

beforeAll(async () => {
  // The first query opens the database; the seed's transactions should not wait for that.
  expect(await db.organisation.count()).toBe(0);
  await seed(db, now);
}, 300_000);

describe("care demo data", () => {
  it("holds about sixty fictional people across the three care organisations, every stage in the NGO's and the legal-aid centre's cases", async () => {
    const organisations = await db.organisation.findMany({ select: { id: true, name: true, region: true } });
    const nameOf = new Map(organisations.map((org) => [org.id, org.name]));
    const people = await db.beneficiary.groupBy({ by: ["organisationId"], _count: true });
    const counts = Object.fromEntries(people.map((row) => [nameOf.get(row.organisationId), row._count]));
    expect(counts).toEqual({ "Shillong Anti-Trafficking Network": 30, "Brahmaputra Legal Aid Centre": 18, "Guwahati Police Anti-Human Trafficking Unit": 12 });

    for (const name of ["Shillong Anti-Trafficking Network", "Brahmaputra Legal Aid Centre"]) {
      const id = organisations.find((org) => org.name === name)!.id;
      const stages = await db.careCase.findMany({ where: { leadOrganisationId: id }, distinct: ["stage"], select: { stage: true } });
      expect(stages.map((row) => row.stage).sort()).toEqual([...CASE_STAGES].sort());
    }
    const checklistItems = await db.stageChecklistItem.groupBy({ by: ["organisationId"], _count: true });
    expect(checklistItems.map((row) => row._count)).toEqual([18, 18, 18]);
  });

  it("keeps identity encrypted at rest, and every legal name says it is fictional", async () => {
    const rows = await db.beneficiary.findMany();
    const identities = rows.map((row) => decryptIdentity(row, ["legalName", "phone", "address"]));
    for (const identity of identities) expect(identity.legalName).toMatch(/ \(fictional\)$/);
    const raw = JSON.stringify(await db.$queryRawUnsafe("SELECT * FROM beneficiary"));
    for (const identity of identities.slice(0, 10)) {
      expect(raw).not.toContain(identity.legalName!.replace(" (fictional)", ""));
      expect(raw).not.toContain(identity.address!);
      if (identity.phone) expect(raw).not.toContain(identity.phone);
    }
    expect(raw).not.toContain("fictional");
    // Free text too: service notes and referral reasons decrypt only with their own record's context.
    const service = await db.caseEvent.findFirstOrThrow({ where: { kind: "service", notes: { not: null } } });
    expect(decryptNote("case_event.notes", service.id, service.notes)).toMatch(/\w/);
    const referral = await db.referral.findFirstOrThrow();
    expect(decryptNote("referral.reason", referral.id, referral.reason)).toMatch(/\w/);
  });

  it("has consents given, some withdrawn, and referrals in every status, one from Meghalaya to Assam", async () => {
    expect(await db.consent.count({ where: { withdrawnAt: { not: null } } })).toBeGreaterThanOrEqual(3);
    expect(await db.consent.count({ where: { purpose: "share_partners", withdrawnAt: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await db.beneficiary.count({ where: { consents: { none: { purpose: "case_management" } } } })).toBe(0);

    const referrals = await db.referral.findMany({ include: { fromOrganisation: true, toOrganisation: true } });
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(REFERRAL_STATUSES));
    expect(referrals.some((r) => r.fromOrganisation.region === "Meghalaya" && r.toOrganisation.region === "Assam")).toBe(true);
    expect(referrals.some((r) => r.kind === "transfer" && r.status === "accepted")).toBe(true);
    expect(referrals.filter((r) => r.consentOverride).every((r) => r.overrideReason)).toBe(true);
    // A referral still open stands on a sharing consent in force, or on a recorded override.
    for (const referral of referrals.filter((r) => r.status === "pending" || r.status === "accepted")) {
      if (referral.consentOverride) continue;
      const careCase = await db.careCase.findUniqueOrThrow({ where: { id: referral.caseId } });
      const purpose = referral.toOrganisation.kind === "government_ahtu" ? "share_authorities" : "share_partners";
      expect(await db.consent.count({ where: { beneficiaryId: careCase.beneficiaryId, purpose, withdrawnAt: null } })).toBe(1);
    }
  });

  it("gives the demo caseworker open cases, two of them overdue, and the supervisor two closings to approve", async () => {
    const caseworker = await userId("caseworker@demo.reweave.org");
    const open = await db.careCase.findMany({ where: { assignedToId: caseworker, closedAt: null } });
    expect(open.length).toBe(8);
    expect(new Set(open.map((c) => c.stage)).size).toBeGreaterThanOrEqual(4);
    expect(open.filter((c) => c.reviewDueOn && c.reviewDueOn < today)).toHaveLength(2);

    const supervisor = await userId("supervisor@demo.reweave.org");
    expect(await db.careCase.count({ where: { closeRequestedAt: { not: null }, closedAt: null } })).toBe(2);
    expect(await db.notification.count({ where: { userId: supervisor, kind: "close_requested", readAt: null } })).toBe(2);
    for (const closed of await db.careCase.findMany({ where: { stage: "closed" }, include: { events: true } })) {
      expect(closed.closedAt).not.toBeNull();
      expect(closed.events.map((e) => e.kind)).toEqual(expect.arrayContaining(["opened", "close_requested", "close_approved"]));
    }
    // The stage of each open case is where its last stage change took it.
    for (const careCase of await db.careCase.findMany({ where: { closedAt: null, stage: { not: "report" } }, include: { events: { where: { kind: "stage_changed" }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] } } })) {
      expect(careCase.events.at(-1)?.toStage).toBe(careCase.stage);
    }
    // One case went back to Rescue after Re-integration, with the reason on its timeline.
    const revisit = await db.caseEvent.findFirstOrThrow({ where: { kind: "stage_changed", fromStage: "reintegration", toStage: "rescue" } });
    expect(decryptNote("case_event.notes", revisit.id, revisit.notes)).toMatch(/Re-trafficked/);
  });

  it("shows the demo partner only what was referred to her centre, with pending referrals to answer", async () => {
    const partner = await sessionUserOf("partner@demo.reweave.org");
    const legalAid = partner.memberships[0]!.organisationId;
    expect(await db.referral.count({ where: { toOrganisationId: legalAid, status: "pending" } })).toBeGreaterThanOrEqual(2);
    expect(await db.notification.count({ where: { userId: partner.id, kind: "referral_received", readAt: null } })).toBeGreaterThanOrEqual(2);

    const kinds: string[] = [];
    for (const { code } of await db.beneficiary.findMany({ select: { code: true } })) {
      const found = await accessToBeneficiary(partner, code);
      if (found) kinds.push(found.access.kind);
    }
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(kinds)).toEqual(new Set(["referral"]));
  });

  it("links the demo artisan's maker to a person whose consents allow it, and fills the directory", async () => {
    const daphi = await db.maker.findUniqueOrThrow({ where: { slug: "daphi" }, include: { beneficiary: { include: { consents: true, cases: true } } } });
    expect(daphi.publicProfile).toBe(true);
    const inForce = daphi.beneficiary!.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose);
    expect(inForce).toEqual(expect.arrayContaining(["public_maker_profile", "link_earnings"]));
    expect(daphi.beneficiary!.cases[0]!.stage).toBe("reintegration");
    // Any other linked maker shows a public profile only with that consent in force.
    for (const maker of await db.maker.findMany({ where: { beneficiary: { isNot: null } }, include: { beneficiary: { include: { consents: true } } } })) {
      const consent = maker.beneficiary!.consents.some((c) => c.purpose === "public_maker_profile" && !c.withdrawnAt);
      expect(maker.publicProfile).toBe(consent);
    }

    const directory = await db.directoryService.findMany();
    expect(directory.length).toBeGreaterThanOrEqual(12);
    expect(new Set(directory.map((entry) => entry.organisationId)).size).toBeGreaterThanOrEqual(3);
    for (const entry of directory) for (const language of entry.languages) expect(language).toMatch(/^[a-z]{2}$/);
  });
});
