import { describe, expect, it } from "vitest";
import { catalogSearchQuery, MAX_PAGE, parseCatalogSearch } from "./search-params";

const parse = (query: string) => parseCatalogSearch(new URLSearchParams(query));

describe("catalog search parameters", () => {
  it("read every filter from the address", () => {
    expect(parse("q=wild+honey&category=honey&region=Meghalaya&minPrice=5&maxPrice=20.50&inStock=1&sort=price_asc&page=3")).toEqual({
      q: "wild honey",
      category: "honey",
      region: "Meghalaya",
      minPrice: "5",
      maxPrice: "20.50",
      inStock: true,
      sort: "price_asc",
      page: 3,
    });
  });

  it("default to the first page, newest first, or by relevance when there is a query", () => {
    expect(parse("")).toEqual({ inStock: false, sort: "newest", page: 1 });
    expect(parse("q=honey")).toMatchObject({ q: "honey", sort: "relevance", page: 1 });
    expect(parse("sort=relevance")).toMatchObject({ sort: "newest" });
  });

  it("clamp pages out of range and ignore pages that are not whole numbers", () => {
    expect(parse("page=-3").page).toBe(1);
    expect(parse("page=0").page).toBe(1);
    expect(parse("page=abc").page).toBe(1);
    expect(parse("page=2.5").page).toBe(1);
    expect(parse("page=99999999").page).toBe(MAX_PAGE);
  });

  it("ignore bad values instead of failing", () => {
    const state = parse("maxPrice=abc&minPrice=-4&sort=cheapest&category=../../etc&inStock=maybe&q=" + "x".repeat(101));
    expect(state).toEqual({ inStock: false, sort: "newest", page: 1 });
  });

  it("treat blank fields as absent, as an empty GET form sends them", () => {
    expect(parse("q=&category=&region=&minPrice=&maxPrice=&sort=")).toEqual({ inStock: false, sort: "newest", page: 1 });
  });

  it("survive repeated and unknown parameters", () => {
    expect(parse("page=2&page=4&utm_source=mail").page).toBe(4);
  });

  it("write back only what differs from the defaults, so that shared links stay short", () => {
    expect(catalogSearchQuery({ inStock: false, sort: "newest", page: 1 })).toBe("");
    expect(catalogSearchQuery({ q: "honey", sort: "relevance", page: 2 })).toBe("?q=honey&page=2");
    expect(catalogSearchQuery({ q: "honey", sort: "price_desc", inStock: true, minPrice: "5" })).toBe("?q=honey&minPrice=5&inStock=1&sort=price_desc");
  });

  it("round-trip through the address", () => {
    const state = parse("q=shawl&region=Assam&maxPrice=40&inStock=1&sort=price_desc&page=2");
    expect(parse(catalogSearchQuery(state).slice(1))).toEqual(state);
  });
});
