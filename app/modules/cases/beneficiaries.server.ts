import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { roleGrants } from "~/modules/identity/permissions";
import type { CareAccess } from "./access.server";
import type { IdentityInput, RegistrationInput } from "./beneficiary-schema";
import { fileProblemMessage, preparePhoto, prepareEvidence, removeCareFiles, storeCareFile, type PreparedFile } from "./care-files.server";
import { nextBeneficiaryCode } from "./codes.server";
import { hasOtherOrganisationMatch, sameOrganisationMatches } from "./duplicates.server";
import { birthYearOf, decryptIdentity, encryptIdentity, encryptNote, matchKeyFor, type Identity } from "./identity-codec.server";
import { IDENTITY_FIELDS } from "./vocabulary";

/** Registering and editing a person. Identity is encrypted field by field before it reaches the database. */

type FieldErrors = Record<string, string[]>;
type PostedFile = Buffer | "tooLarge" | null;

/** The organisations in which the user may register people (a user in several picks one). */
export async function registeringOrganisations(user: SessionUser) {
  const ids = [...new Set(user.memberships.filter((m) => roleGrants(m.role, "create:beneficiary:org")).map((m) => m.organisationId))];
  return db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, beneficiaryCodePrefix: true }, orderBy: { name: "asc" } });
}

function identityOf(input: IdentityInput): Identity {
  const identity: Identity = {};
  for (const field of IDENTITY_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== null && value !== "") identity[field] = String(value);
  }
  return identity;
}

function matchKeyOf(input: IdentityInput, registeredOn: Date) {
  return matchKeyFor({ legalName: input.legalName, birthYear: birthYearOf(input, registeredOn), originDistrict: input.originDistrict ?? null });
}

async function prepareFiles(files: { photo?: PostedFile; evidence?: PostedFile }, errors: FieldErrors) {
  let photo: PreparedFile | null = null;
  let evidence: PreparedFile | null = null;
  if (files.photo) {
    const prepared = await preparePhoto(files.photo);
    if (prepared.ok) photo = prepared.file;
    else errors.photo = [fileProblemMessage("photo", prepared.problem)];
  }
  if (files.evidence) {
    const prepared = await prepareEvidence(files.evidence);
    if (prepared.ok) evidence = prepared.file;
    else errors.evidence = [fileProblemMessage("evidence", prepared.problem)];
  }
  return { photo, evidence };
}

export type RegistrationOutcome =
  | { ok: true; code: string; possibleDuplicate: boolean }
  | { ok: false; fieldErrors: FieldErrors; sameOrganisationCodes: string[] };

/**
 * Registers a person with her consent to case management (and any other purposes ticked, given the same
 * way). A match in the same organisation stops the registration until the caseworker confirms that this
 * is a different person; a match elsewhere is only flagged, after creating.
 */
