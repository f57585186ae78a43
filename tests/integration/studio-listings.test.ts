import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { productBySlug } from "~/modules/catalog/index.server";
import { action as homeAction, loader as homeLoader } from "~/routes/studio._index";
import { action as editAction, loader as editLoader } from "~/routes/studio.listings.$productId";
import { loader as previewLoader } from "~/routes/studio.listings.$productId_.preview";
import { loader as listLoader } from "~/routes/studio.listings._index";
import { action as newAction } from "~/routes/studio.listings.new";
import { action as profileAction, loader as profileLoader } from "~/routes/studio.profile";
import { args, locationOf, refused, settle } from "./admin-helpers";
import { createProduct } from "./catalog-factories";
import { makeRequest } from "./helpers";
import { jpegBlob, multipartRequest, newListingForm, NO_SUCH_ID, studioWorld, uploadPhoto } from "./studio-helpers";

async function createListing(cookie: string, categoryId: string, overrides: Record<string, string> = {}) {
  const assetId = await uploadPhoto(cookie);
  const result = await settle(
    newAction(args(makeRequest("/studio/listings/new", { cookie, form: { ...newListingForm(categoryId, overrides), "images[0].assetId": assetId, "images[0].altEn": "A blue stole folded in three" } }))),
  );
  const id = /^\/studio\/listings\/([0-9a-f-]{36})\?done=created$/.exec(locationOf(result) ?? "")?.[1];
  if (!id) throw new Error(`no listing created: ${JSON.stringify(result)}`);
  return { id, assetId };
}

const post = (cookie: string, productId: string, form: Record<string, string>) =>
  settle(editAction(args(makeRequest(`/studio/listings/${productId}`, { cookie, form }), { productId })));

function detailsForm(product: { titleEn: string; categoryId: string; descriptionEn: string; originRegion: string }, images: { assetId: string; altEn: string }[], overrides: Record<string, string> = {}) {
  const form: Record<string, string> = { intent: "details", titleEn: product.titleEn, categoryId: product.categoryId, descriptionEn: product.descriptionEn, originRegion: product.originRegion, ...overrides };
  images.forEach((image, index) => {
    form[`images[${index}].assetId`] = image.assetId;
    form[`images[${index}].altEn`] = image.altEn;
  });
  return form;
}

