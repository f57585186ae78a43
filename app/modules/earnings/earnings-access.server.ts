import { db } from "~/lib/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { isUuid } from "~/lib/validation";

/**
 * Whose earnings a person may see: her own maker's (an artisan), and those of every maker of the
 * organisations where she holds the earnings permission (a coordinator). The route passes the scope
 * it got from the identity module; anyone else's maker is simply not found.
 */
export interface EarningsViewer {
  userId: string;
  organisationIds: "any" | readonly string[];
}

export interface MakerRef {
  id: string;
  slug: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  /** True when the maker is the viewer herself. */
  own: boolean;
}

const SELECT = { id: true, slug: true, displayName: true, organisationId: true, userId: true, organisation: { select: { name: true } } } as const;
type MakerRow = Prisma.MakerGetPayload<{ select: typeof SELECT }>;

function refOf(row: MakerRow, viewer: EarningsViewer): MakerRef {
  return { id: row.id, slug: row.slug, displayName: row.displayName, organisationId: row.organisationId, organisationName: row.organisation.name, own: row.userId === viewer.userId };
}

function visibility(viewer: EarningsViewer): Prisma.MakerWhereInput {
  if (viewer.organisationIds === "any") return {};
  return { OR: [{ userId: viewer.userId }, { organisationId: { in: [...viewer.organisationIds] } }] };
}

/** The makers the viewer may see: her own first, then by name. */
export async function makersVisibleTo(viewer: EarningsViewer): Promise<MakerRef[]> {
  const rows = await db.maker.findMany({ where: visibility(viewer), select: SELECT, orderBy: [{ displayName: "asc" }, { slug: "asc" }] });
  return rows.map((row) => refOf(row, viewer)).sort((a, b) => Number(b.own) - Number(a.own));
}

/** The maker if the viewer may see her earnings, else null. */
export async function visibleMaker(makerId: string | null | undefined, viewer: EarningsViewer): Promise<MakerRef | null> {
  if (!isUuid(makerId)) return null;
  const row = await db.maker.findFirst({ where: { AND: [{ id: makerId }, visibility(viewer)] }, select: SELECT });
  return row ? refOf(row, viewer) : null;
}

/**
 * The maker a page is about: the one asked for (null when the viewer may not see her), or else the
 * viewer's own maker; a coordinator without one of her own chooses from the list.
 */
export async function chooseMaker(viewer: EarningsViewer, requested: string | null): Promise<{ maker: MakerRef | null; choices: MakerRef[]; refused: boolean }> {
  const choices = await makersVisibleTo(viewer);
  if (requested) {
    const maker = choices.find((choice) => choice.id === requested) ?? null;
    return { maker, choices, refused: !maker };
  }
  return { maker: choices.find((choice) => choice.own) ?? null, choices, refused: false };
}

/** The maker a single page (a statement, its file) is about: the one asked for if visible, else the viewer's own. */
export async function makerForPage(viewer: EarningsViewer, requested: string | null): Promise<MakerRef | null> {
  if (requested) return visibleMaker(requested, viewer);
  const row = await db.maker.findUnique({ where: { userId: viewer.userId }, select: SELECT });
  return row ? refOf(row, viewer) : null;
}
