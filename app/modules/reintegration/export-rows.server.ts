import type { Prisma } from "~/generated/prisma/client";
import { keyedHash } from "~/lib/crypto.server";
import { db } from "~/lib/db.server";
import { decryptIdentity } from "~/modules/cases/index.server";
import { recentMonths } from "./income.server";
import { ageAtRegistration, ageBand, amountBand, genderCategory, incomeBand, majorityStatus, placeName, quarterOf, roundedScore, UNKNOWN, yearMonthOf, yearOf } from "./export-bands";
import type { ExportRow } from "./export-columns";
import type { QuasiTuple } from "./export-suppression";

/**
 * The export's rows, read in batches by beneficiary id (keyset pagination), so that memory holds one batch
 * at a time whatever the size of the organisation. Identity: only sex/gender, date of birth or estimated age
 * and origin state and country are decrypted, and each is reduced to its category at once.
 */

export const EXPORT_BATCH_SIZE = 1000;

/** People with a case in the organisation: a case it leads, or any case of a person it registered. */
export function exportScope(organisationId: string): Prisma.BeneficiaryWhereInput {
  return { OR: [{ cases: { some: { leadOrganisationId: organisationId } } }, { organisationId, cases: { some: {} } }] };
}

export const countExportPeople = (organisationId: string) => db.beneficiary.count({ where: exportScope(organisationId) });

/**
 * The pseudonymous id: an HMAC of the beneficiary id and the organisation under a key derived for this
 * purpose alone ("deidentified-export"; the duplicate matcher's is "beneficiary-match"). The same person
 * has the same id in every export of the same organisation while the data key stays, so outcomes can be
 * followed over time; another organisation's export gives her another id, so exports cannot be joined.
 */
export function exportIdFor(organisationId: string, beneficiaryId: string) {
  // Hex, 96 bits: base64url may begin with "-", which the CSV's formula guard would then prefix with "'".
  return Buffer.from(keyedHash("deidentified-export", `${organisationId}:${beneficiaryId}`), "base64url").toString("hex").slice(0, 24);
}

type Person = { id: string; createdAt: Date; quasi: QuasiTuple };

async function* peopleBatches(organisationId: string, batchSize: number): AsyncGenerator<Person[]> {
  let after: string | undefined;
  for (;;) {
    const batch = await db.beneficiary.findMany({
      where: { AND: [exportScope(organisationId), after ? { id: { gt: after } } : {}] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, createdAt: true, sexGender: true, dateOfBirth: true, estimatedAge: true, originState: true, originCountry: true },
    });
    if (!batch.length) return;
    after = batch[batch.length - 1]!.id;
    const tracks = await livelihoodTracks(
      organisationId,
      batch.map((person) => person.id),
    );
    yield batch.map((row) => {
      const identity = decryptIdentity(row, ["sexGender", "dateOfBirth", "estimatedAge", "originState", "originCountry"]);
      const age = ageAtRegistration(identity, row.createdAt);
      return {
        id: row.id,
        createdAt: row.createdAt,
        quasi: {
          gender: genderCategory(identity.sexGender),
          ageBroad: ageBand(age),
          majorityStatus: majorityStatus(age),
          originState: placeName(identity.originState),
          originCountry: placeName(identity.originCountry),
          livelihoodTrack: tracks.get(row.id) ?? UNKNOWN,
          yearOfRegistration: yearOf(row.createdAt),
        },
      };
    });
    if (batch.length < batchSize) return;
  }
}

/** Each person's most recent plan on a case in the organisation's scope. */
async function livelihoodTracks(organisationId: string, ids: string[]) {
  const rows = await db.$queryRaw<{ id: string; track: string }[]>`
    SELECT DISTINCT ON (c.beneficiary_id) c.beneficiary_id AS id, p.livelihood_track::text AS track
    FROM reintegration_plan p
    JOIN care_case c ON c.id = p.case_id
    JOIN beneficiary b ON b.id = c.beneficiary_id
    WHERE c.beneficiary_id = ANY(${ids}::uuid[])
      AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)
    ORDER BY c.beneficiary_id, p.start_on DESC, p.created_at DESC`;
  return new Map(rows.map((row) => [row.id, row.track]));
}

