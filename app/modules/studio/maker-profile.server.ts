import { db } from "~/lib/db.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import type { Outcome } from "~/modules/identity/outcome";
import { imageSources } from "~/modules/media/index.server";
import { chosenMaker, type StudioActor } from "./actor.server";
import { forgetUnusedImages, photosFromForm, type PostedPhoto } from "./photos.server";
import type { MakerProfileInput } from "./profile-schema";

/** The maker profile the actor may edit (her own, or one of her organisations' makers for a coordinator), or null. */
export async function makerProfileForEdit(actor: StudioActor, makerId: string | null) {
  const chosen = await chosenMaker(actor, makerId, "profile");
  if (!chosen) return null;
  const maker = await db.maker.findUniqueOrThrow({ where: { id: chosen.id }, include: { photo: true, organisation: { select: { name: true } } } });
  return {
    id: maker.id,
    slug: maker.slug,
    organisationName: maker.organisation.name,
    /** Decided on the care side from her consent; shown here, never changed here. */
    publicProfile: maker.publicProfile,
    values: { displayName: maker.displayName, craft: maker.craft, region: maker.region, storyEn: maker.storyEn, storyHi: maker.storyHi },
    photos: maker.photo ? [{ assetId: maker.photo.id, altEn: maker.photoAltEn ?? "", altHi: maker.photoAltHi, preview: imageSources(maker.photo, [320]).src }] : [],
  };
}

/**
 * Saves the words and photo of a maker profile. Never touches publicProfile: whether the shop shows
 * the profile follows her consent on the care side. Null when the maker is not the actor's to edit.
 */
export async function saveMakerProfile(actor: StudioActor, makerId: string | null, input: MakerProfileInput, posted: PostedPhoto = null): Promise<Outcome | null> {
  const chosen = await chosenMaker(actor, makerId, "profile");
  if (!chosen) return null;
  const current = await db.maker.findUniqueOrThrow({ where: { id: chosen.id }, select: { photoAssetId: true } });
  // A profile has one photo: a file posted from a page without JavaScript takes the place of the old one.
  const photos = await photosFromForm(posted ? { ...input, images: [] } : input, posted, { makerId: chosen.id }, 1);
  if (!photos.ok) return photos;
  const photo = photos.photos[0] ?? null;
  try {
    await db.maker.update({
      where: { id: chosen.id },
      data: {
        displayName: input.displayName,
        craft: input.craft,
        region: input.region,
        storyEn: input.storyEn,
        storyHi: input.storyHi,
        photoAssetId: photo?.assetId ?? null,
        photoAltEn: photo?.altEn ?? null,
        photoAltHi: photo?.altHi ?? null,
      },
    });
  } catch (error) {
    await forgetUnusedImages([photos.storedAssetId]);
    throw error;
  }
  forgetCatalogCache();
  if (current.photoAssetId && current.photoAssetId !== photo?.assetId) await forgetUnusedImages([current.photoAssetId]);
  return { ok: true };
}
