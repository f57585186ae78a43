import { describe, expect, it } from "vitest";
import { productStructuredData } from "./structured-data";

describe("productStructuredData", () => {
  it("describes the product and one offer per variant, sold by the organisation", () => {
    const data = productStructuredData({
      url: "https://shop.example/products/stole",
      name: "Eri silk stole",
      description: "Hand-woven.",
      images: ["https://shop.example/media/a/640.webp"],
      category: "Handloom",
      organisation: "Khasi Hills Cooperative",
      offers: [
        { sku: "STOLE-IND", name: "Indigo", amountMinor: 4599, currency: "USD", inStock: true },
        { sku: "STOLE-RED", name: "Madder red", amountMinor: 4599, currency: "USD", inStock: false },
      ],
    });
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Eri silk stole",
      brand: { "@type": "Brand", name: "Khasi Hills Cooperative" },
      image: ["https://shop.example/media/a/640.webp"],
    });
    expect(data.offers).toEqual([
      expect.objectContaining({ "@type": "Offer", sku: "STOLE-IND", price: "45.99", priceCurrency: "USD", availability: "https://schema.org/InStock", seller: { "@type": "Organization", name: "Khasi Hills Cooperative" } }),
      expect.objectContaining({ sku: "STOLE-RED", availability: "https://schema.org/OutOfStock" }),
    ]);
    expect(data).not.toHaveProperty("sku");
  });
});
