import path from "node:path";
import type { MediaProvider } from "~/generated/prisma/client";
import { getEnv } from "~/lib/env.server";
import { CloudinaryImageStorage, parseCloudinaryUrl } from "./cloudinary-storage.server";
import type { ImageStorage } from "./image-storage.server";
import { LocalImageStorage } from "./local-storage.server";

let local: LocalImageStorage | undefined;
let remote: CloudinaryImageStorage | null | undefined;

/** Originals and resized copies in DATA_DIR/uploads. Also serves local images stored before Cloudinary was set up. */
export function getLocalImageStorage(): LocalImageStorage {
  local ??= new LocalImageStorage(path.resolve(getEnv().DATA_DIR, "uploads"));
  return local;
}

/** The Cloudinary account of CLOUDINARY_URL, or null when it is not set. */
export function getCloudinaryImageStorage(): CloudinaryImageStorage | null {
  if (remote === undefined) {
    const url = getEnv().CLOUDINARY_URL;
    remote = url ? new CloudinaryImageStorage(parseCloudinaryUrl(url)) : null;
  }
  return remote;
}

/** Where new images go: Cloudinary when CLOUDINARY_URL is set, otherwise local disk. */
export function getImageStorage(): ImageStorage {
  return getCloudinaryImageStorage() ?? getLocalImageStorage();
}

/** The storage that holds images of `provider`. */
export function storageFor(provider: MediaProvider): ImageStorage {
  if (provider === "local") return getLocalImageStorage();
  const cloudinary = getCloudinaryImageStorage();
  if (!cloudinary) throw new Error("This image is stored at Cloudinary, but CLOUDINARY_URL is not set");
  return cloudinary;
}
