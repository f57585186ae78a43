import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { organisationScope, type SessionUser } from "~/modules/identity/index.server";

/**
 * Who is working in the studio and on what: an artisan on her own maker's listings (Maker.userId),
 * a coordinator on the listings and makers of her organisations. Every studio function takes one.
 */
export interface StudioActor {
  userId: string;
  ip: string | null;
  /** The maker whose account this is, when the user is an artisan with a maker profile. */
  ownMaker: { id: string; organisationId: string } | null;
  /** Organisations whose listings this user manages (coordinators), or "any". */
  listingOrganisations: string[] | "any";
  /** Organisations in which this user approves listings. */
  approvalOrganisations: string[] | "any";
  /** Organisations whose maker profiles this user edits. */
  makerOrganisations: string[] | "any";
}

export async function studioActor(user: SessionUser, ip: string | null): Promise<StudioActor> {
  const ownMaker = await db.maker.findUnique({ where: { userId: user.id }, select: { id: true, organisationId: true } });
  return {
    userId: user.id,
    ip,
    ownMaker,
    listingOrganisations: organisationScope(user, "manage:listing:org"),
    approvalOrganisations: organisationScope(user, "approve:listing:org"),
    makerOrganisations: organisationScope(user, "manage:maker:org"),
  };
}

export function includesOrganisation(scope: string[] | "any", organisationId: string) {
  return scope === "any" || scope.includes(organisationId);
}

/** Whether the actor manages listings of more than her own maker (a coordinator). */
export function actsForOthers(actor: StudioActor) {
  return actor.listingOrganisations === "any" || actor.listingOrganisations.length > 0;
}

export function approvesIn(actor: StudioActor, organisationId: string) {
  return includesOrganisation(actor.approvalOrganisations, organisationId);
}

const NOTHING = { id: { in: [] as string[] } };

function reach(ownMakerId: string | null, scope: string[] | "any", makerField: "makerId" | "id") {
  if (scope === "any") return {};
  const ways: Record<string, unknown>[] = [];
  if (ownMakerId) ways.push({ [makerField]: ownMakerId });
  if (scope.length > 0) ways.push({ organisationId: { in: scope } });
  return ways.length > 0 ? { OR: ways } : NOTHING;
}

/** The products this actor may see and change in the studio. */
export function productsInReach(actor: StudioActor): Prisma.ProductWhereInput {
  return reach(actor.ownMaker?.id ?? null, actor.listingOrganisations, "makerId") as Prisma.ProductWhereInput;
}

/** The makers whose listings this actor may create. */
export function listingMakersInReach(actor: StudioActor): Prisma.MakerWhereInput {
  return reach(actor.ownMaker?.id ?? null, actor.listingOrganisations, "id") as Prisma.MakerWhereInput;
}

/** The makers whose profiles this actor may edit. */
export function profileMakersInReach(actor: StudioActor): Prisma.MakerWhereInput {
  return reach(actor.ownMaker?.id ?? null, actor.makerOrganisations, "id") as Prisma.MakerWhereInput;
}

export interface MakerChoice {
  id: string;
  displayName: string;
  organisationName: string;
}

/** The makers a coordinator can act for (her organisations'), for a picker; an artisan gets only herself. */
export async function makerChoices(actor: StudioActor, purpose: "listing" | "profile" = "listing"): Promise<MakerChoice[]> {
  const makers = await db.maker.findMany({
    where: purpose === "listing" ? listingMakersInReach(actor) : profileMakersInReach(actor),
    select: { id: true, displayName: true, organisation: { select: { name: true } } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    take: 500,
  });
  return makers.map((maker) => ({ id: maker.id, displayName: maker.displayName, organisationName: maker.organisation.name }));
}

/**
 * The maker the page is about: the one asked for (?maker=) when the actor may act for her, else the
 * artisan's own. Null when neither applies (a coordinator who has not chosen, or someone out of reach).
 */
export async function chosenMaker(actor: StudioActor, makerId: string | null | undefined, purpose: "listing" | "profile" = "listing") {
  const wanted = makerId || actor.ownMaker?.id;
  if (!wanted || !isUuid(wanted)) return null;
  const where = purpose === "listing" ? listingMakersInReach(actor) : profileMakersInReach(actor);
  return db.maker.findFirst({
    where: { AND: [{ id: wanted }, where] },
    select: { id: true, organisationId: true, displayName: true, region: true, approvedAt: true, organisation: { select: { name: true, region: true, trustApprovedArtisans: true } } },
  });
}
