import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import { recordAudit } from "~/modules/audit/index.server";
import { forgetCatalogCache, localize } from "~/modules/catalog/index.server";
import { refuseForm, type Outcome } from "~/modules/identity/outcome";
import type { StudioActor } from "./actor.server";
import { thumbnail } from "./listing-reads.server";

/** Listings a coordinator reviews: pending ones of the organisations where she approves listings. */
function reviewable(actor: StudioActor): Prisma.ProductWhereInput {
  const scope = actor.approvalOrganisations;
  return scope === "any" ? {} : { organisationId: { in: scope } };
}

export interface QueuedListing {
  id: string;
  title: string;
  makerName: string | null;
  organisationName: string;
  submittedAt: Date | null;
  image: ReturnType<typeof thumbnail>;
}

/** What waits for review, the longest waiting first. */
export async function reviewQueue(actor: StudioActor, language: string): Promise<QueuedListing[]> {
  const products = await db.product.findMany({
    where: { AND: [reviewable(actor), { status: "pending_approval" }] },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      titleEn: true,
      titleHi: true,
      submittedAt: true,
      maker: { select: { displayName: true } },
      organisation: { select: { name: true } },
      images: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 1, select: { altEn: true, altHi: true, asset: true } },
    },
  });
  return products.map((product) => ({
    id: product.id,
    title: localize(language, product.titleEn, product.titleHi),
    makerName: product.maker?.displayName ?? null,
    organisationName: product.organisation.name,
    submittedAt: product.submittedAt,
    image: product.images[0] ? thumbnail(product.images[0].asset, localize(language, product.images[0].altEn, product.images[0].altHi)) : null,
  }));
}

export async function reviewQueueSize(actor: StudioActor): Promise<number> {
  return db.product.count({ where: { AND: [reviewable(actor), { status: "pending_approval" }] } });
}

/** Whether the listing is one this coordinator may review at all (whatever its status); false also for other organisations'. */
export async function mayReview(actor: StudioActor, productId: string): Promise<boolean> {
  if (!isUuid(productId)) return false;
  return (await db.product.count({ where: { AND: [{ id: productId }, reviewable(actor)] } })) === 1;
}

/**
 * Approves a pending listing: it goes to the shop, and its maker counts as approved from now on (with
 * her organisation's trust setting, her later changes then need no review). Audited. Null when the
 * listing is not the coordinator's to review.
 */
export async function approveListing(actor: StudioActor, productId: string): Promise<Outcome | null> {
  if (!(await mayReview(actor, productId))) return null;
  const now = new Date();
  const done = await db.$transaction(async (tx) => {
    const product = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { slug: true, status: true, makerId: true, organisationId: true, publishedAt: true } });
    const { count } = await tx.product.updateMany({
      where: { id: productId, status: "pending_approval" },
      data: { status: "active", publishedAt: product.publishedAt ?? now, reviewedAt: now, reviewedById: actor.userId, reviewComment: null },
    });
    if (count === 0) return false;
    if (product.makerId) await tx.maker.updateMany({ where: { id: product.makerId, approvedAt: null }, data: { approvedAt: now } });
    await recordAudit(
      { action: "studio.listing.approved", actorId: actor.userId, organisationId: product.organisationId, entityType: "product", entityId: productId, ip: actor.ip, details: { slug: product.slug } },
      tx,
    );
    return true;
  });
  forgetCatalogCache();
  return done ? { ok: true } : refuseForm("studio:errors.notPending");
}

/** Returns a pending listing to its maker as a draft, with what to change. Audited (not the comment itself). */
export async function returnListing(actor: StudioActor, productId: string, comment: string): Promise<Outcome | null> {
  if (!(await mayReview(actor, productId))) return null;
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id: productId, status: "pending_approval" },
      data: { status: "draft", reviewComment: comment, reviewedAt: new Date(), reviewedById: actor.userId },
    });
    if (count === 0) return false;
    const product = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { slug: true, organisationId: true } });
    await recordAudit(
      { action: "studio.listing.returned", actorId: actor.userId, organisationId: product.organisationId, entityType: "product", entityId: productId, ip: actor.ip, details: { slug: product.slug } },
      tx,
    );
    return true;
  });
  forgetCatalogCache();
  return done ? { ok: true } : refuseForm("studio:errors.notPending");
}
