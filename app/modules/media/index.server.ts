/** The media module's public surface: storing uploaded images, responsive sources, local resized copies. */
export { storeImage, imageSources, deleteImage, type ShownAsset } from "./assets.server";
export { ImageRejectedError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageProblem } from "./clean-image.server";
export { findImageVariant, type ImageVariant } from "./variants.server";
export { getImageStorage, getCloudinaryImageStorage, getLocalImageStorage, storageFor } from "./storage.server";
export type { ImageStorage, StoredImage } from "./image-storage.server";
export type { SignedUpload } from "./cloudinary-storage.server";
export { recordDirectUpload, type DirectUploadResult } from "./direct-uploads.server";
export { demoProductImage, type DemoImageKind } from "./demo-images.server";
export { STANDARD_WIDTHS, type ImageSources, type ImageFormat } from "./widths";
