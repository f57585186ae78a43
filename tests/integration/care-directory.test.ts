import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { coversPlace, directorySearch } from "~/modules/cases/index.server";
import { action as editAction, loader as editLoader } from "~/routes/care.directory.$serviceId";
import { loader as directoryLoader } from "~/routes/care.directory._index";
import { action as newAction, loader as newLoader } from "~/routes/care.directory.new";
import { args, locationOf, refused, settle, signIn } from "./admin-helpers";
import { careOrganisation, careUser } from "./care-factories";
import { makeRequest } from "./helpers";

async function directoryWorld() {
  const legalAid = await careOrganisation({ kind: "legal_aid", mandates: ["prosecution", "protection"], region: "Assam" });
  const shelter = await careOrganisation({ kind: "shelter", mandates: ["protection"], region: "Meghalaya" });
  const nepal = await careOrganisation({ kind: "ngo", mandates: ["protection"], region: "Bagmati", country: "NP" });
  const signed = async (role: "supervisor" | "coordinator" | "caseworker" | "partner", organisationId: string) => {
    const user = await careUser(role, organisationId);
    return { user, cookie: await signIn(user) };
  };
  return {
    legalAid,
    shelter,
    nepal,
    legalCoordinator: await signed("coordinator", legalAid.id),
    shelterSupervisor: await signed("supervisor", shelter.id),
    caseworker: await signed("caseworker", shelter.id),
  };
}

const entry = {
  service: "legal_aid",
  descriptionEn: "Free legal counsel and representation for survivors in court",
  descriptionHi: "अदालत में पीड़ितों के लिए मुफ़्त क़ानूनी सलाह और पैरवी",
  states: "Assam",
  districts: "Kamrup Metropolitan, Cachar",
  countries: "IN",
  languages: ["as", "hi", "en"],
  phone: "+91 (361) 234-5678",
  email: "Help@LegalAid.example.org",
  hours: "Mon–Sat 10:00–17:00",
};

const create = (cookie: string, form: Record<string, string | string[]>) => settle(newAction(args(makeRequest("/care/directory/new", { cookie, form }))));
const edit = (cookie: string, serviceId: string, form: Record<string, string | string[]>) =>
  settle(editAction(args(makeRequest(`/care/directory/${serviceId}`, { cookie, form }), { serviceId })));

