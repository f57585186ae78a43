import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { AUDIT_PAGE_SIZE, recordAudit } from "~/modules/audit/index.server";
import { loader } from "~/routes/admin.audit";
import { args, settle, signIn } from "./admin-helpers";
import { createOrganisation, createUser, makeRequest } from "./helpers";

async function signedIn(roles: Parameters<typeof createUser>[0], organisationId?: string) {
  const user = await createUser(roles, { organisationId });
  return { user, cookie: await signIn(user) };
}

const read = (query: string, cookie: string) => loader(args(makeRequest(`/admin/audit${query}`, { cookie })));

describe("admin: audit log", () => {
  it("filters by action, actor, entity and days, newest first", async () => {
    const { user: admin, cookie } = await signedIn(["admin"]);
    const organisation = await createOrganisation();
    const marker = randomUUID();
    // Rows are written in time order, so the backdated one comes first.
    await db.auditLog.create({ data: { action: "admin.user.deactivated", actorId: admin.id, entityType: "user", entityId: marker, at: new Date("2020-03-15T12:00:00Z") } });
    await recordAudit({ action: "admin.user.created", actorId: admin.id, organisationId: organisation.id, entityType: "user", entityId: marker, ip: "198.51.100.4", details: { role: "artisan" } });
    await recordAudit({ action: "admin.user.updated", actorId: admin.id, organisationId: organisation.id, entityType: "user", entityId: marker, reason: "typo in name" });

    const byEntity = await read(`?entityType=user&entityId=${marker}`, cookie);
    expect(byEntity.events.map((event) => event.action)).toEqual(["admin.user.updated", "admin.user.created", "admin.user.deactivated"]);
    const created = byEntity.events[1]!;
    expect(created).toMatchObject({ actor: { email: admin.email }, organisation: organisation.name, entityType: "user", entityId: marker, ip: "198.51.100.4", details: '{"role":"artisan"}' });
    expect(byEntity.events[0]!.reason).toBe("typo in name");
    expect(typeof created.id).toBe("string");

    const byAction = await read(`?action=admin.user.updated&entityId=${marker}`, cookie);
    expect(byAction.events.map((event) => event.action)).toEqual(["admin.user.updated"]);

    const byActor = await read(`?actor=${admin.email.slice(0, 10).toUpperCase()}&entityId=${marker}`, cookie);
    expect(byActor.events).toHaveLength(3);
    const byOtherActor = await read(`?actor=nobody-like-this&entityId=${marker}`, cookie);
    expect(byOtherActor.events).toHaveLength(0);

    const inMarch2020 = await read(`?from=2020-03-15&to=2020-03-15&entityId=${marker}`, cookie);
    expect(inMarch2020.events.map((event) => event.action)).toEqual(["admin.user.deactivated"]);
    const sinceApril2020 = await read(`?from=2020-04-01&entityId=${marker}`, cookie);
    expect(sinceApril2020.events).toHaveLength(2);
  });

  it("pages older events with a cursor", async () => {
    const { cookie } = await signedIn(["admin"]);
    const marker = randomUUID();
    await db.auditLog.createMany({ data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, () => ({ action: "auth.logout", entityType: "probe", entityId: marker })) });

    const first = await read(`?entityId=${marker}`, cookie);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextBefore).toBe(first.events.at(-1)!.id);
    const ids = first.events.map((event) => BigInt(event.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);

    const second = await read(`?entityId=${marker}&before=${first.nextBefore}`, cookie);
    expect(second.events).toHaveLength(5);
    expect(second.nextBefore).toBeNull();
    expect(BigInt(second.events[0]!.id)).toBeLessThan(ids.at(-1)!);
  });

  it("shows a coordinator only the rows of their organisations; auditors and admins see all", async () => {
    const own = await createOrganisation();
    const elsewhere = await createOrganisation();
    const { cookie } = await signedIn(["coordinator"], own.id);
    const auditor = await signedIn(["auditor"]);
    const marker = randomUUID();
    await recordAudit({ action: "admin.organisation.updated", organisationId: own.id, entityType: "organisation", entityId: marker });
    await recordAudit({ action: "admin.organisation.updated", organisationId: elsewhere.id, entityType: "organisation", entityId: marker });
    await recordAudit({ action: "auth.login.failed", entityType: "organisation", entityId: marker });

    const coordinatorView = await read(`?entityId=${marker}`, cookie);
    expect(coordinatorView.events.map((event) => event.organisation)).toEqual([own.name]);
    const auditorView = await read(`?entityId=${marker}`, auditor.cookie);
    expect(auditorView.events).toHaveLength(3);
  });

  it("refuses people without the permission, and audits the refusal", async () => {
    const { user, cookie } = await signedIn(["caseworker"]);
    const result = await settle(read("", cookie));
    expect((result as Response).status).toBe(403);
    const denied = await db.auditLog.findFirstOrThrow({ where: { action: "auth.permission.denied", actorId: user.id } });
    expect(denied.details).toMatchObject({ permission: "read:audit:org", method: "GET", path: "/admin/audit" });
  });

  it("ignores filter values that make no sense instead of failing", async () => {
    const { cookie } = await signedIn(["admin"]);
    const result = await read("?action=drop.tables&before=99999999999999999999999&from=yesterday&to=2020-13-45&actor=" + "x".repeat(400), cookie);
    expect(result.form).toEqual({ action: undefined, actor: undefined, entityType: undefined, entityId: undefined, from: undefined, to: undefined, before: undefined });
    expect(result.events.length).toBeGreaterThan(0);
  });
});
