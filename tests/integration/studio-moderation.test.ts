import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { productBySlug } from "~/modules/catalog/index.server";
import { action as editAction } from "~/routes/studio.listings.$productId";
import { action as reviewAction, loader as reviewLoader } from "~/routes/studio.review.$productId";
import { loader as queueLoader } from "~/routes/studio.review._index";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { createProduct } from "./catalog-factories";
import { makeRequest } from "./helpers";
import { signedInAs, studioWorld } from "./studio-helpers";

type World = Awaited<ReturnType<typeof studioWorld>>;

/** A listing of the world's maker with one kind and one photo, in the given state. */
async function listing(world: World, status: "draft" | "pending_approval" | "active" = "pending_approval") {
  const product = await createProduct({ categoryId: world.category.id, organisationId: world.organisation.id, makerId: world.maker.id, status, images: 1, variants: [{ priceInr: 120_000, stock: 5 }] });
  if (status === "pending_approval") await db.product.update({ where: { id: product.id }, data: { submittedAt: new Date(), publishedAt: null } });
  return product;
}

const review = (cookie: string, productId: string, form: Record<string, string>) => settle(reviewAction(args(makeRequest(`/studio/review/${productId}`, { cookie, form }), { productId })));
const edit = (cookie: string, productId: string, form: Record<string, string>) => settle(editAction(args(makeRequest(`/studio/listings/${productId}`, { cookie, form }), { productId })));

