import type { z } from "zod";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { OrganisationSchema } from "./schemas";

export type OrganisationInput = z.output<typeof OrganisationSchema>;
/** "any", or the ids of the organisations the viewer may see. */
export type OrganisationScope = "any" | string[];

const inScope = (scope: OrganisationScope) => (scope === "any" ? {} : { id: { in: scope } });

export async function listOrganisations(scope: OrganisationScope) {
  return db.organisation.findMany({
    where: inScope(scope),
    orderBy: { name: "asc" },
    include: { _count: { select: { memberships: true } } },
  });
}

export async function getOrganisation(id: string, scope: OrganisationScope) {
  return db.organisation.findFirst({ where: { id, ...inScope(scope) } });
}

/** Organisation names for pickers (admin forms). */
export async function organisationOptions() {
  return db.organisation.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function organisationNameTaken(name: string, exceptId?: string) {
  const existing = await db.organisation.findFirst({ where: { name: { equals: name, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined } });
  return existing !== null;
}

export async function createOrganisation(input: OrganisationInput, actor: { id: string; ip: string | null }) {
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: input });
    await recordAudit(
      { action: "admin.organisation.created", actorId: actor.id, organisationId: organisation.id, entityType: "organisation", entityId: organisation.id, ip: actor.ip },
      tx,
    );
    return organisation;
  });
}

export async function updateOrganisation(id: string, input: OrganisationInput, actor: { id: string; ip: string | null }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({ where: { id } });
    const organisation = await tx.organisation.update({ where: { id }, data: input });
    const changed = (Object.keys(input) as (keyof OrganisationInput)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(organisation[key]),
    );
    await recordAudit(
      { action: "admin.organisation.updated", actorId: actor.id, organisationId: id, entityType: "organisation", entityId: id, ip: actor.ip, details: { changed } },
      tx,
    );
    return organisation;
  });
}