describe("care: directory of services", () => {
  it("an organisation lists a service: saved as given, audited; bad input is refused field by field", async () => {
    const world = await directoryWorld();
    expect(locationOf(await create(world.legalCoordinator.cookie, entry))).toBe("/care/directory?done=created");
    const saved = await db.directoryService.findFirstOrThrow({ where: { organisationId: world.legalAid.id } });
    expect(saved).toMatchObject({
      service: "legal_aid",
      states: ["Assam"],
      districts: ["Kamrup Metropolitan", "Cachar"],
      countries: ["IN"],
      languages: ["as", "hi", "en"],
      phone: "+91 (361) 234-5678",
      email: "help@legalaid.example.org",
    });
    expect(await db.auditLog.findFirst({ where: { action: "care.directory.updated", entityId: saved.id } })).toMatchObject({
      actorId: world.legalCoordinator.user.id,
      organisationId: world.legalAid.id,
      details: { change: "created", service: "legal_aid" },
    });

    const count = await db.directoryService.count();
    const bad = refused(await create(world.legalCoordinator.cookie, { ...entry, service: "", states: "", countries: "", phone: "call me", email: "not-an-email", languages: ["xx"] }));
    expect(bad.status).toBe(400);
    expect(bad.errors.service).toEqual(["validation.choose"]);
    expect(bad.errors.phone).toEqual(["careReferrals:directory.errors.phone"]);
    expect(bad.errors.email).toEqual(["validation.email"]);
    expect(bad.errors["languages[0]"] ?? bad.errors.languages).toEqual(["careReferrals:directory.errors.language"]);
    const noCoverage = refused(await create(world.legalCoordinator.cookie, { ...entry, states: " , ", countries: "" }));
    expect(noCoverage.errors.states).toEqual(["careReferrals:directory.errors.coverage"]);
    const unknownCountry = refused(await create(world.legalCoordinator.cookie, { ...entry, countries: "IN, ZZ" }));
    expect(unknownCountry.errors.countries).toEqual(["careReferrals:directory.errors.country"]);
    expect(await db.directoryService.count()).toBe(count);
  });

  it("search by service and place finds the right entries (districts, whole states, countries), by language too; Hindi description for Hindi pages", async () => {
    const world = await directoryWorld();
    const make = (organisationId: string, data: Partial<{ service: "legal_aid" | "shelter" | "counselling"; districts: string[]; states: string[]; countries: string[]; languages: string[]; descriptionHi: string }>) =>
      db.directoryService.create({ data: { organisationId, service: data.service ?? "legal_aid", descriptionEn: "Described in English", districts: [], states: [], countries: [], languages: [], ...data } });
    const kamrup = await make(world.legalAid.id, { districts: ["Kamrup Metropolitan"], states: ["Assam"], countries: ["IN"], languages: ["as"], descriptionHi: "हिन्दी विवरण" });
    const allMeghalaya = await make(world.shelter.id, { service: "shelter", states: ["Meghalaya"], countries: ["IN"], languages: ["en", "hi"] });
    const allAssam = await make(world.shelter.id, { states: ["Assam"], languages: ["en"] });
    const nepalWide = await make(world.nepal.id, { service: "counselling", countries: ["NP"], languages: ["ne"] });

    const mine = new Set([world.legalAid.id, world.shelter.id, world.nepal.id]);
    const ids = async (filter: Parameters<typeof directorySearch>[0]) =>
      (await directorySearch(filter))
        .filter((row) => mine.has(row.organisationId))
        .map((row) => row.id)
        .sort();
    expect(await ids({ service: "legal_aid", place: "kamrup metropolitan" })).toEqual([kamrup.id].sort());
    expect(await ids({ service: "legal_aid", place: "Kamrup Metropolitan, ASSAM" })).toEqual([kamrup.id, allAssam.id].sort());
    expect(await ids({ service: "legal_aid", place: "Cachar, Assam" })).toEqual([allAssam.id]);
    expect(await ids({ service: "legal_aid", place: "Assam" })).toEqual([kamrup.id, allAssam.id].sort());
    expect(await ids({ place: "East Khasi Hills, Meghalaya" })).toEqual([allMeghalaya.id]);
    // An entry without countries covers the organisation's own country.
    expect(await ids({ service: "legal_aid", country: "IN" })).toEqual([kamrup.id, allAssam.id].sort());
    expect(await ids({ country: "NP", place: "Kathmandu" })).toEqual([nepalWide.id]);
    expect(await ids({ place: "Kathmandu" })).toEqual([]);
    expect(await ids({ language: "hi" })).toEqual([allMeghalaya.id]);
    expect(coversPlace({ districts: [], states: ["Assam"] }, "  dhubri ,  assam ")).toBe(true);

    const hindi = (await directoryLoader(args(makeRequest("/care/directory?service=legal_aid&place=Kamrup+Metropolitan", { cookie: world.caseworker.cookie, headers: { "Accept-Language": "hi" } })))) as Exclude<
      Awaited<ReturnType<typeof directoryLoader>>,
      Response
    >;
    expect(hindi.results.filter((result) => mine.has(result.organisation.id))).toMatchObject([{ id: kamrup.id, description: "हिन्दी विवरण", descriptionLang: "hi", organisation: { name: world.legalAid.name, region: "Assam" } }]);
    expect(hindi.own).toBeNull();
    const english = (await directoryLoader(args(makeRequest("/care/directory?service=legal_aid&place=Kamrup+Metropolitan", { cookie: world.caseworker.cookie })))) as typeof hindi;
    expect(english.results.find((result) => result.id === kamrup.id)).toMatchObject({ description: "Described in English", languages: ["Assamese"], countries: ["India"] });
  });

  it("only an organisation's own keepers edit or delete its entries; others get 404 and nothing changes", async () => {
    const world = await directoryWorld();
    locationOf(await create(world.legalCoordinator.cookie, entry));
    const saved = await db.directoryService.findFirstOrThrow({ where: { organisationId: world.legalAid.id } });

    // Another organisation's supervisor (who keeps her own directory entries).
    expect(((await settle(editLoader(args(makeRequest(`/care/directory/${saved.id}`, { cookie: world.shelterSupervisor.cookie }), { serviceId: saved.id })))) as Response).status).toBe(404);
    expect(((await edit(world.shelterSupervisor.cookie, saved.id, { ...entry, descriptionEn: "Taken over" })) as Response).status).toBe(404);
    expect(((await edit(world.shelterSupervisor.cookie, saved.id, { intent: "delete" })) as Response).status).toBe(404);
    // A caseworker reads the directory but does not keep it.
    expect(((await edit(world.caseworker.cookie, saved.id, { intent: "delete" })) as Response).status).toBe(403);
    expect(((await settle(newLoader(args(makeRequest("/care/directory/new", { cookie: world.caseworker.cookie }))))) as Response).status).toBe(403);
    expect(await db.directoryService.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ descriptionEn: entry.descriptionEn });

    expect(locationOf(await edit(world.legalCoordinator.cookie, saved.id, { ...entry, districts: "", hours: "" }))).toBe("/care/directory?done=updated");
    expect(await db.directoryService.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ districts: [], hours: null });
    expect(locationOf(await edit(world.legalCoordinator.cookie, saved.id, { intent: "delete" }))).toBe("/care/directory?done=deleted");
    expect(await db.directoryService.count({ where: { id: saved.id } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { action: "care.directory.updated", entityId: saved.id }, orderBy: { id: "asc" } });
    expect(audit.map((row) => (row.details as { change: string }).change)).toEqual(["created", "updated", "deleted"]);

    const page = (await directoryLoader(args(makeRequest("/care/directory", { cookie: world.shelterSupervisor.cookie })))) as Exclude<Awaited<ReturnType<typeof directoryLoader>>, Response>;
    expect(page.own).toEqual([]);
  });
});
