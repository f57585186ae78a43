import type { Prisma } from "~/generated/prisma/client";
import { countryName, isCountryCode } from "~/lib/countries.server";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { organisationScope, type SessionUser } from "~/modules/identity/index.server";
import { DIRECTORY_LANGUAGES, splitList, type DirectoryEntryView, type DirectorySearch, type DirectoryServiceInput } from "./directory-schema";
import { refuseField, type Outcome } from "./referral-outcome";

/**
 * The directory of services: who offers what, where and in which languages. Caseworkers search it when
 * planning a referral; organisations keep their own entries. No person's data is ever in it.
 */

const ENTRY_INCLUDE = { organisation: { select: { id: true, name: true, kind: true, region: true, country: true, mandates: true } } } satisfies Prisma.DirectoryServiceInclude;
type EntryRow = Prisma.DirectoryServiceGetPayload<{ include: typeof ENTRY_INCLUDE }>;

const fold = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/**
 * Whether an entry serves a place typed as "district", "state" or "district, state" (any case). An entry
 * without districts covers its whole state; one without states covers its whole countries. A state-wide
 * search finds entries covering part of that state; a search naming a district finds only entries
 * covering that district or the whole state.
 */
export function coversPlace(entry: { districts: string[]; states: string[] }, place: string, countryGiven = false): boolean {
  const terms = splitList(place).map(fold);
  if (!terms.length) return true;
  if (!entry.states.length && !entry.districts.length) return countryGiven;
  const districts = new Set(entry.districts.map(fold));
  if (terms.some((term) => districts.has(term))) return true;
  const states = new Set(entry.states.map(fold));
  const stateTerms = terms.filter((term) => states.has(term));
  if (!stateTerms.length) return false;
  return entry.districts.length === 0 || stateTerms.length === terms.length;
}

/** Search by service, place (district/state), country and language: the entries that fit, with their organisation. */
export async function directorySearch(filter: DirectorySearch): Promise<EntryRow[]> {
  const where: Prisma.DirectoryServiceWhereInput = {
    service: filter.service,
    languages: filter.language ? { has: filter.language } : undefined,
    ...(filter.country
      ? { OR: [{ countries: { has: filter.country } }, { countries: { isEmpty: true }, organisation: { country: filter.country } }] }
      : {}),
  };
  const rows = await db.directoryService.findMany({ where, include: ENTRY_INCLUDE, orderBy: [{ organisation: { name: "asc" } }, { service: "asc" }], take: 500 });
  return filter.place ? rows.filter((row) => coversPlace(row, filter.place!, Boolean(filter.country))) : rows;
}

export function languageName(code: string, language: string) {
  try {
    return new Intl.DisplayNames([language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages a service may list, named in the page's language. */
export function directoryLanguageOptions(language: string) {
  return DIRECTORY_LANGUAGES.map((code) => ({ code, name: languageName(code, language) })).sort((a, b) => a.name.localeCompare(b.name, language));
}


/** An entry as pages show it: Hindi description when the page is in Hindi and one was written; names, not codes. */
export function directoryEntryView(row: EntryRow, language: string): DirectoryEntryView {
  const hindi = language === "hi" && row.descriptionHi ? row.descriptionHi : null;
  return {
    id: row.id,
    service: row.service,
    organisation: { ...row.organisation, countryName: countryName(row.organisation.country, language) },
    description: hindi ?? row.descriptionEn,
    descriptionLang: hindi ? "hi" : "en",
    districts: row.districts,
    states: row.states,
    countries: row.countries.map((code) => countryName(code, language)),
    languages: row.languages.map((code) => languageName(code, language)),
    phone: row.phone,
    email: row.email,
    hours: row.hours,
  };
}

/** The organisations whose directory entries the user keeps. */
export async function directoryOrganisations(user: SessionUser) {
  const scope = organisationScope(user, "manage:directory:org");
  const where: Prisma.OrganisationWhereInput = scope === "any" ? {} : { id: { in: scope } };
  return db.organisation.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

function managesOrganisation(user: SessionUser, organisationId: string) {
  const scope = organisationScope(user, "manage:directory:org");
  return scope === "any" || scope.includes(organisationId);
}

/** The entries of the organisations the user keeps the directory for. */
export async function ownDirectoryEntries(user: SessionUser) {
  const scope = organisationScope(user, "manage:directory:org");
  if (scope !== "any" && !scope.length) return [];
  return db.directoryService.findMany({
    where: scope === "any" ? {} : { organisationId: { in: scope } },
    include: ENTRY_INCLUDE,
    orderBy: [{ organisation: { name: "asc" } }, { service: "asc" }],
  });
}

/** An entry the user may edit, or null (another organisation's entry and an unknown id look the same). */
export async function directoryEntryToEdit(user: SessionUser, id: string) {
  const row = await db.directoryService.findUnique({ where: { id }, include: ENTRY_INCLUDE });
  return row && managesOrganisation(user, row.organisationId) ? row : null;
}

type SaveResult = Outcome<{ id: string }>;

/** Creates an entry (id null) or changes one of the user's organisations' entries; null when it is not theirs. */
export async function saveDirectoryService(user: SessionUser, id: string | null, input: DirectoryServiceInput, ip: string | null): Promise<SaveResult | null> {
  let organisationId: string;
  if (id) {
    const existing = await directoryEntryToEdit(user, id);
    if (!existing) return null;
    organisationId = existing.organisationId;
  } else {
    const organisations = await directoryOrganisations(user);
    const chosen = input.organisationId ?? (organisations.length === 1 ? organisations[0]!.id : undefined);
    if (!chosen || !organisations.some((org) => org.id === chosen)) return refuseField("organisationId", "validation.choose");
    organisationId = chosen;
  }
  const unknownCountry = input.countries.find((code) => !isCountryCode(code));
  if (unknownCountry) return refuseField("countries", "careReferrals:directory.errors.country");
  const data = {
    service: input.service,
    descriptionEn: input.descriptionEn,
    descriptionHi: input.descriptionHi,
    districts: input.districts,
    states: input.states,
    countries: input.countries,
    languages: [...new Set(input.languages)],
    phone: input.phone,
    email: input.email,
    hours: input.hours,
  };
  const saved = await db.$transaction(async (tx) => {
    const row = id ? await tx.directoryService.update({ where: { id }, data }) : await tx.directoryService.create({ data: { ...data, organisationId } });
    await recordAudit(
      {
        action: "care.directory.updated",
        actorId: user.id,
        organisationId,
        entityType: "directory_service",
        entityId: row.id,
        ip,
        details: { change: id ? "updated" : "created", service: row.service },
      },
      tx,
    );
    return row;
  });
  return { ok: true, id: saved.id };
}

/** Removes one of the user's organisations' entries; false when it is not theirs. */
export async function deleteDirectoryService(user: SessionUser, id: string, ip: string | null) {
  const existing = await directoryEntryToEdit(user, id);
  if (!existing) return false;
  await db.$transaction(async (tx) => {
    await tx.directoryService.delete({ where: { id } });
    await recordAudit(
      {
        action: "care.directory.updated",
        actorId: user.id,
        organisationId: existing.organisationId,
        entityType: "directory_service",
        entityId: id,
        ip,
        details: { change: "deleted", service: existing.service },
      },
      tx,
    );
  });
  return true;
}
