import { db, type Tx } from "~/lib/db.server";
import type { OrganisationKind } from "~/modules/identity/roles";
import type { ConsentPurpose } from "./vocabulary";

/** The purposes a person's consent is in force for right now (given and not withdrawn). */
export async function consentsInForce(beneficiaryId: string, tx: Tx = db): Promise<Set<ConsentPurpose>> {
  const rows = await tx.consent.findMany({ where: { beneficiaryId, withdrawnAt: null }, select: { purpose: true } });
  return new Set(rows.map((row) => row.purpose));
}

/** Sharing with a government anti-trafficking unit needs consent to share with authorities; anyone else, with partners. */
export function sharingPurposeFor(kind: OrganisationKind): ConsentPurpose {
  return kind === "government_ahtu" ? "share_authorities" : "share_partners";
}
