import type { z } from "zod";
import { isCountryCode } from "~/lib/countries.server";
import { db, isUniqueViolation } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import type { Organisation } from "~/generated/prisma/client";
import { refuseField, type Outcome, type Refusal } from "./outcome";
import type { OrganisationSchema } from "./schemas";

export type OrganisationInput = z.output<typeof OrganisationSchema>;
/** "any", or the ids of the organisations the viewer may see. */
export type OrganisationScope = "any" | string[];

const inScope = (scope: OrganisationScope) => (scope === "any" ? {} : { id: { in: scope } });

const NAME_TAKEN = "admin:organisations.form.nameTaken";

export async function listOrganisations(scope: OrganisationScope) {
  return db.organisation.findMany({
    where: inScope(scope),
    orderBy: { name: "asc" },
    include: { _count: { select: { memberships: true } } },
  });
}

export async function countOrganisations(scope: OrganisationScope) {
  return db.organisation.count({ where: inScope(scope) });
}

export async function getOrganisation(id: string, scope: OrganisationScope) {
  if (!isUuid(id)) return null;
  return db.organisation.findFirst({ where: { AND: [{ id }, inScope(scope)] } });
}

/** Organisation names for pickers (admin forms and filters). */
export async function organisationOptions(scope: OrganisationScope = "any") {
  return db.organisation.findMany({ where: inScope(scope), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function organisationNameTaken(name: string, exceptId?: string) {
  const existing = await db.organisation.findFirst({ where: { name: { equals: name, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined } });
  return existing !== null;
}

async function refusalOf(input: OrganisationInput, exceptId?: string): Promise<Refusal | null> {
  if (!isCountryCode(input.country)) return refuseField("country", "validation.country");
  if (await organisationNameTaken(input.name, exceptId)) return refuseField("name", NAME_TAKEN);
  return null;
}

/** Runs a write, turning a lost race on the unique name into the same answer as the check before it. */
async function guardName(write: () => Promise<Organisation>): Promise<Outcome<{ organisation: Organisation }>> {
  try {
    return { ok: true, organisation: await write() };
  } catch (error) {
    if (isUniqueViolation(error)) return refuseField("name", NAME_TAKEN);
    throw error;
  }
}

export async function createOrganisation(input: OrganisationInput, actor: { id: string; ip: string | null }) {
  const refusal = await refusalOf(input);
  if (refusal) return refusal;
  return guardName(() =>
    db.$transaction(async (tx) => {
      const organisation = await tx.organisation.create({ data: input });
      await recordAudit(
        { action: "admin.organisation.created", actorId: actor.id, organisationId: organisation.id, entityType: "organisation", entityId: organisation.id, ip: actor.ip },
        tx,
      );
      return organisation;
    }),
  );
}

export async function updateOrganisation(id: string, input: OrganisationInput, actor: { id: string; ip: string | null }) {
  const refusal = await refusalOf(input, id);
  if (refusal) return refusal;
  return guardName(() =>
    db.$transaction(async (tx) => {
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
    }),
  );
}
