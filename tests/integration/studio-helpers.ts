import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { forgetCatalogCache } from "~/modules/catalog/index.server";
import type { Role } from "~/modules/identity/roles";
import { action as uploadAction } from "~/routes/studio.uploads";
import { jpegPhoto } from "../fixtures/images";
import { args, signIn } from "./admin-helpers";
import { createCategory, createMaker } from "./catalog-factories";
import { createOrganisation, createUser, makeRequest } from "./helpers";

/** An organisation with an artisan (signed in, with her maker profile) and a coordinator, and a category. */
export async function studioWorld(options: { trustApprovedArtisans?: boolean; makerApproved?: boolean } = {}) {
  const organisation = await createOrganisation();
  if (options.trustApprovedArtisans) await db.organisation.update({ where: { id: organisation.id }, data: { trustApprovedArtisans: true } });
  const category = await createCategory();
  const artisanUser = await createUser(["artisan"], { organisationId: organisation.id });
  const maker = await createMaker({ organisationId: organisation.id });
  await db.maker.update({ where: { id: maker.id }, data: { userId: artisanUser.id, approvedAt: options.makerApproved ? new Date() : null } });
  forgetCatalogCache();
  const coordinatorUser = await createUser(["coordinator"], { organisationId: organisation.id });
  return {
    organisation,
    category,
    maker,
    artisanUser,
    coordinatorUser,
    artisan: await signIn(artisanUser),
    coordinator: await signIn(coordinatorUser),
  };
}

export async function signedInAs(roles: Role[], organisationId?: string) {
  const user = await createUser(roles, organisationId ? { organisationId } : {});
  return { user, cookie: await signIn(user) };
}

/** A multipart POST as a browser sends it (the body sets its own Content-Type with the boundary). */
export function multipartRequest(path: string, cookie: string, fields: Record<string, string | Blob>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, "photo.jpg");
  }
  return makeRequest(path, { method: "POST", cookie, body });
}

export const jpegBlob = async (width = 800, height = 600) => new Blob([new Uint8Array(await jpegPhoto(width, height))], { type: "image/jpeg" });

/** Uploads a photo through the studio's upload route, as the photo picker does; answers the asset id. */
export async function uploadPhoto(cookie: string) {
  const response = (await uploadAction(args(multipartRequest("/studio/uploads", cookie, { file: await jpegBlob() })))) as Response;
  const body = (await response.json()) as { assetId?: string; error?: string };
  if (!body.assetId) throw new Error(`upload refused: ${body.error}`);
  return body.assetId;
}

/** The fields of a new listing as its form posts them. */
export function newListingForm(categoryId: string, overrides: Record<string, string> = {}) {
  return {
    titleEn: "Indigo eri silk stole",
    titleHi: "नील एरी रेशम दुपट्टा",
    categoryId,
    descriptionEn: "Hand-woven on a loin loom.",
    materialsEn: "Eri silk, indigo",
    originRegion: "Ri-Bhoi",
    optionEn: "Indigo",
    price: "2,450.50",
    stock: "4",
    weightGrams: "180",
    hsCode: "6214.10",
    ...overrides,
  };
}

export const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
export const uniqueTitle = () => `Stole ${randomUUID().slice(0, 8)}`;