describe("studio: an artisan's listings", () => {
  it("creates a listing with a kind, a price in rupees and a photo, as a draft of her own maker; sends it for review", async () => {
    const world = await studioWorld();
    const { id, assetId } = await createListing(world.artisan, world.category.id);
    const product = await db.product.findUniqueOrThrow({ where: { id }, include: { variants: true, images: true } });
    expect(product).toMatchObject({ status: "draft", makerId: world.maker.id, organisationId: world.organisation.id, titleEn: "Indigo eri silk stole", titleHi: "नील एरी रेशम दुपट्टा", submittedAt: null });
    expect(product.slug).toMatch(/^indigo-eri-silk-stole-[a-z0-9]{6}$/);
    expect(product.variants).toHaveLength(1);
    expect(product.variants[0]).toMatchObject({ optionEn: "Indigo", priceInr: 245_050, stock: 4, weightGrams: 180, hsCode: "6214.10" });
    expect(product.variants[0]!.sku).toMatch(/^RW-IND-[2-9A-Z]{6}$/);
    expect(product.images).toMatchObject([{ assetId, altEn: "A blue stole folded in three", position: 0 }]);

    const loaded = (await editLoader(args(makeRequest(`/studio/listings/${id}`, { cookie: world.artisan }), { productId: id }))) as Exclude<Awaited<ReturnType<typeof editLoader>>, Response>;
    expect(loaded.listing).toMatchObject({ state: "draft", trusted: false, variants: [{ price: "2450.50", stock: 4 }] });

    expect(locationOf(await post(world.artisan, id, { intent: "submit" }))).toBe(`/studio/listings/${id}?done=sent`);
    const sent = await db.product.findUniqueOrThrow({ where: { id } });
    expect(sent.status).toBe("pending_approval");
    expect(sent.submittedAt).toBeInstanceOf(Date);
    expect(await productBySlug(sent.slug, "en")).toBeNull();
  });

  it("without JavaScript, takes one photo posted with the form (alt text required) and moves or removes photos by button", async () => {
    const world = await studioWorld();
    const assetsBefore = await db.mediaAsset.count();
    const noAlt = await newAction(args(multipartRequest("/studio/listings/new", world.artisan, { ...newListingForm(world.category.id), photo: await jpegBlob() })));
    expect(refused(noAlt).errors.photoAltEn).toEqual(["studio:errors.altRequired"]);
    expect(await db.mediaAsset.count()).toBe(assetsBefore);

    const created = await settle(newAction(args(multipartRequest("/studio/listings/new", world.artisan, { ...newListingForm(world.category.id), photo: await jpegBlob(), photoAltEn: "A folded stole" }))));
    const id = /listings\/([0-9a-f-]{36})/.exec(locationOf(created)!)![1]!;
    const first = await db.productImage.findFirstOrThrow({ where: { productId: id } });
    expect(first.altEn).toBe("A folded stole");

    const product = await db.product.findUniqueOrThrow({ where: { id } });
    const request = (fields: Record<string, string | Blob>) => editAction(args(multipartRequest(`/studio/listings/${id}`, world.artisan, fields), { productId: id }));
    const existing = detailsForm(product, [{ assetId: first.assetId, altEn: first.altEn }]);
    expect(locationOf(await settle(request({ ...existing, photo: await jpegBlob(400, 300), photoAltEn: "The border, close up" })))).toBe(`/studio/listings/${id}?done=saved`);
    const two = await db.productImage.findMany({ where: { productId: id }, orderBy: { position: "asc" } });
    expect(two.map((image) => image.altEn)).toEqual(["A folded stole", "The border, close up"]);

    const both = detailsForm(product, two);
    await settle(request({ ...both, photoAction: "up:1" }));
    expect((await db.productImage.findMany({ where: { productId: id }, orderBy: { position: "asc" } })).map((image) => image.altEn)).toEqual(["The border, close up", "A folded stole"]);
    await settle(request({ ...detailsForm(product, [two[1]!, two[0]!]), photoAction: "remove:0" }));
    expect((await db.productImage.findMany({ where: { productId: id } })).map((image) => image.altEn)).toEqual(["A folded stole"]);
    // The removed photo is shown nowhere any more, so it is deleted.
    expect(await db.mediaAsset.count({ where: { id: two[1]!.assetId } })).toBe(0);
  });

  it("refuses a negative price, negative stock, zero weight and a missing English title on their fields, creating nothing", async () => {
    const world = await studioWorld();
    const before = { products: await db.product.count(), variants: await db.productVariant.count() };
    for (const [overrides, field, message] of [
      [{ price: "-450" }, "price", "studio:errors.price"],
      [{ price: "0" }, "price", "studio:errors.pricePositive"],
      [{ stock: "-1" }, "stock", "studio:errors.stockNegative"],
      [{ stock: "2.5" }, "stock", "studio:errors.stock"],
      [{ weightGrams: "0" }, "weightGrams", "studio:errors.weightPositive"],
      [{ titleEn: "  " }, "titleEn", "studio:errors.titleRequired"],
      [{ descriptionEn: "" }, "descriptionEn", "studio:errors.descriptionRequired"],
      [{ categoryId: NO_SUCH_ID }, "categoryId", "studio:errors.category"],
    ] as const) {
      const result = refused(await newAction(args(makeRequest("/studio/listings/new", { cookie: world.artisan, form: newListingForm(world.category.id, overrides) }))));
      expect(result.status, JSON.stringify(overrides)).toBe(400);
      expect(result.errors[field], JSON.stringify(overrides)).toEqual([message]);
    }
    expect({ products: await db.product.count(), variants: await db.productVariant.count() }).toEqual(before);
  });

  it("refuses bad values when editing a kind or size, changing nothing; one-tap stock changes only that variant and refuses negatives", async () => {
    const world = await studioWorld();
    const product = await createProduct({ categoryId: world.category.id, organisationId: world.organisation.id, makerId: world.maker.id, variants: [{ priceInr: 50_000, stock: 2 }, { priceInr: 90_000, stock: 8 }] });
    const [small, large] = product.variants;
    const variantForm = { intent: "variant", variantId: small!.id, optionEn: "Small", price: "500", stock: "2", weightGrams: "250" };
    for (const [overrides, field] of [
      [{ price: "-500" }, "price"],
      [{ stock: "-3" }, "stock"],
      [{ weightGrams: "0" }, "weightGrams"],
    ] as const) {
      const result = refused(await post(world.artisan, product.id, { ...variantForm, ...overrides }));
      expect(result.errors[field]?.length, field).toBe(1);
    }
    expect(await db.productVariant.findUniqueOrThrow({ where: { id: small!.id } })).toMatchObject({ priceInr: 50_000, stock: 2, weightGrams: 500 });

    const stock = (variantId: string, value: string) => homeAction(args(makeRequest("/studio", { cookie: world.artisan, form: { intent: "stock", variantId, stock: value } })));
    const done = (await stock(small!.id, "7")) as unknown as { data: { ok: boolean } };
    expect(done.data.ok).toBe(true);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: small!.id } })).stock).toBe(7);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: large!.id } })).stock).toBe(8);
    const negative = (await stock(small!.id, "-1")) as unknown as { data: { ok: boolean; errors: string[] }; init: { status: number } };
    expect(negative.init.status).toBe(400);
    expect(negative.data.errors).toEqual(["studio:errors.stockNegative"]);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: small!.id } })).stock).toBe(7);
    // A stock change alone never sends a listing in the shop back to review.
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("active");
  });

  it("lists low stock (3 or fewer) of listings in the shop on the studio home, with counts by state", async () => {
    const world = await studioWorld();
    const mine = { categoryId: world.category.id, organisationId: world.organisation.id, makerId: world.maker.id };
    const low = await createProduct({ ...mine, titleEn: "Honey", variants: [{ priceInr: 40_000, stock: 3, optionEn: "250 g" }, { priceInr: 70_000, stock: 20, optionEn: "500 g" }] });
    await createProduct({ ...mine, status: "draft", variants: [{ priceInr: 40_000, stock: 0 }] });
    const returned = await createProduct({ ...mine, status: "draft", variants: [{ priceInr: 40_000, stock: 9 }] });
    await db.product.update({ where: { id: returned.id }, data: { reviewComment: "Please add a photo of the back." } });
    const someoneElse = await createProduct({ categoryId: world.category.id, organisationId: world.organisation.id, variants: [{ priceInr: 40_000, stock: 1 }] });

    const home = (await homeLoader(args(makeRequest("/studio", { cookie: world.artisan })))) as Exclude<Awaited<ReturnType<typeof homeLoader>>, Response>;
    expect(home.lowStock).toEqual([{ variantId: low.variants[0]!.id, productId: low.id, title: "Honey", option: "250 g", stock: 3 }]);
    expect(home.counts).toMatchObject({ active: 1, draft: 1, returned: 1, pending: 0 });
    expect(home.waiting).toBeNull();

    const coordinatorHome = (await homeLoader(args(makeRequest("/studio", { cookie: world.coordinator })))) as Exclude<Awaited<ReturnType<typeof homeLoader>>, Response>;
    expect(coordinatorHome.lowStock.map((variant) => variant.productId).sort()).toEqual([low.id, someoneElse.id].sort());
    expect(coordinatorHome.waiting).toBe(0);

    const list = (await listLoader(args(makeRequest("/studio/listings?state=returned", { cookie: world.artisan })))) as Exclude<Awaited<ReturnType<typeof listLoader>>, Response>;
    expect(list.listings.map((listing) => listing.id)).toEqual([returned.id]);
  });

  it("an artisan cannot see or change another maker's listing: 404, and nothing changes", async () => {
    const world = await studioWorld();
    const other = await studioWorld();
    const theirs = await createProduct({ categoryId: other.category.id, organisationId: other.organisation.id, makerId: other.maker.id, status: "draft" });
    expect(((await settle(editLoader(args(makeRequest(`/studio/listings/${theirs.id}`, { cookie: world.artisan }), { productId: theirs.id })))) as Response).status).toBe(404);
    expect(((await settle(previewLoader(args(makeRequest(`/studio/listings/${theirs.id}/preview`, { cookie: world.artisan }), { productId: theirs.id })))) as Response).status).toBe(404);
    for (const form of [
      detailsForm(theirs, [], { titleEn: "Taken over" }),
      { intent: "submit" },
      { intent: "archive" },
      { intent: "variant", variantId: theirs.variants[0]!.id, optionEn: "X", price: "1", stock: "1", weightGrams: "1" },
      { intent: "addVariant", optionEn: "X", price: "1", stock: "1", weightGrams: "1" },
    ]) {
      expect(((await post(world.artisan, theirs.id, form)) as Response).status, form.intent).toBe(404);
    }
    const stock = await settle(homeAction(args(makeRequest("/studio", { cookie: world.artisan, form: { intent: "stock", variantId: theirs.variants[0]!.id, stock: "0" } }))));
    expect((stock as Response).status).toBe(404);
    expect(await db.product.findUniqueOrThrow({ where: { id: theirs.id }, include: { variants: true } })).toMatchObject({ titleEn: theirs.titleEn, status: "draft", variants: [{ stock: 10 }] });
    // Someone else's fresh photo cannot be attached either.
    const photo = await uploadPhoto(other.artisan);
    const { id } = await createListing(world.artisan, world.category.id);
    const mine = await db.product.findUniqueOrThrow({ where: { id }, include: { images: true } });
    await createProduct({ categoryId: other.category.id, organisationId: other.organisation.id, makerId: other.maker.id }).then((product) => db.productImage.create({ data: { productId: product.id, assetId: photo, altEn: "theirs" } }));
    const stolen = refused(await post(world.artisan, id, detailsForm(mine, [...mine.images, { assetId: photo, altEn: "mine now" }])));
    expect(stolen.errors.images).toEqual(["studio:errors.photoUnavailable"]);
  });

  it("archives and restores a listing; a draft needs a kind and a photo before it is sent", async () => {
    const world = await studioWorld();
    const bare = await createProduct({ categoryId: world.category.id, organisationId: world.organisation.id, makerId: world.maker.id, status: "draft" });
    const noPhoto = (await post(world.artisan, bare.id, { intent: "submit" })) as unknown as { data: { formErrors: string[] } };
    expect(noPhoto.data.formErrors).toEqual(["studio:errors.needsPhoto"]);
    expect(locationOf(await post(world.artisan, bare.id, { intent: "archive" }))).toBe(`/studio/listings/${bare.id}?done=archived`);
    expect((await db.product.findUniqueOrThrow({ where: { id: bare.id } })).status).toBe("archived");
    expect(locationOf(await post(world.artisan, bare.id, { intent: "restore" }))).toBe(`/studio/listings/${bare.id}?done=restored`);
    expect((await db.product.findUniqueOrThrow({ where: { id: bare.id } })).status).toBe("draft");
  });

  it("a coordinator lists for a maker of her organisation, not for another organisation's", async () => {
    const world = await studioWorld();
    const other = await studioWorld();
    const ours = await createListing(world.coordinator, world.category.id, { makerId: world.maker.id });
    expect(await db.product.findUniqueOrThrow({ where: { id: ours.id } })).toMatchObject({ makerId: world.maker.id, organisationId: world.organisation.id });
    const theirs = refused(await newAction(args(makeRequest("/studio/listings/new", { cookie: world.coordinator, form: newListingForm(world.category.id, { makerId: other.maker.id }) }))));
    expect(theirs.errors.makerId).toEqual(["studio:errors.maker"]);
  });
});