describe("studio: moderation of listings", () => {
  it("a coordinator of her organisation sees the listing in the queue and approves it: it is in the shop, she is approved; audited", async () => {
    const world = await studioWorld();
    const product = await listing(world);
    const queue = (await queueLoader(args(makeRequest("/studio/review", { cookie: world.coordinator })))) as Exclude<Awaited<ReturnType<typeof queueLoader>>, Response>;
    expect(queue.queue.map((item) => item.id)).toEqual([product.id]);
    const page = (await reviewLoader(args(makeRequest(`/studio/review/${product.id}`, { cookie: world.coordinator }), { productId: product.id }))) as Exclude<Awaited<ReturnType<typeof reviewLoader>>, Response>;
    expect(page).toMatchObject({ id: product.id, state: "pending" });

    expect(locationOf(await review(world.coordinator, product.id, { intent: "approve" }))).toBe("/studio/review?done=approved");
    const approved = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(approved).toMatchObject({ status: "active", reviewedById: world.coordinatorUser.id, reviewComment: null });
    expect(approved.publishedAt).toBeInstanceOf(Date);
    expect(approved.reviewedAt).toBeInstanceOf(Date);
    expect((await db.maker.findUniqueOrThrow({ where: { id: world.maker.id } })).approvedAt).toBeInstanceOf(Date);
    expect((await productBySlug(approved.slug, "en"))?.id).toBe(product.id);
    const audit = await db.auditLog.findMany({ where: { entityId: product.id } });
    expect(audit).toMatchObject([{ action: "studio.listing.approved", actorId: world.coordinatorUser.id, organisationId: world.organisation.id, entityType: "product" }]);

    // Approving twice changes nothing and says why.
    const again = (await review(world.coordinator, product.id, { intent: "approve" })) as unknown as { data: { result: { error: Record<string, string[]> } } };
    expect(again.data.result.error[""]).toEqual(["studio:errors.notPending"]);
  });

  it("returns a listing with a comment: a draft that shows the comment; a comment is required; audited", async () => {
    const world = await studioWorld();
    const product = await listing(world);
    const empty = refused(await review(world.coordinator, product.id, { intent: "return", comment: "  " }));
    expect(empty.errors.comment).toEqual(["studio:errors.commentRequired"]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("pending_approval");

    expect(locationOf(await review(world.coordinator, product.id, { intent: "return", comment: "Please add a photo of the border." }))).toBe("/studio/review?done=returned");
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ status: "draft", reviewComment: "Please add a photo of the border.", reviewedById: world.coordinatorUser.id });
    expect((await db.maker.findUniqueOrThrow({ where: { id: world.maker.id } })).approvedAt).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entityId: product.id } });
    expect(audit.map((row) => row.action)).toEqual(["studio.listing.returned"]);
    expect(JSON.stringify(audit.map((row) => [row.details, row.reason]))).not.toContain("border");

    // She sends it again: back in the queue, the comment gone.
    expect(locationOf(await edit(world.artisan, product.id, { intent: "submit" }))).toBe(`/studio/listings/${product.id}?done=sent`);
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ status: "pending_approval", reviewComment: null });
  });

  it("a coordinator of another organisation neither sees nor acts on the listing (404); an artisan is refused the review (403, audited)", async () => {
    const world = await studioWorld();
    const product = await listing(world);
    const stranger = await signedInAs(["coordinator"]);
    const queue = (await queueLoader(args(makeRequest("/studio/review", { cookie: stranger.cookie })))) as Exclude<Awaited<ReturnType<typeof queueLoader>>, Response>;
    expect(queue.queue).toEqual([]);
    expect(((await settle(reviewLoader(args(makeRequest(`/studio/review/${product.id}`, { cookie: stranger.cookie }), { productId: product.id })))) as Response).status).toBe(404);
    expect(((await review(stranger.cookie, product.id, { intent: "approve" })) as Response).status).toBe(404);
    expect(((await review(stranger.cookie, product.id, { intent: "return", comment: "No" })) as Response).status).toBe(404);
    expect(((await edit(stranger.cookie, product.id, { intent: "archive" })) as Response).status).toBe(404);

    expect(((await review(world.artisan, product.id, { intent: "approve" })) as Response).status).toBe(403);
    const denied = await db.auditLog.findFirst({ where: { actorId: world.artisanUser.id, action: "auth.permission.denied" } });
    expect(denied?.details).toMatchObject({ permission: "approve:listing:org" });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("pending_approval");
  });

  it("trusts an approved maker of a trusting organisation: her edits and new listings go live without review", async () => {
    const world = await studioWorld({ trustApprovedArtisans: true, makerApproved: true });
    const live = await listing(world, "active");
    const details = { intent: "details", titleEn: "A better name", categoryId: world.category.id, descriptionEn: "Made by hand.", originRegion: "Meghalaya", "images[0].assetId": live.images[0]!.assetId, "images[0].altEn": "Photo 1" };
    expect(locationOf(await edit(world.artisan, live.id, details))).toBe(`/studio/listings/${live.id}?done=saved`);
    expect(await db.product.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({ status: "active", titleEn: "A better name" });

    const draft = await listing(world, "draft");
    expect(locationOf(await edit(world.artisan, draft.id, { intent: "submit" }))).toBe(`/studio/listings/${draft.id}?done=published`);
    const published = await db.product.findUniqueOrThrow({ where: { id: draft.id } });
    expect(published.status).toBe("active");
    expect(published.publishedAt).toBeInstanceOf(Date);
  });

  it("without trust (not approved yet, or an organisation that does not trust), an edit of a live listing goes back to review", async () => {
    for (const options of [{ trustApprovedArtisans: true, makerApproved: false }, { trustApprovedArtisans: false, makerApproved: true }]) {
      const world = await studioWorld(options);
      const live = await listing(world, "active");
      const details = { intent: "details", titleEn: live.titleEn, categoryId: world.category.id, descriptionEn: "Made by hand.", originRegion: "Meghalaya", "images[0].assetId": live.images[0]!.assetId, "images[0].altEn": live.images[0]!.altEn };
      // Saving without a change leaves it in the shop.
      expect(locationOf(await edit(world.artisan, live.id, details))).toBe(`/studio/listings/${live.id}?done=saved`);
      expect((await db.product.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("active");

      expect(locationOf(await edit(world.artisan, live.id, { ...details, descriptionEn: "Now with a longer story." }))).toBe(`/studio/listings/${live.id}?done=savedForReview`);
      const pending = await db.product.findUniqueOrThrow({ where: { id: live.id } });
      expect(pending.status, JSON.stringify(options)).toBe("pending_approval");
      expect(pending.submittedAt).toBeInstanceOf(Date);
      expect(await productBySlug(pending.slug, "en")).toBeNull();

      // A new price is a change buyers see too; her coordinator's own edits never need review.
      await db.product.update({ where: { id: live.id }, data: { status: "active" } });
      const variant = live.variants[0]!;
      await edit(world.artisan, live.id, { intent: "variant", variantId: variant.id, optionEn: "Option 1", price: "1300", stock: "5", weightGrams: "500", hsCode: "0409.00" });
      expect((await db.product.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("pending_approval");
      await db.product.update({ where: { id: live.id }, data: { status: "active" } });
      await edit(world.coordinator, live.id, { intent: "variant", variantId: variant.id, optionEn: "Option 1", price: "1400", stock: "5", weightGrams: "500", hsCode: "0409.00" });
      expect(await db.product.findUniqueOrThrow({ where: { id: live.id }, include: { variants: true } })).toMatchObject({ status: "active", variants: [{ priceInr: 140_000 }] });
    }
  });

  it("a coordinator's own 'send' puts a listing straight in the shop, audited as approved", async () => {
    const world = await studioWorld();
    const draft = await listing(world, "draft");
    expect(locationOf(await edit(world.coordinator, draft.id, { intent: "submit" }))).toBe(`/studio/listings/${draft.id}?done=published`);
    expect(await db.product.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "active", reviewedById: world.coordinatorUser.id });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: draft.id } })).action).toBe("studio.listing.approved");
  });
});
