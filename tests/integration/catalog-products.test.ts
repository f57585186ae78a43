import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { featuredProducts, productBySlug, publicMakerBySlug, relatedProducts, setMakerPublicProfile, sitemapEntries } from "~/modules/catalog/index.server";
import { splitLine } from "~/modules/earnings/index.server";
import { loader as makerLoader } from "~/routes/_shop.makers.$slug";
import { loader as productLoader } from "~/routes/_shop.products.$slug";
import { loader as robotsLoader } from "~/routes/robots[.]txt";
import { loader as sitemapLoader } from "~/routes/sitemap[.]xml";
import { args, settle } from "./admin-helpers";
import { createCategory, createMaker, createProduct } from "./catalog-factories";
import { createOrganisation, makeRequest } from "./helpers";

describe("product detail", () => {
  it("gives the active variants and the images in order, the category and the public maker", async () => {
    const category = await createCategory({ nameEn: "Handloom", nameHi: "हथकरघा" });
    const maker = await createMaker({ displayName: "Daphi", publicProfile: true, withPhoto: true, storyEn: "I weave eri silk." });
    const product = await createProduct({
      categoryId: category.id,
      organisationId: maker.organisationId,
      makerId: maker.id,
      titleEn: "Eri silk stole",
      titleHi: "एरी रेशम की चुन्नी",
      images: 3,
      variants: [
        { priceInr: 450_000, optionEn: "Madder red", position: 2 },
        { priceInr: 450_000, optionEn: "Indigo", position: 1 },
        { priceInr: 100_000, optionEn: "Retired", position: 0, active: false },
      ],
    });

    const detail = await productBySlug(product.slug, "hi");
    expect(detail).toMatchObject({ title: "एरी रेशम की चुन्नी", description: "Made by hand.", hasIndividualMaker: true, category: { slug: category.slug, name: "हथकरघा" } });
    expect(detail!.variants.map((variant) => variant.option)).toEqual(["Indigo", "Madder red"]);
    expect(detail!.images.map((image) => image.alt)).toEqual([1, 2, 3].map((number) => `Photo ${number} of ${product.slug}`));
    expect(detail!.images[0]!.asset).toMatchObject({ provider: "local", width: 1200, height: 900 });
    expect(detail!.maker).toMatchObject({ slug: maker.slug, displayName: "Daphi", story: "I weave eri silk.", craft: "Weaving", photo: { alt: "A weaver at her loom" } });
  });

  it("never shows a maker without a public profile, only her organisation; the flag alone decides", async () => {
    const organisation = await createOrganisation({ name: `Garo Hills Weavers ${crypto.randomUUID().slice(0, 6)}` });
    const maker = await createMaker({ organisationId: organisation.id, displayName: "Secret Name", storyEn: "A private story", publicProfile: false, withPhoto: true });
    const category = await createCategory();
    const product = await createProduct({ categoryId: category.id, organisationId: organisation.id, makerId: maker.id });

    const detail = await productBySlug(product.slug, "en");
    expect(detail!.maker).toBeNull();
    expect(detail!.organisationName).toBe(organisation.name);
    expect(await publicMakerBySlug(maker.slug, "en")).toBeNull();

    const page = await productLoader(args(makeRequest(`/products/${product.slug}`), { slug: product.slug }));
    const rendered = JSON.stringify(page);
    for (const secret of ["Secret Name", "A private story", maker.slug, maker.id, "weaver at her loom"]) expect(rendered).not.toContain(secret);
    expect(page.maker).toBeNull();
    const makerPage = await settle(makerLoader(args(makeRequest(`/makers/${maker.slug}`), { slug: maker.slug })));
    expect((makerPage as Response).status).toBe(404);
    expect((await sitemapEntries()).map((entry) => entry.path)).not.toContain(`/makers/${maker.slug}`);

    expect(await setMakerPublicProfile(maker.id, true)).toBe(true);
    expect((await productBySlug(product.slug, "en"))!.maker).toMatchObject({ displayName: "Secret Name" });
    const shown = await makerLoader(args(makeRequest(`/makers/${maker.slug}`), { slug: maker.slug }));
    expect(shown.maker.displayName).toBe("Secret Name");
    expect(shown.products.map((card) => card.slug)).toEqual([product.slug]);
    expect(shown.organisationName).toBe(organisation.name);

    expect(await setMakerPublicProfile(maker.id, false)).toBe(true);
    expect((await productBySlug(product.slug, "en"))!.maker).toBeNull();
    expect(await setMakerPublicProfile(crypto.randomUUID(), true)).toBe(false);
  });

  it("is not found for an unknown slug, a draft, a product awaiting approval, an archived one or one with no active variant", async () => {
    const category = await createCategory();
    const hidden = await Promise.all([
      createProduct({ categoryId: category.id, status: "draft" }),
      createProduct({ categoryId: category.id, status: "pending_approval" }),
      createProduct({ categoryId: category.id, status: "archived" }),
      createProduct({ categoryId: category.id, variants: [{ priceInr: 1_000, active: false }] }),
    ]);
    for (const slug of ["no-such-product", ...hidden.map((product) => product.slug)]) {
      expect(await productBySlug(slug, "en")).toBeNull();
      const result = await settle(productLoader(args(makeRequest(`/products/${slug}`), { slug })));
      expect(result).toBeInstanceOf(Response);
      expect((result as Response).status).toBe(404);
    }
  });
});

