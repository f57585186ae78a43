import { describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { INR_RATE_MICROS } from "~/lib/money";
import { catalogListing, forgetCatalogCache, hasTypoTolerance, searchProducts, type ProductSearch } from "~/modules/catalog/index.server";
import { loader as categoryLoader } from "~/routes/_shop.categories.$slug";
import { loader as productsLoader } from "~/routes/_shop.products._index";
import { args, settle } from "./admin-helpers";
import { createCategory, createProduct } from "./catalog-factories";
import { makeRequest } from "./helpers";

const INR = { currency: "INR" as const, inrPerUnitMicros: INR_RATE_MICROS };

function search(categorySlug: string, options: Partial<ProductSearch> = {}) {
  return searchProducts({ categorySlug, sort: options.query ? "relevance" : "newest", page: 1, pageSize: 24, language: "en", ...options });
}

const slugs = (result: { items: { slug: string }[] }) => result.items.map((item) => item.slug);

describe("catalog search", () => {
  it("finds English words by their stem and Hindi titles by their words", async () => {
    const category = await createCategory();
    const jar = await createProduct({ categoryId: category.id, titleEn: "Forest honey jar", titleHi: "जंगली शहद का मर्तबान" });
    await createProduct({ categoryId: category.id, titleEn: "Eri silk stole", titleHi: "एरी रेशम की चुन्नी" });

    const stemmed = await search(category.slug, { query: "jars" });
    expect(slugs(stemmed)).toEqual([jar.slug]);
    expect(stemmed.approximate).toBe(false);

    const hindi = await search(category.slug, { query: "शहद", language: "hi" });
    expect(slugs(hindi)).toEqual([jar.slug]);
    expect(hindi.items[0]!.title).toBe("जंगली शहद का मर्तबान");

    expect(slugs(await search(category.slug, { query: "silk" }))).toHaveLength(1);
  });

  it("searches descriptions, materials and the region too, ranking title matches first", async () => {
    const category = await createCategory();
    const inDescription = await createProduct({ categoryId: category.id, titleEn: "Table runner", descriptionEn: "Dyed with wild indigo leaves.", publishedAt: new Date("2026-06-01") });
    const inTitle = await createProduct({ categoryId: category.id, titleEn: "Indigo stole", publishedAt: new Date("2026-01-01") });
    const inMaterials = await createProduct({ categoryId: category.id, titleEn: "Cushion cover", materialsEn: "Cotton, natural indigo", publishedAt: new Date("2025-01-01") });
    await createProduct({ categoryId: category.id, titleEn: "Bamboo basket", originRegion: "Garo Hills" });

    const result = await search(category.slug, { query: "indigo" });
    expect(slugs(result)[0]).toBe(inTitle.slug);
    expect(new Set(slugs(result))).toEqual(new Set([inTitle.slug, inDescription.slug, inMaterials.slug]));
    expect(result.total).toBe(3);
    expect(slugs(await search(category.slug, { query: "Garo" }))).toHaveLength(1);
  });

  it("tolerates typos in titles where pg_trgm is installed, which both PGlite and PostgreSQL have", async () => {
    expect(await hasTypoTolerance()).toBe(true);
    const category = await createCategory();
    const honey = await createProduct({ categoryId: category.id, titleEn: "Wild forest honey" });
    await createProduct({ categoryId: category.id, titleEn: "Bamboo basket" });

    const near = await search(category.slug, { query: "hony" });
    expect(slugs(near)).toEqual([honey.slug]);
    expect(near.approximate).toBe(true);
    expect(near.total).toBe(1);

    const nothing = await search(category.slug, { query: "xqzvw" });
    expect(nothing.items).toEqual([]);
    expect(nothing.approximate).toBe(false);
  });

  it("filters by category, price range in INR, region and stock", async () => {
    const category = await createCategory();
    const other = await createCategory();
    const cheap = await createProduct({ categoryId: category.id, originRegion: "Assam", variants: [{ priceInr: 50_000, stock: 3 }] });
    const middle = await createProduct({ categoryId: category.id, originRegion: "Meghalaya", variants: [{ priceInr: 120_000, stock: 0 }] });
    const dear = await createProduct({ categoryId: category.id, originRegion: "Meghalaya", variants: [{ priceInr: 300_000, stock: 0 }, { priceInr: 350_000, stock: 2 }] });
    const elsewhere = await createProduct({ categoryId: other.id, variants: [{ priceInr: 60_000 }] });

    expect(new Set(slugs(await search(category.slug)))).toEqual(new Set([cheap.slug, middle.slug, dear.slug]));
    expect(slugs(await search(other.slug))).toEqual([elsewhere.slug]);
    expect(new Set(slugs(await search(category.slug, { minPriceInr: 100_000, maxPriceInr: 300_000 })))).toEqual(new Set([middle.slug, dear.slug]));
    expect(slugs(await search(category.slug, { maxPriceInr: 119_999 }))).toEqual([cheap.slug]);
    expect(new Set(slugs(await search(category.slug, { region: "Meghalaya" })))).toEqual(new Set([middle.slug, dear.slug]));
    expect(new Set(slugs(await search(category.slug, { inStock: true })))).toEqual(new Set([cheap.slug, dear.slug]));
    expect(slugs(await search(category.slug, { region: "Meghalaya", inStock: true, maxPriceInr: 300_000 }))).toEqual([dear.slug]);
  });

  it("prices a product at its lowest active variant and counts only active variants' stock", async () => {
    const category = await createCategory();
    const product = await createProduct({
      categoryId: category.id,
      variants: [
        { priceInr: 90_000, stock: 0 },
        { priceInr: 40_000, stock: 9, active: false },
        { priceInr: 150_000, stock: 0 },
      ],
    });
    const [card] = (await search(category.slug)).items;
    expect(card).toMatchObject({ slug: product.slug, priceInr: 90_000, maxPriceInr: 150_000, inStock: false });
  });

  it("sorts by price, by newest and by relevance", async () => {
    const category = await createCategory();
    const old = await createProduct({ categoryId: category.id, titleEn: "Honey", publishedAt: new Date("2025-01-01"), variants: [{ priceInr: 200_000 }] });
    const recent = await createProduct({ categoryId: category.id, titleEn: "Basket", descriptionEn: "Carries honey jars.", publishedAt: new Date("2026-03-01"), variants: [{ priceInr: 100_000 }] });
    const middle = await createProduct({ categoryId: category.id, titleEn: "Stole", publishedAt: new Date("2025-06-01"), variants: [{ priceInr: 300_000 }] });

    expect(slugs(await search(category.slug, { sort: "newest" }))).toEqual([recent.slug, middle.slug, old.slug]);
    expect(slugs(await search(category.slug, { sort: "price_asc" }))).toEqual([recent.slug, old.slug, middle.slug]);
    expect(slugs(await search(category.slug, { sort: "price_desc" }))).toEqual([middle.slug, old.slug, recent.slug]);
    expect(slugs(await search(category.slug, { query: "honey", sort: "relevance" }))).toEqual([old.slug, recent.slug]);
    expect(slugs(await search(category.slug, { query: "honey", sort: "price_asc" }))).toEqual([recent.slug, old.slug]);
  });

  it("pages through the results, giving the total of all pages", async () => {
    const category = await createCategory();
    for (let index = 0; index < 7; index++) {
      await createProduct({ categoryId: category.id, titleEn: `Basket ${index}`, publishedAt: new Date(Date.UTC(2026, 0, 1 + index)) });
    }
    const first = await search(category.slug, { pageSize: 3 });
    const third = await search(category.slug, { pageSize: 3, page: 3 });
    const beyond = await search(category.slug, { pageSize: 3, page: 9 });
    expect(first).toMatchObject({ total: 7, page: 1, pageCount: 3 });
    expect(first.items.map((item) => item.title)).toEqual(["Basket 6", "Basket 5", "Basket 4"]);
    expect(third.items.map((item) => item.title)).toEqual(["Basket 0"]);
    expect(beyond).toMatchObject({ items: [], total: 7, pageCount: 3 });
  });

  it("never lists drafts, products awaiting approval, archived products or products with no active variant", async () => {
    const category = await createCategory();
    const active = await createProduct({ categoryId: category.id, titleEn: "Honey comb" });
    for (const status of ["draft", "pending_approval", "archived"] as const) await createProduct({ categoryId: category.id, titleEn: "Honey comb", status });
    await createProduct({ categoryId: category.id, titleEn: "Honey comb", variants: [{ priceInr: 10_000, active: false }] });

    expect(slugs(await search(category.slug))).toEqual([active.slug]);
    expect(slugs(await search(category.slug, { query: "comb" }))).toEqual([active.slug]);
    expect(slugs(await search(category.slug, { query: "hony cmb" }))).toEqual([]);
    expect((await search(category.slug)).facets.regions).toEqual([{ region: "Meghalaya", products: 1 }]);
  });

  it("offers the regions of the listed products as a filter", async () => {
    const category = await createCategory();
    await createProduct({ categoryId: category.id, originRegion: "Nagaland" });
    await createProduct({ categoryId: category.id, originRegion: "Assam" });
    await createProduct({ categoryId: category.id, originRegion: "Assam" });
    const result = await search(category.slug, { region: "Nagaland" });
    expect(result.facets.regions).toEqual([
      { region: "Assam", products: 2 },
      { region: "Nagaland", products: 1 },
    ]);
  });
});

describe("the catalog's read cache", () => {
  it("serves a repeated search from memory until a writer clears it", async () => {
    const category = await createCategory();
    const product = await createProduct({ categoryId: category.id });
    expect(slugs(await search(category.slug))).toEqual([product.slug]);

    await db.product.update({ where: { id: product.id }, data: { status: "archived" } });
    expect(slugs(await search(category.slug))).toEqual([product.slug]);
    forgetCatalogCache();
    expect(slugs(await search(category.slug))).toEqual([]);
  });
});

describe("catalog listing pages", () => {
  it("convert a price range typed in the buyer's currency to INR exactly as prices are shown", async () => {
    const category = await createCategory();
    // At 80 INR per dollar: ₹959.60 shows as $12.00 (11.995 rounds up), ₹960.40 as $12.01.
    const shownAsTwelve = await createProduct({ categoryId: category.id, variants: [{ priceInr: 95_960 }] });
    await createProduct({ categoryId: category.id, variants: [{ priceInr: 96_040 }] });
    const usd = { currency: "USD" as const, inrPerUnitMicros: 80_000_000n };
    const listing = await catalogListing(new URLSearchParams("maxPrice=12"), { language: "en", rate: usd, categorySlug: category.slug });
    expect(listing!.items.map((item) => item.slug)).toEqual([shownAsTwelve.slug]);
    expect(listing!.items[0]!.price).toMatchObject({ amountMinor: 1200, currency: "USD" });
  });

  it("ignore or clamp bad values in the address instead of failing", async () => {
    const category = await createCategory();
    await createProduct({ categoryId: category.id });
    const listing = await catalogListing(new URLSearchParams("page=-3&maxPrice=abc&minPrice=-1&sort=cheapest&inStock=perhaps&region="), {
      language: "en",
      rate: INR,
      categorySlug: category.slug,
    });
    expect(listing!.state).toEqual({ inStock: false, sort: "newest", page: 1 });
    expect(listing!.total).toBe(1);

    const page = await productsLoader(args(makeRequest("/products?page=abc&maxPrice=abc&category=no-such-category&q=%22")));
    expect(page.listing.state).toMatchObject({ page: 1, q: '"' });
    expect(page.seo.canonical).toMatch(/\/products\?q=%22$/);
  });

  it("answer an unknown category with 404 and a known one with its products", async () => {
    const category = await createCategory({ nameEn: "Honey", nameHi: "शहद" });
    const product = await createProduct({ categoryId: category.id });
    const missing = await settle(categoryLoader(args(makeRequest("/categories/no-such-category"), { slug: "no-such-category" })));
    expect(missing).toBeInstanceOf(Response);
    expect((missing as Response).status).toBe(404);

    const found = await categoryLoader(args(makeRequest(`/categories/${category.slug}`, { headers: { "Accept-Language": "hi" } }), { slug: category.slug }));
    expect(found.category.name).toBe("शहद");
    expect(found.listing.items.map((item) => item.slug)).toEqual([product.slug]);
    expect(found.listing.items[0]!.image).toBeNull();
  });
});
