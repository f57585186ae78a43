import { describe, expect, it } from "vitest";
import { absoluteUrl, metaDescription, seoMeta } from "./seo";

describe("seoMeta", () => {
  it("gives a title, description, canonical link and Open Graph tags", () => {
    const meta = seoMeta({ title: "Wild honey", description: "Raw forest honey.", canonical: "https://shop.example/products/wild-honey", image: "https://shop.example/media/a/640.webp", type: "product" });
    expect(meta).toContainEqual({ title: "Wild honey · Reweave" });
    expect(meta).toContainEqual({ name: "description", content: "Raw forest honey." });
    expect(meta).toContainEqual({ tagName: "link", rel: "canonical", href: "https://shop.example/products/wild-honey" });
    expect(meta).toContainEqual({ property: "og:type", content: "product" });
    expect(meta).toContainEqual({ property: "og:image", content: "https://shop.example/media/a/640.webp" });
  });

  it("leaves out og:image when there is no picture", () => {
    const meta = seoMeta({ title: "Makers", description: "x", canonical: "https://shop.example/" });
    expect(meta.some((tag) => "property" in tag && tag.property === "og:image")).toBe(false);
  });
});

describe("metaDescription", () => {
  it("keeps short text, on one line", () => {
    expect(metaDescription("Raw  honey\nfrom the hills.")).toBe("Raw honey from the hills.");
  });

  it("cuts long text at a word", () => {
    const text = "word ".repeat(60);
    const description = metaDescription(text);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith("word…")).toBe(true);
  });
});

describe("absoluteUrl", () => {
  it("puts paths under the site's address and keeps absolute URLs", () => {
    expect(absoluteUrl("/media/a/640.webp", "https://shop.example")).toBe("https://shop.example/media/a/640.webp");
    expect(absoluteUrl("https://res.cloudinary.com/x.jpg", "https://shop.example")).toBe("https://res.cloudinary.com/x.jpg");
  });
});
