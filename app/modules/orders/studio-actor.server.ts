import type { Prisma } from "~/generated/prisma/client";

/**
 * Someone acting in the studio: an artisan on her own work (her maker's user id is hers), a
 * coordinator on the work of every maker in her organisations. Routes build it from the session.
 */
export interface StudioActor {
  userId: string;
  /** Where she acts for every maker: "any" when a role grants it everywhere, none for an artisan. */
  organisationIds: "any" | string[];
  ip: string | null;
}

/** The order lines she may see and fulfil. */
export function linesOf(actor: StudioActor): Prisma.OrderLineWhereInput {
  if (actor.organisationIds === "any") return {};
  return { OR: [{ maker: { userId: actor.userId } }, { organisationId: { in: actor.organisationIds } }] };
}

/** The makers she may act for. */
export function makersOf(actor: StudioActor): Prisma.MakerWhereInput {
  if (actor.organisationIds === "any") return {};
  return { OR: [{ userId: actor.userId }, { organisationId: { in: actor.organisationIds } }] };
}