export async function registerBeneficiary(
  user: SessionUser,
  input: RegistrationInput,
  files: { photo: PostedFile; evidence: PostedFile },
  ip: string | null,
): Promise<RegistrationOutcome> {
  const fieldErrors: FieldErrors = {};
  const organisation = (await registeringOrganisations(user)).find((org) => org.id === input.organisationId);
  if (!organisation) fieldErrors.organisationId = ["careBeneficiaries:errors.organisationRequired"];
  const prepared = await prepareFiles(files, fieldErrors);
  if (!organisation || Object.keys(fieldErrors).length) return { ok: false, fieldErrors, sameOrganisationCodes: [] };

  const now = new Date();
  const matchKey = matchKeyOf(input, now);
  const sameOrganisationCodes = await sameOrganisationMatches(matchKey, organisation.id);
  if (sameOrganisationCodes.length && !input.differentPerson) {
    return { ok: false, fieldErrors: { differentPerson: ["careBeneficiaries:errors.differentPerson"] }, sameOrganisationCodes };
  }

  const id = randomUUID();
  const photoFile = prepared.photo ? await storeCareFile("photo", id, prepared.photo) : null;
  const evidenceFile = prepared.evidence ? await storeCareFile("evidence", id, prepared.evidence) : null;
  try {
    const code = await db.$transaction(async (tx) => {
      const code = await nextBeneficiaryCode(tx, organisation.beneficiaryCodePrefix, now);
      await tx.beneficiary.create({
        data: { id, code, organisationId: organisation.id, registeredById: user.id, ...encryptIdentity(id, identityOf(input)), matchKey, photoFile },
      });
      for (const purpose of input.purposes) {
        const consentId = randomUUID();
        await tx.consent.create({
          data: {
            id: consentId,
            beneficiaryId: id,
            purpose,
            method: input.method,
            givenOn: new Date(`${input.givenOn}T00:00:00Z`),
            recordedById: user.id,
            witness: encryptNote("consent.witness", consentId, input.witness),
            evidenceFile,
          },
        });
        await recordAudit(
          { action: "care.consent.recorded", actorId: user.id, organisationId: organisation.id, entityType: "beneficiary", entityId: code, ip, details: { purpose, method: input.method } },
          tx,
        );
      }
      await recordAudit(
        {
          action: "care.beneficiary.registered",
          actorId: user.id,
          organisationId: organisation.id,
          entityType: "beneficiary",
          entityId: code,
          ip,
          details: { purposes: input.purposes, photo: Boolean(photoFile), sameOrganisationMatchOverridden: sameOrganisationCodes.length > 0 },
        },
        tx,
      );
      return code;
    });
    return { ok: true, code, possibleDuplicate: await hasOtherOrganisationMatch({ id, organisationId: organisation.id, matchKey }) };
  } catch (error) {
    await removeCareFiles("photo", [photoFile]);
    await removeCareFiles("evidence", [evidenceFile]);
    throw error;
  }
}

/** Team members who may change a person's record (a caseworker of hers, or a supervisor). */
export function canEditIdentity(access: CareAccess) {
  return access.kind === "team" && access.canManage;
}

/** The identity as the edit form shows it, or null when the record was anonymised. */
export async function identityForEdit(code: string) {
  const row = await db.beneficiary.findUniqueOrThrow({ where: { code } });
  if (row.anonymisedAt) return null;
  const identity = decryptIdentity(row, IDENTITY_FIELDS);
  return { identity, hasPhoto: Boolean(row.photoFile) };
}

export type UpdateOutcome = { ok: true } | { ok: false; fieldErrors: FieldErrors; formErrors?: string[] };

/** Saves a changed identity (and a new photo); the audit names the fields changed, never their values. */
export async function updateBeneficiary(
  user: SessionUser,
  found: { beneficiary: { id: string; code: string }; access: CareAccess },
  input: IdentityInput & { removePhoto?: boolean },
  photo: PostedFile,
  ip: string | null,
): Promise<UpdateOutcome> {
  const row = await db.beneficiary.findUniqueOrThrow({ where: { id: found.beneficiary.id } });
  if (row.anonymisedAt) return { ok: false, fieldErrors: {}, formErrors: ["careBeneficiaries:errors.anonymised"] };
  const fieldErrors: FieldErrors = {};
  const prepared = await prepareFiles({ photo }, fieldErrors);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const before = decryptIdentity(row, IDENTITY_FIELDS);
  const after = identityOf(input);
  const changed: string[] = IDENTITY_FIELDS.filter((field) => (before[field] ?? "") !== (after[field] ?? ""));
  const photoFile = prepared.photo ? await storeCareFile("photo", row.id, prepared.photo) : input.removePhoto ? null : row.photoFile;
  if (photoFile !== row.photoFile) changed.push("photo");
  if (!changed.length) return { ok: true };
  try {
    await db.$transaction(async (tx) => {
      await tx.beneficiary.update({
        where: { id: row.id },
        // The estimated age is the age at registration: the year of birth is counted from then.
        data: { ...encryptIdentity(row.id, after), matchKey: matchKeyOf(input, row.createdAt), photoFile },
      });
      await recordAudit(
        { action: "care.beneficiary.updated", actorId: user.id, organisationId: found.access.organisationId, entityType: "beneficiary", entityId: row.code, ip, details: { fields: changed } },
        tx,
      );
    });
  } catch (error) {
    if (photoFile !== row.photoFile) await removeCareFiles("photo", [photoFile]);
    throw error;
  }
  if (photoFile !== row.photoFile) await removeCareFiles("photo", [row.photoFile]);
  return { ok: true };
}
