import type { Db } from "~/lib/db.server";
import { demoProductImage, storeImage, type DemoImageKind } from "~/modules/media/index.server";

/** Made-up photos for the demo catalog, drawn locally: two per product, one portrait per public maker. */

const KIND_BY_CATEGORY: Record<string, DemoImageKind> = { honey: "honey", handloom: "handloom", handicrafts: "handicraft", art: "art" };

const ALT: Record<DemoImageKind, { en: (title: string) => string; hi: (title: string) => string }> = {
  honey: { en: (title) => `A jar of ${title.toLowerCase()} on a wooden table`, hi: (title) => `लकड़ी की मेज़ पर ${title} का जार` },
  handloom: { en: (title) => `${title}, folded to show the weave`, hi: (title) => `${title}, बुनाई दिखाने के लिए मोड़ा हुआ` },
  handicraft: { en: (title) => `${title}, photographed from above`, hi: (title) => `${title}, ऊपर से लिया गया चित्र` },
  art: { en: (title) => `${title}, the whole work`, hi: (title) => `${title}, पूरी कृति` },
  portrait: { en: (name) => `An illustration standing in for a photo of ${name}`, hi: (name) => `${name} की तस्वीर के स्थान पर एक चित्रण` },
};

export async function seedImages(db: Db) {
  const products = await db.product.findMany({ include: { category: { select: { slug: true } } }, orderBy: { slug: "asc" } });
  for (const [index, product] of products.entries()) {
    const kind = KIND_BY_CATEGORY[product.category.slug] ?? "handicraft";
    for (const position of [0, 1]) {
      const asset = await storeImage(await demoProductImage(kind, index * 2 + position));
      const detail = position === 1;
      await db.productImage.create({
        data: {
          productId: product.id,
          assetId: asset.id,
          position,
          altEn: detail ? `${product.titleEn}: a closer look` : ALT[kind].en(product.titleEn),
          altHi: detail ? `${product.titleHi ?? product.titleEn}: पास से` : ALT[kind].hi(product.titleHi ?? product.titleEn),
        },
      });
    }
  }
  const makers = await db.maker.findMany({ where: { publicProfile: true }, orderBy: { slug: "asc" } });
  for (const [index, maker] of makers.entries()) {
    const asset = await storeImage(await demoProductImage("portrait", index));
    await db.maker.update({
      where: { id: maker.id },
      data: { photoAssetId: asset.id, photoAltEn: ALT.portrait.en(maker.displayName), photoAltHi: ALT.portrait.hi(maker.displayName) },
    });
  }
}
