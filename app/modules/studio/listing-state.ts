import type { ProductStatus } from "~/generated/prisma/enums";

/** How the studio names where a listing stands: a draft a coordinator sent back is "returned". */
export const LISTING_STATES = ["draft", "returned", "pending", "active", "archived"] as const;
export type ListingState = (typeof LISTING_STATES)[number];

export function listingState(status: ProductStatus, reviewComment: string | null): ListingState {
  if (status === "pending_approval") return "pending";
  if (status === "draft" && reviewComment) return "returned";
  return status;
}

export function isListingState(value: unknown): value is ListingState {
  return typeof value === "string" && (LISTING_STATES as readonly string[]).includes(value);
}