describe("the product page", () => {
  it("prices each variant, says how much goes to the maker under the fee rule, and describes itself to search engines", async () => {
    const organisation = await createOrganisation();
    await db.feeRule.create({ data: { organisationId: organisation.id, validFrom: new Date("2020-01-01"), cooperativePercentBp: 1_000, cooperativeFlatInr: 0, platformPercentBp: 500, platformFlatInr: 2_000 } });
    const category = await createCategory();
    const product = await createProduct({
      categoryId: category.id,
      organisationId: organisation.id,
      makerId: (await createMaker({ organisationId: organisation.id })).id,
      titleEn: "Wild honey </script>",
      images: 2,
      variants: [
        { priceInr: 80_000, stock: 0, optionEn: "250 g" },
        { priceInr: 140_000, stock: 3, optionEn: "500 g" },
        { priceInr: 250_000, stock: 40, optionEn: "1 kg" },
      ],
    });

    const page = await productLoader(args(makeRequest(`/products/${product.slug}`), { slug: product.slug }));
    expect(page.variants.map((variant) => [variant.option, variant.price.text, variant.stock, variant.left])).toEqual([
      ["250 g", "₹800.00", "sold_out", 0],
      ["500 g", "₹1,400.00", "low", 3],
      ["1 kg", "₹2,500.00", "in_stock", null],
    ]);
    const share = splitLine(140_000, { cooperativePercentBp: 1_000, cooperativeFlatInr: 0, platformPercentBp: 500, platformFlatInr: 2_000 }).maker;
    expect(page.variants[1]!.makerShare.amountMinor).toBe(share);
    expect(share).toBe(140_000 - 14_000 - 9_000);
    // The first variant in stock is chosen unless the address names one.
    expect(page.selectedVariantId).toBe(page.variants[1]!.id);
    const named = await productLoader(args(makeRequest(`/products/${product.slug}?variant=${page.variants[2]!.id}`), { slug: product.slug }));
    expect(named.selectedVariantId).toBe(page.variants[2]!.id);

    expect(page.seo).toMatchObject({ title: "Wild honey </script>", type: "product", canonical: `http://localhost:3000/products/${product.slug}` });
    expect(page.seo.image).toMatch(/^http:\/\/localhost:3000\/media\//);
    expect(page.structuredData).toMatchObject({ "@type": "Product", brand: { name: organisation.name } });
    expect(page.structuredData.offers.map((offer) => [offer.price, offer.priceCurrency, offer.availability])).toEqual([
      ["800.00", "INR", "https://schema.org/OutOfStock"],
      ["1400.00", "INR", "https://schema.org/InStock"],
      ["2500.00", "INR", "https://schema.org/InStock"],
    ]);
  });

  it("relates products of the same category first, then of the same maker", async () => {
    const maker = await createMaker();
    const category = await createCategory();
    const otherCategory = await createCategory();
    const product = await createProduct({ categoryId: category.id, makerId: maker.id, organisationId: maker.organisationId });
    const sameCategoryAndMaker = await createProduct({ categoryId: category.id, makerId: maker.id, organisationId: maker.organisationId, publishedAt: new Date("2025-01-01") });
    const sameCategory = await createProduct({ categoryId: category.id, publishedAt: new Date("2026-01-01") });
    const sameMaker = await createProduct({ categoryId: otherCategory.id, makerId: maker.id, organisationId: maker.organisationId });
    await createProduct({ categoryId: otherCategory.id });
    await createProduct({ categoryId: category.id, status: "draft" });

    const related = await relatedProducts(product.id, "en");
    expect(related.map((card) => card.slug)).toEqual([sameCategoryAndMaker.slug, sameCategory.slug, sameMaker.slug]);
  });

  it("features the products admins chose", async () => {
    const category = await createCategory();
    const featured = await createProduct({ categoryId: category.id, featured: true });
    await createProduct({ categoryId: category.id, featured: true, status: "draft" });
    expect((await featuredProducts("en")).map((card) => card.slug)).toEqual([featured.slug]);
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("list the public pages: categories, products on sale and public makers only", async () => {
    const category = await createCategory();
    const maker = await createMaker({ publicProfile: true });
    const active = await createProduct({ categoryId: category.id, makerId: maker.id, organisationId: maker.organisationId });
    const draft = await createProduct({ categoryId: category.id, status: "draft" });
    const archived = await createProduct({ categoryId: category.id, status: "archived" });

    const response = await sitemapLoader();
    expect(response.headers.get("Content-Type")).toContain("application/xml");
    const xml = await response.text();
    expect(xml).toContain(`<loc>http://localhost:3000/products/${active.slug}</loc>`);
    expect(xml).toContain(`<loc>http://localhost:3000/categories/${category.slug}</loc>`);
    expect(xml).toContain(`<loc>http://localhost:3000/makers/${maker.slug}</loc>`);
    expect(xml).toContain("<loc>http://localhost:3000/</loc>");
    expect(xml).not.toContain(draft.slug);
    expect(xml).not.toContain(archived.slug);
  });

  it("keep crawlers out of private areas and point them to the sitemap", async () => {
    const text = await robotsLoader().text();
    for (const path of ["/admin", "/care", "/studio", "/settings", "/cart", "/checkout"]) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).toContain("Sitemap: http://localhost:3000/sitemap.xml");
  });
});