/** The quasi-identifiers only, batch by batch: what the suppression plan is made from. */
export async function* quasiIdentifierBatches(organisationId: string, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<QuasiTuple[]> {
  for await (const batch of peopleBatches(organisationId, batchSize)) yield batch.map((person) => person.quasi);
}

interface Detail {
  id: string;
  stage: string | null;
  stage_entered_at: Date | null;
  start_on: Date | null;
  target: number | null;
  services: string[] | null;
  mandates: string[] | null;
  months_at_target: number | null;
  training_completed: boolean;
  claim_status: string | null;
  claimed: number | null;
  awarded: number | null;
  disbursed: number | null;
  score: number | null;
}

/** Everything else about a batch of people, in one query (aggregates per person in SQL). */
async function details(organisationId: string, ids: string[]) {
  const months = recentMonths(6);
  const from = `${months[months.length - 1]}-01`;
  const to = `${months[0]}-01`;
  const rows = await db.$queryRaw<Detail[]>`
    SELECT b.id,
      lc.stage::text AS stage, lc.stage_entered_at,
      p.start_on, p.target_monthly_income_inr AS target,
      (SELECT array_agg(DISTINCT e.service::text ORDER BY e.service::text)
         FROM case_event e JOIN care_case c ON c.id = e.case_id
         WHERE c.beneficiary_id = b.id AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)
           AND e.kind = 'service' AND e.service IS NOT NULL) AS services,
      (SELECT array_agg(DISTINCT m::text ORDER BY m::text)
         FROM referral r JOIN care_case c ON c.id = r.case_id JOIN organisation o ON o.id = r.to_organisation_id, unnest(o.mandates) AS m
         WHERE c.beneficiary_id = b.id AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)
           AND r.status IN ('accepted', 'completed')) AS mandates,
      CASE WHEN p.id IS NULL THEN NULL ELSE (
        SELECT count(*)::int FROM (
          SELECT i.month FROM income_record i
          WHERE i.beneficiary_id = b.id AND i.month BETWEEN ${from}::date AND ${to}::date
          GROUP BY i.month HAVING sum(i.amount_inr) >= p.target_monthly_income_inr
        ) at_target) END AS months_at_target,
      EXISTS (SELECT 1 FROM enrolment en WHERE en.beneficiary_id = b.id AND en.status = 'completed') AS training_completed,
      cl.claim_status, cl.claimed, cl.awarded, cl.disbursed,
      (SELECT a.composite_score::float8 FROM assessment a WHERE a.beneficiary_id = b.id ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) AS score
    FROM beneficiary b
    LEFT JOIN LATERAL (
      SELECT c.stage, c.stage_entered_at FROM care_case c
      WHERE c.beneficiary_id = b.id AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)
      ORDER BY c.created_at DESC, c.id DESC LIMIT 1) lc ON true
    LEFT JOIN LATERAL (
      SELECT pl.id, pl.start_on, pl.target_monthly_income_inr FROM reintegration_plan pl JOIN care_case c ON c.id = pl.case_id
      WHERE c.beneficiary_id = b.id AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)
      ORDER BY pl.start_on DESC, pl.created_at DESC LIMIT 1) p ON true
    LEFT JOIN LATERAL (
      SELECT (array_agg(k.status::text ORDER BY k.filed_on DESC, k.created_at DESC))[1] AS claim_status,
        sum(k.claimed_inr)::float8 AS claimed, sum(k.awarded_inr)::float8 AS awarded, sum(k.disbursed_inr)::float8 AS disbursed
      FROM compensation_claim k JOIN care_case c ON c.id = k.case_id
      WHERE c.beneficiary_id = b.id AND (c.lead_organisation_id = ${organisationId}::uuid OR b.organisation_id = ${organisationId}::uuid)) cl ON true
    WHERE b.id = ANY(${ids}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row]));
}

const list = (values: string[] | null) => (values ?? []).join(";");

/** Full rows, batch by batch, in the same order as the quasi-identifier batches; `generalise` applies suppression. */
export async function* exportRowBatches(organisationId: string, generalise: (quasi: QuasiTuple) => QuasiTuple, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ExportRow[]> {
  for await (const batch of peopleBatches(organisationId, batchSize)) {
    const more = await details(
      organisationId,
      batch.map((person) => person.id),
    );
    yield batch.map((person) => {
      const detail = more.get(person.id);
      const hasClaim = Boolean(detail?.claim_status);
      return {
        exportId: exportIdFor(organisationId, person.id),
        ...generalise(person.quasi),
        caseStage: detail?.stage ?? UNKNOWN,
        caseStageSince: detail?.stage_entered_at ? yearMonthOf(detail.stage_entered_at) : UNKNOWN,
        servicesReceived: list(detail?.services ?? null),
        referralPartnerTypes: list(detail?.mandates ?? null),
        planStartQuarter: detail?.start_on ? quarterOf(detail.start_on) : UNKNOWN,
        targetIncomeBandInr: detail?.target === null || detail?.target === undefined ? UNKNOWN : incomeBand(detail.target),
        monthsAtTargetLast6: detail?.months_at_target === null || detail?.months_at_target === undefined ? UNKNOWN : String(detail.months_at_target),
        trainingCompleted: detail?.training_completed ? "yes" : "no",
        claimStatus: hasClaim ? detail!.claim_status! : "none",
        claimedBandInr: hasClaim ? amountBand(detail!.claimed) : UNKNOWN,
        awardedBandInr: hasClaim ? amountBand(detail!.awarded) : UNKNOWN,
        disbursedBandInr: hasClaim ? amountBand(detail!.disbursed) : UNKNOWN,
        latestCompositeScore: roundedScore(detail?.score),
      };
    });
  }
}