describe("studio: the maker profile", () => {
  it("saves her words and photo and never changes whether the profile is public", async () => {
    const world = await studioWorld();
    await db.maker.update({ where: { id: world.maker.id }, data: { publicProfile: true } });
    const photo = await uploadPhoto(world.artisan);
    const form = { displayName: "Daphi", craft: "Weaving", region: "Ri-Bhoi", storyEn: "I weave in the mornings.", storyHi: "मैं सुबह बुनती हूँ।", "images[0].assetId": photo, "images[0].altEn": "Daphi at her loom", publicProfile: "off" };
    expect(locationOf(await settle(profileAction(args(makeRequest("/studio/profile", { cookie: world.artisan, form })))))).toBe("/studio/profile?saved=1");
    expect(await db.maker.findUniqueOrThrow({ where: { id: world.maker.id } })).toMatchObject({ displayName: "Daphi", storyHi: "मैं सुबह बुनती हूँ।", photoAssetId: photo, photoAltEn: "Daphi at her loom", publicProfile: true });

    await db.maker.update({ where: { id: world.maker.id }, data: { publicProfile: false } });
    await settle(profileAction(args(makeRequest("/studio/profile", { cookie: world.artisan, form: { ...form, publicProfile: "on" } }))));
    expect((await db.maker.findUniqueOrThrow({ where: { id: world.maker.id } })).publicProfile).toBe(false);

    const page = (await profileLoader(args(makeRequest("/studio/profile", { cookie: world.artisan })))) as Exclude<Awaited<ReturnType<typeof profileLoader>>, Response>;
    expect(page.profile).toMatchObject({ id: world.maker.id, publicProfile: false, values: { displayName: "Daphi" } });
    const missingName = refused(await profileAction(args(makeRequest("/studio/profile", { cookie: world.artisan, form: { ...form, displayName: "" } }))));
    expect(missingName.errors.displayName).toEqual(["studio:errors.displayNameRequired"]);

    const other = await studioWorld();
    expect(((await settle(profileLoader(args(makeRequest(`/studio/profile?maker=${other.maker.id}`, { cookie: world.artisan }))))) as Response).status).toBe(404);
    expect(((await settle(profileAction(args(makeRequest(`/studio/profile?maker=${other.maker.id}`, { cookie: world.artisan, form }))))) as Response).status).toBe(404);
  });
});
