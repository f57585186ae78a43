import { db, isUniqueViolation } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { setMakerPublicProfile } from "~/modules/catalog/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import type { CareAccess } from "./access.server";
import { consentsInForce } from "./consent-state.server";

/**
 * Which shop maker a person is. Only the care side knows the link (the shop never reads it); her public
 * profile follows her "public maker profile" consent from the moment she is linked.
 */

interface Found {
  beneficiary: { id: string; code: string };
  access: CareAccess;
}

export async function makerLinkState(beneficiaryId: string) {
  const [person, choices] = await Promise.all([
    db.beneficiary.findUniqueOrThrow({
      where: { id: beneficiaryId },
      select: { anonymisedAt: true, maker: { select: { id: true, displayName: true, publicProfile: true, organisation: { select: { name: true } } } } },
    }),
    db.maker.findMany({
      where: { beneficiary: null },
      select: { id: true, displayName: true, organisation: { select: { name: true } } },
      orderBy: [{ organisation: { name: "asc" } }, { displayName: "asc" }],
    }),
  ]);
  return {
    anonymised: Boolean(person.anonymisedAt),
    linked: person.maker ? { id: person.maker.id, displayName: person.maker.displayName, organisation: person.maker.organisation.name, publicProfile: person.maker.publicProfile } : null,
    choices: choices.map((maker) => ({ id: maker.id, displayName: maker.displayName, organisation: maker.organisation.name })),
  };
}

export type LinkOutcome = { ok: true } | { ok: false; error: "makerTaken" | "anonymised" };

export async function linkMaker(user: SessionUser, found: Found, makerId: string, ip: string | null): Promise<LinkOutcome> {
  const person = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { anonymisedAt: true, makerId: true } });
  if (person.anonymisedAt) return { ok: false, error: "anonymised" };
  if (person.makerId === makerId) return { ok: true };
  const maker = await db.maker.findFirst({ where: { id: makerId, beneficiary: null }, select: { id: true } });
  if (!maker) return { ok: false, error: "makerTaken" };
  try {
    await db.$transaction(async (tx) => {
      await tx.beneficiary.update({ where: { id: found.beneficiary.id }, data: { makerId } });
      await recordAudit(
        {
          action: "care.beneficiary.updated",
          actorId: user.id,
          organisationId: found.access.organisationId,
          entityType: "beneficiary",
          entityId: found.beneficiary.code,
          ip,
          details: { fields: ["maker"], maker: "linked" },
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "makerTaken" };
    throw error;
  }
  if (person.makerId) await setMakerPublicProfile(person.makerId, false);
  await setMakerPublicProfile(makerId, (await consentsInForce(found.beneficiary.id)).has("public_maker_profile"));
  return { ok: true };
}

export async function unlinkMaker(user: SessionUser, found: Found, ip: string | null) {
  const person = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id }, select: { makerId: true } });
  if (!person.makerId) return;
  await db.$transaction(async (tx) => {
    await tx.beneficiary.update({ where: { id: found.beneficiary.id }, data: { makerId: null } });
    await recordAudit(
      {
        action: "care.beneficiary.updated",
        actorId: user.id,
        organisationId: found.access.organisationId,
        entityType: "beneficiary",
        entityId: found.beneficiary.code,
        ip,
        details: { fields: ["maker"], maker: "unlinked" },
      },
      tx,
    );
  });
  // Without the link no consent stands behind her public profile.
  await setMakerPublicProfile(person.makerId, false);
}
