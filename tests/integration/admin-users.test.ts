import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { findSessionUser } from "~/modules/identity/sessions.server";
import { loader as outboxLoader } from "~/routes/admin.outbox._index";
import { loader as outboxMessageLoader } from "~/routes/admin.outbox.$messageId";
import { action as userAction, loader as userLoader } from "~/routes/admin.users.$userId";
import { loader as listLoader } from "~/routes/admin.users._index";
import { action as createAction } from "~/routes/admin.users.new";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { createOrganisation, createUser, makeRequest } from "./helpers";

async function signedIn(roles: Parameters<typeof createUser>[0], organisationId?: string) {
  const user = await createUser(roles, { organisationId });
  return { user, cookie: await signIn(user) };
}

const post = (userId: string, cookie: string, form: Record<string, string>) =>
  settle(userAction(args(makeRequest(`/admin/users/${userId}`, { cookie, form }), { userId })));

async function outboxFiles() {
  const dir = path.join(process.env.DATA_DIR!, "outbox");
  const files = await fs.readdir(dir).catch(() => [] as string[]);
  return Promise.all(files.map(async (file) => JSON.parse(await fs.readFile(path.join(dir, file), "utf8")) as { id: string; to: string; subject: string; text: string }));
}

describe("admin: people", () => {
  it("creates a user with a membership, audits it and writes the invitation to the outbox", async () => {
    const organisation = await createOrganisation();
    const { user: admin, cookie } = await signedIn(["admin"]);

    const result = await settle(
      createAction(
        args(
          makeRequest("/admin/users/new", {
            cookie,
            form: { email: "  New.Person@Example.org ", name: "New Person", preferredLanguage: "hi", organisationId: organisation.id, role: "caseworker" },
          }),
        ),
      ),
    );

    const created = await db.user.findUniqueOrThrow({ where: { email: "new.person@example.org" }, include: { memberships: true } });
    expect(locationOf(result)).toBe(`/admin/users/${created.id}?saved=invited`);
    expect(created).toMatchObject({ name: "New Person", preferredLanguage: "hi", passwordHash: null });
    expect(created.memberships).toEqual([expect.objectContaining({ organisationId: organisation.id, role: "caseworker" })]);
    expect(await db.auditLog.count({ where: { action: "admin.user.created", actorId: admin.id, entityId: created.id, organisationId: organisation.id } })).toBe(1);
    const invitation = (await outboxFiles()).find((message) => message.to === "new.person@example.org");
    expect(invitation?.text).toMatch(/\/reset-password\?token=/);

    const list = await outboxLoader(args(makeRequest("/admin/outbox", { cookie })));
    expect(list.messages.map((message) => message.id)).toContain(invitation!.id);
    const shown = await outboxMessageLoader(args(makeRequest(`/admin/outbox/${invitation!.id}`, { cookie }), { messageId: invitation!.id }));
    expect(shown.message.text).toBe(invitation!.text);
    const missing = await settle(outboxMessageLoader(args(makeRequest("/admin/outbox/../../etc/passwd", { cookie }), { messageId: "../../etc/passwd" })));
    expect((missing as Response).status).toBe(404);
  });

  it("refuses a taken email or an unknown organisation and creates nothing", async () => {
    const organisation = await createOrganisation();
    const existing = await createUser(["artisan"], { organisationId: organisation.id });
    const { cookie } = await signedIn(["admin"]);
    const before = await db.user.count();
    const form = { email: existing.email.toUpperCase(), name: "Twin", preferredLanguage: "en", organisationId: organisation.id, role: "artisan" };

    const taken = refused(await settle(createAction(args(makeRequest("/admin/users/new", { cookie, form })))));
    expect(taken.errors.email).toEqual(["admin:users.form.emailTaken"]);
    const unknown = refused(
      await settle(createAction(args(makeRequest("/admin/users/new", { cookie, form: { ...form, email: "fresh@example.org", organisationId: "00000000-0000-4000-8000-000000000000" } })))),
    );
    expect(unknown.errors.organisationId).toEqual(["validation.choose"]);
    const garbage = refused(await settle(createAction(args(makeRequest("/admin/users/new", { cookie, form: { email: "nope", role: "king" } })))));
    expect(Object.keys(garbage.errors)).toEqual(expect.arrayContaining(["email", "name", "organisationId", "role"]));

    expect(await db.user.count()).toBe(before);
    expect(await outboxFiles()).not.toContainEqual(expect.objectContaining({ to: "fresh@example.org" }));
  });

  it("deactivates a user only after confirmation, ending all their sessions", async () => {
    const { user: admin, cookie } = await signedIn(["admin"]);
    const target = await createUser(["caseworker"]);
    await signIn(target);
    await signIn(target);
    expect(await db.session.count({ where: { userId: target.id } })).toBe(2);

    const unconfirmed = refused(await post(target.id, cookie, { intent: "deactivate" }));
    expect(unconfirmed.errors.confirm).toEqual(["admin:users.status.confirmRequired"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).deactivatedAt).toBeNull();
    expect(await db.session.count({ where: { userId: target.id } })).toBe(2);

    const done = await post(target.id, cookie, { intent: "deactivate", confirm: "on" });
    expect(locationOf(done)).toBe(`/admin/users/${target.id}?saved=deactivated`);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).deactivatedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "admin.user.deactivated", actorId: admin.id, entityId: target.id } })).toBe(1);

    const reactivated = await post(target.id, cookie, { intent: "reactivate" });
    expect(locationOf(reactivated)).toBe(`/admin/users/${target.id}?saved=reactivated`);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).deactivatedAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: "admin.user.reactivated", entityId: target.id } })).toBe(1);
  });

  it("does not let an admin deactivate themselves or remove their own last admin role", async () => {
    const { user: admin, cookie } = await signedIn(["admin"]);
    const self = refused(await post(admin.id, cookie, { intent: "deactivate", confirm: "on" }));
    expect(self.errors[""]).toEqual(["admin:users.status.cannotDeactivateSelf"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).deactivatedAt).toBeNull();
    expect(await db.session.count({ where: { userId: admin.id } })).toBe(1);

    const lastAdmin = refused(await post(admin.id, cookie, { intent: "remove-membership", membershipId: admin.memberships[0]!.id }));
    expect(lastAdmin.errors[""]).toEqual(["admin:users.memberships.lastOwnAdmin"]);
    expect(await db.membership.count({ where: { userId: admin.id, role: "admin" } })).toBe(1);
  });

  it("edits details and adds and removes memberships, auditing each change", async () => {
    const { user: admin, cookie } = await signedIn(["admin"]);
    const other = await createOrganisation();
    const target = await createUser(["caseworker"]);
    const taken = await createUser(["artisan"]);

    const clash = refused(await post(target.id, cookie, { intent: "update", name: "Renamed", email: taken.email, preferredLanguage: "en" }));
    expect(clash.errors.email).toEqual(["admin:users.form.emailTaken"]);
    const saved = await post(target.id, cookie, { intent: "update", name: "Renamed", email: "renamed@example.org", preferredLanguage: "hi" });
    expect(locationOf(saved)).toBe(`/admin/users/${target.id}?saved=details`);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ name: "Renamed", email: "renamed@example.org", preferredLanguage: "hi" });
    const updated = await db.auditLog.findFirstOrThrow({ where: { action: "admin.user.updated", entityId: target.id } });
    expect(updated.details).toEqual({ changed: ["email", "name", "preferredLanguage"] });

    const added = await post(target.id, cookie, { intent: "add-membership", organisationId: other.id, role: "supervisor" });
    expect(locationOf(added)).toBe(`/admin/users/${target.id}?saved=membershipAdded`);
    const membership = await db.membership.findFirstOrThrow({ where: { userId: target.id, organisationId: other.id, role: "supervisor" } });
    expect(await db.auditLog.count({ where: { action: "admin.membership.added", actorId: admin.id, entityId: target.id, organisationId: other.id } })).toBe(1);

    // A membership of someone else cannot be removed through this user's page.
    const foreign = refused(await post(target.id, cookie, { intent: "remove-membership", membershipId: taken.memberships[0]!.id }));
    expect(foreign.errors[""]).toEqual(["admin:users.memberships.notFound"]);
    expect(await db.membership.count({ where: { id: taken.memberships[0]!.id } })).toBe(1);

    const removed = await post(target.id, cookie, { intent: "remove-membership", membershipId: membership.id });
    expect(locationOf(removed)).toBe(`/admin/users/${target.id}?saved=membershipRemoved`);
    expect(await db.membership.count({ where: { id: membership.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "admin.membership.removed", entityId: target.id, organisationId: other.id } })).toBe(1);

    const badIntent = await post(target.id, cookie, { intent: "delete-everything" });
    expect((badIntent as Response).status).toBe(400);
    const badMembership = refused(await post(target.id, cookie, { intent: "remove-membership", membershipId: "x" }));
    expect(badMembership.status).toBe(400);
  });

  it("shows a coordinator only the people of their organisations, read-only", async () => {
    const own = await createOrganisation();
    const elsewhere = await createOrganisation();
    const { user: coordinator, cookie } = await signedIn(["coordinator"], own.id);
    const colleague = await createUser(["caseworker"], { organisationId: own.id });
    await db.membership.create({ data: { userId: colleague.id, organisationId: elsewhere.id, role: "partner" } });
    const stranger = await createUser(["caseworker"], { organisationId: elsewhere.id });

    const list = await listLoader(args(makeRequest("/admin/users", { cookie })));
    expect(list.users.map((user) => user.id).sort()).toEqual([coordinator.id, colleague.id].sort());
    expect(list.users.find((user) => user.id === colleague.id)!.memberships).toEqual([expect.objectContaining({ role: "caseworker" })]);
    expect(list.organisations.map((organisation) => organisation.id)).toEqual([own.id]);
    expect(list.canCreate).toBe(false);

    const forced = await listLoader(args(makeRequest(`/admin/users?organisationId=${elsewhere.id}`, { cookie })));
    expect(forced.users).toEqual([]);

    const page = await userLoader(args(makeRequest(`/admin/users/${colleague.id}`, { cookie }), { userId: colleague.id }));
    expect(page.can).toEqual({ update: false, memberships: false, deactivate: false });
    expect(page.target.memberships.map((membership) => membership.organisationId)).toEqual([own.id]);
    expect(page.target).not.toHaveProperty("passwordHash");

    const hidden = await settle(userLoader(args(makeRequest(`/admin/users/${stranger.id}`, { cookie }), { userId: stranger.id })));
    expect((hidden as Response).status).toBe(404);

    const change = await post(colleague.id, cookie, { intent: "deactivate", confirm: "on" });
    expect((change as Response).status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).deactivatedAt).toBeNull();
    const denied = await db.auditLog.findFirstOrThrow({ where: { action: "auth.permission.denied", actorId: coordinator.id } });
    expect(denied.details).toMatchObject({ permission: "deactivate:user:any" });
  });

  it("answers a caseworker with 403 everywhere and audits it", async () => {
    const { user, cookie } = await signedIn(["caseworker"]);
    const before = await db.user.count();
    const list = await settle(listLoader(args(makeRequest("/admin/users", { cookie }))));
    expect((list as Response).status).toBe(403);
    const create = await settle(
      createAction(args(makeRequest("/admin/users/new", { cookie, form: { email: "x@example.org", name: "X", preferredLanguage: "en", organisationId: user.memberships[0]!.organisationId, role: "admin" } }))),
    );
    expect((create as Response).status).toBe(403);
    expect(await db.user.count()).toBe(before);
    const outbox = await settle(outboxLoader(args(makeRequest("/admin/outbox", { cookie }))));
    expect((outbox as Response).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "auth.permission.denied", actorId: user.id } })).toBe(3);
  });

  it("filters by search text, role and status, and pages", async () => {
    const organisation = await createOrganisation();
    const { cookie } = await signedIn(["admin"], organisation.id);
    const [findMe, gone] = [await createUser(["artisan"], { organisationId: organisation.id, email: "weaver-findme@example.org" }), await createUser(["artisan"], { organisationId: organisation.id })];
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await db.user.createMany({ data: Array.from({ length: 30 }, (_, index) => ({ email: `bulk-${index}@example.org`, name: `Bulk ${String(index).padStart(2, "0")}` })) });

    const bySearch = await listLoader(args(makeRequest("/admin/users?q=FINDME", { cookie })));
    expect(bySearch.users.map((user) => user.id)).toEqual([findMe.id]);
    const deactivated = await listLoader(args(makeRequest(`/admin/users?status=deactivated&organisationId=${organisation.id}`, { cookie })));
    expect(deactivated.users.map((user) => user.id)).toEqual([gone.id]);
    const artisans = await listLoader(args(makeRequest(`/admin/users?role=artisan&organisationId=${organisation.id}&status=active`, { cookie })));
    expect(artisans.users.map((user) => user.id)).toEqual([findMe.id]);

    const first = await listLoader(args(makeRequest("/admin/users?q=bulk-", { cookie })));
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.users).toHaveLength(25);
    const second = await listLoader(args(makeRequest("/admin/users?q=bulk-&page=2", { cookie })));
    expect(second.users).toHaveLength(5);

    const nonsense = await listLoader(args(makeRequest("/admin/users?role=king&status=zombie&organisationId=nope&page=-4", { cookie })));
    expect(nonsense.filter).toEqual({ q: undefined, organisationId: undefined, role: undefined, status: undefined, page: 1 });
  });

  it("ends the deactivated user's session for good", async () => {
    const { cookie } = await signedIn(["admin"]);
    const target = await createUser(["caseworker"]);
    const targetCookie = await signIn(target);
    await post(target.id, cookie, { intent: "deactivate", confirm: "on" });
    const { getSessionCookie } = await import("~/lib/http.server");
    const token = (await getSessionCookie().parse(targetCookie)) as string;
    expect(await findSessionUser(token)).toBeNull();
  });
});
