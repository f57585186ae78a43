import type { Db } from "~/lib/db.server";
import { encryptNote } from "~/modules/cases/identity-codec.server";
import { demoProductImage, storeImage } from "~/modules/media/index.server";

/**
 * A maker who has just joined the cooperative: her first piece is in the shop and has not sold yet. She is
 * the demo caseworker's client in Re-integration, so that her first sale (in the end-to-end test, or in a
 * demo) shows as verified income and meets her plan's "first shop sale" milestone. Created after the
 * shop's history, so that the history has no sale of hers.
 */

export const FIRST_SALE_MAKER = "ridalin";
export const FIRST_SALE_PRODUCT = "natural-dyed-cotton-stole";
const DAY = 86_400_000;

export async function seedFirstSaleMaker(db: Db, context: { cooperativeId: string; now: Date }) {
  const handloom = await db.category.findUniqueOrThrow({ where: { slug: "handloom" }, select: { id: true } });
  const portrait = await storeImage(await demoProductImage("portrait", 40));
  const maker = await db.maker.create({
    data: {
      slug: FIRST_SALE_MAKER,
      displayName: "Ridalin",
      craft: "Natural dyeing and weaving",
      region: "East Khasi Hills, Meghalaya",
      storyEn: "Ridalin learned natural dyeing at the network's training room this year. Her first stole is dyed with lac and turmeric from her aunt's garden.",
      storyHi: "रिडालिन ने इस साल नेटवर्क के प्रशिक्षण कक्ष में प्राकृतिक रंगाई सीखी। उनका पहला स्टोल उनकी मौसी के बगीचे के लाख और हल्दी से रंगा है।",
      publicProfile: true,
      organisationId: context.cooperativeId,
      photoAssetId: portrait.id,
      photoAltEn: "An illustration standing in for a photo of Ridalin",
      photoAltHi: "रिडालिन की तस्वीर के स्थान पर एक चित्रण",
      approvedAt: new Date(context.now.getTime() - 12 * DAY),
      createdAt: new Date(context.now.getTime() - 20 * DAY),
    },
  });
  const product = await db.product.create({
    data: {
      slug: FIRST_SALE_PRODUCT,
      categoryId: handloom.id,
      organisationId: context.cooperativeId,
      makerId: maker.id,
      titleEn: "Natural-dyed cotton stole",
      titleHi: "प्राकृतिक रंगों से रंगा सूती स्टोल",
      descriptionEn: "Ridalin's first stole: handspun cotton dyed with lac and turmeric, with a plain woven border.",
      descriptionHi: "रिडालिन का पहला स्टोल: हाथ से काता सूत, लाख और हल्दी से रंगा, सादी बुनी किनारी के साथ।",
      materialsEn: "Handspun cotton, natural dyes (lac, turmeric).",
      materialsHi: "हाथ से काता सूत, प्राकृतिक रंग (लाख, हल्दी)।",
      careEn: "Hand wash cold; the colours are natural and may soften over time.",
      careHi: "ठंडे पानी में हाथ से धोएँ; रंग प्राकृतिक हैं और समय के साथ हल्के हो सकते हैं।",
      originRegion: "East Khasi Hills, Meghalaya",
      status: "active",
      publishedAt: new Date(context.now.getTime() - 12 * DAY),
      variants: { create: [{ optionEn: "Lac red", optionHi: "लाख लाल", priceInr: 140_000, weightGrams: 180, stock: 12, sku: "NATURAL-DYED-COTTON-STO-1", hsCode: "6214.90", position: 0 }] },
    },
  });
  for (const position of [0, 1]) {
    const asset = await storeImage(await demoProductImage("handloom", 80 + position));
    await db.productImage.create({
      data: {
        productId: product.id,
        assetId: asset.id,
        position,
        altEn: position ? "Natural-dyed cotton stole: a closer look" : "Natural-dyed cotton stole, folded to show the weave",
        altHi: position ? "प्राकृतिक रंगों से रंगा सूती स्टोल: पास से" : "प्राकृतिक रंगों से रंगा सूती स्टोल, बुनाई दिखाने के लिए मोड़ा हुआ",
      },
    });
  }
  return maker.id;
}

/** Links a maker to a person, with her consents to the public profile and to her sales counting as income. */
export async function linkMaker(db: Db, link: { beneficiaryId: string; makerId: string; givenOn: Date; recordedById: string }) {
  await db.beneficiary.update({ where: { id: link.beneficiaryId }, data: { makerId: link.makerId } });
  for (const purpose of ["public_maker_profile", "link_earnings"] as const) {
    const id = crypto.randomUUID();
    await db.consent.create({
      data: {
        id,
        beneficiaryId: link.beneficiaryId,
        purpose,
        method: "written",
        givenOn: link.givenOn,
        recordedById: link.recordedById,
        witness: encryptNote("consent.witness", id, null),
        createdAt: new Date(link.givenOn.getTime() + 10 * 3_600_000),
      },
    });
  }
}
