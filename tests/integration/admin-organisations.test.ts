import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { languageCookie } from "~/lib/i18n.server";
import { action as createAction, loader as newLoader } from "~/routes/admin.organisations.new";
import { action as editAction, loader as editLoader } from "~/routes/admin.organisations.$organisationId";
import { loader as listLoader } from "~/routes/admin.organisations._index";
import { loader as overviewLoader } from "~/routes/admin._index";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { cookieFrom, createOrganisation, createUser, makeRequest } from "./helpers";

const validForm = (name: string) => ({
  name,
  kind: "shelter",
  country: "NP",
  region: "Bagmati",
  mandates: ["protection", "prevention"],
  requireTwoFactor: "on",
});

async function signedIn(roles: Parameters<typeof createUser>[0], organisationId?: string) {
  const user = await createUser(roles, { organisationId });
  return { user, cookie: await signIn(user) };
}

describe("admin: organisations", () => {
  it("lets an admin create an organisation, and audits it", async () => {
    const { user, cookie } = await signedIn(["admin"]);
    const result = await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: validForm("Kathmandu Safe House") }))));

    const organisation = await db.organisation.findUniqueOrThrow({ where: { name: "Kathmandu Safe House" } });
    expect(locationOf(result)).toBe(`/admin/organisations/${organisation.id}?saved=1`);
    expect(organisation).toMatchObject({ kind: "shelter", country: "NP", region: "Bagmati", requireTwoFactor: true });
    expect(organisation.mandates.sort()).toEqual(["prevention", "protection"]);
    const audit = await db.auditLog.findMany({ where: { action: "admin.organisation.created", entityId: organisation.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, organisationId: organisation.id, ip: "203.0.113.7" });
  });

  it("sets the care settings: own cases only, and the code prefix in capitals; a bad prefix is refused", async () => {
    const { cookie } = await signedIn(["admin"]);
    await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: { ...validForm("Sylhet Shelter"), caseworkersSeeOwnCasesOnly: "on", beneficiaryCodePrefix: "syl" } }))));
    expect(await db.organisation.findUniqueOrThrow({ where: { name: "Sylhet Shelter" } })).toMatchObject({ caseworkersSeeOwnCasesOnly: true, beneficiaryCodePrefix: "SYL" });

    await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: validForm("Default Prefix Shelter") }))));
    expect(await db.organisation.findUniqueOrThrow({ where: { name: "Default Prefix Shelter" } })).toMatchObject({ caseworkersSeeOwnCasesOnly: false, beneficiaryCodePrefix: "RWV" });

    const before = await db.organisation.count();
    const result = await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: { ...validForm("Bad Prefix Shelter"), beneficiaryCodePrefix: "S1" } }))));
    expect(refused(result).errors.beneficiaryCodePrefix).toEqual(["validation.codePrefix"]);
    expect(await db.organisation.count()).toBe(before);
  });

  it("refuses a name that is taken (in any letter case) and creates nothing", async () => {
    const existing = await createOrganisation({ name: "Dhaka Legal Aid" });
    const { cookie } = await signedIn(["admin"]);
    const before = await db.organisation.count();

    const answer = refused(await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: validForm("dhaka legal aid") })))));

    expect(answer.status).toBe(400);
    expect(answer.errors.name).toEqual(["admin:organisations.form.nameTaken"]);
    expect(await db.organisation.count()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "admin.organisation.created", entityId: existing.id } })).toBe(0);
  });

  it("refuses a country code that is not ISO 3166, and bad input, without a 500", async () => {
    const { cookie } = await signedIn(["admin"]);
    const before = await db.organisation.count();

    const unknownCountry = refused(await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: { ...validForm("Nowhere Trust"), country: "XX" } })))));
    expect(unknownCountry.errors.country).toEqual(["validation.country"]);

    const garbage = refused(
      await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: { name: "", kind: "castle", country: "india", region: "", mandates: ["press", "gossip"] } })))),
    );
    expect(garbage.status).toBe(400);
    expect(Object.keys(garbage.errors)).toEqual(expect.arrayContaining(["name", "kind", "country", "region"]));
    expect(await db.organisation.count()).toBe(before);
  });

  it("answers a caseworker with 403 and audits the refusal", async () => {
    const { user, cookie } = await signedIn(["caseworker"]);
    const before = await db.organisation.count();

    const result = await settle(createAction(args(makeRequest("/admin/organisations/new", { cookie, form: validForm("Sneaky Org") }))));

    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(403);
    expect(await db.organisation.count()).toBe(before);
    const denied = await db.auditLog.findFirstOrThrow({ where: { action: "auth.permission.denied", actorId: user.id } });
    expect(denied.details).toMatchObject({ permission: "create:organisation:any", method: "POST", path: "/admin/organisations/new" });
    const loaderResult = await settle(newLoader(args(makeRequest("/admin/organisations/new", { cookie }))));
    expect((loaderResult as Response).status).toBe(403);
  });

  it("lets a coordinator edit their own organisation but not another", async () => {
    const own = await createOrganisation();
    const other = await createOrganisation();
    const { user, cookie } = await signedIn(["coordinator"], own.id);

    const saved = await settle(editAction(args(makeRequest(`/admin/organisations/${own.id}`, { cookie, form: validForm(`${own.name} renamed`) }), { organisationId: own.id })));
    expect(locationOf(saved)).toBe(`/admin/organisations/${own.id}?saved=1`);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: own.id } })).name).toBe(`${own.name} renamed`);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.organisation.updated", entityId: own.id } });
    expect(audit.actorId).toBe(user.id);
    expect(audit.details).toMatchObject({ changed: expect.arrayContaining(["name", "country", "kind"]) });

    const refusedEdit = await settle(editAction(args(makeRequest(`/admin/organisations/${other.id}`, { cookie, form: validForm("Taken over") }), { organisationId: other.id })));
    expect((refusedEdit as Response).status).toBe(403);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: other.id } })).name).toBe(other.name);
    expect(await db.auditLog.count({ where: { action: "auth.permission.denied", actorId: user.id } })).toBe(1);

    const hidden = await settle(editLoader(args(makeRequest(`/admin/organisations/${other.id}`, { cookie }), { organisationId: other.id })));
    expect((hidden as Response).status).toBe(404);

    const list = await listLoader(args(makeRequest("/admin/organisations", { cookie })));
    expect(list.organisations.map((organisation) => organisation.id)).toEqual([own.id]);
    expect(list.canCreate).toBe(false);
  });

  it("refuses to rename an organisation to another one's name", async () => {
    const first = await createOrganisation();
    const second = await createOrganisation();
    const { cookie } = await signedIn(["admin"]);

    const answer = refused(
      await settle(editAction(args(makeRequest(`/admin/organisations/${second.id}`, { cookie, form: validForm(first.name.toUpperCase()) }), { organisationId: second.id }))),
    );

    expect(answer.errors.name).toEqual(["admin:organisations.form.nameTaken"]);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: second.id } })).name).toBe(second.name);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    const { cookie } = await signedIn(["admin"]);
    for (const organisationId of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const shown = await settle(editLoader(args(makeRequest(`/admin/organisations/${organisationId}`, { cookie }), { organisationId })));
      expect((shown as Response).status).toBe(404);
      const saved = await settle(editAction(args(makeRequest(`/admin/organisations/${organisationId}`, { cookie, form: validForm("Ghost") }), { organisationId })));
      expect((saved as Response).status).toBe(404);
    }
  });

  it("names countries in the visitor's language", async () => {
    const { cookie } = await signedIn(["admin"]);
    const hindi = await newLoader(args(makeRequest("/admin/organisations/new", { cookie: `${cookie}; ${cookieFrom(await languageCookie.serialize("hi"))}` })));
    expect(hindi.countries.find((country) => country.code === "IN")?.name).toBe("भारत");
    const english = await newLoader(args(makeRequest("/admin/organisations/new", { cookie: `${cookie}; ${cookieFrom(await languageCookie.serialize("en"))}` })));
    expect(english.countries.find((country) => country.code === "IN")?.name).toBe("India");
  });

  it("counts on the overview only what the viewer may see", async () => {
    const own = await createOrganisation();
    const { cookie } = await signedIn(["coordinator"], own.id);
    const coordinatorView = await overviewLoader(args(makeRequest("/admin", { cookie })));
    expect(coordinatorView.counts.organisations).toBe(1);
    expect(coordinatorView.counts.people).toBe(1);

    const admin = await signedIn(["admin"]);
    const adminView = await overviewLoader(args(makeRequest("/admin", { cookie: admin.cookie })));
    expect(adminView.counts.organisations).toBe(await db.organisation.count());
    expect(adminView.counts.auditEvents).toBeGreaterThan(0);
  });
});
