/**
 * The studio's side of the catalog: artisans' listings, kinds and sizes, photos and stock, maker
 * profiles, and coordinators' review of listings. Uses catalog (reads, cache), media, identity and audit.
 */
export { studioActor, makerChoices, chosenMaker, actsForOthers, approvesIn, type StudioActor, type MakerChoice } from "./actor.server";
export { listListings, listingForEdit, type ListingRow, type ListingForEdit } from "./listing-reads.server";
export { createListing, updateListing } from "./listing-writes.server";
export { submitListing, archiveListing, restoreListing, mayPublishWithoutReview } from "./listing-status.server";
export { addVariant, updateVariant, removeVariant, setVariantStock } from "./variants.server";
export { reviewQueue, reviewQueueSize, approveListing, returnListing, type QueuedListing } from "./moderation.server";
export { listingPreview, type ListingPreview } from "./preview.server";
export { lowStockVariants, listingCounts, type LowStockVariant } from "./overview.server";
export { makerProfileForEdit, saveMakerProfile } from "./maker-profile.server";
export { uploadTarget, acceptUpload, signDirectUpload, acceptDirectUpload } from "./uploads.server";
export type { PostedPhoto } from "./photos.server";
export { requireStudioActor, handleStockForm } from "./request.server";
