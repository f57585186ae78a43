import type { ProductStatus } from "~/generated/prisma/client";
import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import { refuseForm, type Outcome } from "~/modules/identity/outcome";
import { approvesIn, productsInReach, type StudioActor } from "./actor.server";
import { isUuid } from "~/lib/validation";

interface TrustFacts {
  organisationId: string;
  maker: { approvedAt: Date | null } | null;
  organisation: { trustApprovedArtisans: boolean };
}

/**
 * Whether this actor's changes to the listing reach the shop without review: a coordinator who
 * approves in its organisation, or an approved maker whose organisation trusts approved artisans.
 */
export function mayPublishWithoutReview(actor: StudioActor, product: TrustFacts): boolean {
  if (approvesIn(actor, product.organisationId)) return true;
  return product.maker?.approvedAt != null && product.organisation.trustApprovedArtisans;
}

/**
 * After a change a buyer would see: a listing in the shop goes back to review unless the actor is
 * trusted (it then leaves the shop until a coordinator approves it again). Others keep their status.
 */
export async function afterVisibleChange(tx: Tx, actor: StudioActor, product: TrustFacts & { id: string; status: ProductStatus }): Promise<ProductStatus> {
  if (product.status !== "active" || mayPublishWithoutReview(actor, product)) return product.status;
  await tx.product.update({ where: { id: product.id }, data: { status: "pending_approval", submittedAt: new Date(), reviewComment: null } });
  return "pending_approval";
}

const TRUST_INCLUDE = {
  maker: { select: { approvedAt: true } },
  organisation: { select: { trustApprovedArtisans: true } },
  _count: { select: { images: true, variants: { where: { active: true } } } },
} as const;

function findForStatus(actor: StudioActor, productId: string) {
  if (!isUuid(productId)) return Promise.resolve(null);
  return db.product.findFirst({ where: { AND: [{ id: productId }, productsInReach(actor)] }, include: TRUST_INCLUDE });
}

/**
 * "Send for review": a draft (or returned) listing with at least one kind and one photo goes to its
 * coordinators, or straight to the shop when the actor is trusted. A coordinator's own is approved at once.
 * Null when the listing is not the actor's to send.
 */
export async function submitListing(actor: StudioActor, productId: string): Promise<Outcome<{ status: ProductStatus }> | null> {
  const product = await findForStatus(actor, productId);
  if (!product) return null;
  if (product.status === "pending_approval") return { ok: true, status: product.status };
  if (product.status !== "draft") return refuseForm("studio:errors.notADraft");
  if (product._count.variants === 0) return refuseForm("studio:errors.needsVariant");
  if (product._count.images === 0) return refuseForm("studio:errors.needsPhoto");
  const now = new Date();
  const publish = mayPublishWithoutReview(actor, product);
  const status: ProductStatus = publish ? "active" : "pending_approval";
  const coordinator = approvesIn(actor, product.organisationId);
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id: product.id, status: "draft" },
      data: {
        status,
        submittedAt: now,
        reviewComment: null,
        ...(publish ? { publishedAt: product.publishedAt ?? now } : {}),
        ...(coordinator ? { reviewedAt: now, reviewedById: actor.userId } : {}),
      },
    });
    if (count === 1 && coordinator) {
      await recordAudit(
        { action: "studio.listing.approved", actorId: actor.userId, organisationId: product.organisationId, entityType: "product", entityId: product.id, ip: actor.ip, details: { slug: product.slug, direct: true } },
        tx,
      );
    }
    return count === 1;
  });
  forgetCatalogCache();
  return changed ? { ok: true, status } : refuseForm("studio:errors.changedMeanwhile");
}

/** Takes a listing out of the shop and out of review; it keeps everything and can be restored. */
export async function archiveListing(actor: StudioActor, productId: string): Promise<Outcome | null> {
  return moveListing(actor, productId, ["draft", "pending_approval", "active"], "archived");
}

/** Brings an archived listing back as a draft, to be sent again. */
export async function restoreListing(actor: StudioActor, productId: string): Promise<Outcome | null> {
  return moveListing(actor, productId, ["archived"], "draft");
}

async function moveListing(actor: StudioActor, productId: string, from: ProductStatus[], to: ProductStatus): Promise<Outcome | null> {
  const product = await findForStatus(actor, productId);
  if (!product) return null;
  if (product.status === to) return { ok: true };
  const { count } = await db.product.updateMany({ where: { id: product.id, status: { in: from } }, data: { status: to } });
  forgetCatalogCache();
  return count === 1 ? { ok: true } : refuseForm("studio:errors.changedMeanwhile");
}
