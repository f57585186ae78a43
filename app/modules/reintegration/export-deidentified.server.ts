import { stringify } from "csv-stringify/sync";
import { recordAudit } from "~/modules/audit/index.server";
import { careToday } from "~/modules/cases/case-dates";
import { db } from "~/lib/db.server";
import { organisationScope, type SessionUser } from "~/modules/identity/index.server";
import { plainCell } from "./export-bands";
import { EXPORT_HEADER, exportFileName, type ExportRow } from "./export-columns";
import { countExportPeople, exportRowBatches, quasiIdentifierBatches } from "./export-rows.server";
import { EXPORT_K, planApplier, suppressionPlan, tupleKey, type QuasiTuple } from "./export-suppression";

/**
 * The de-identified CSV for government anti-trafficking units and donors (decision 0013): one row per
 * person with a case in the organisation, no identity, quasi-identifiers k-anonymised (k = 11). Made in
 * two passes over the people in batches: the first counts the quasi-identifier combinations and plans the
 * suppression, the second writes the rows with the plan applied, as a stream.
 */

export const EXPORT_PERMISSION = "export:deidentified:org" as const;

/** The organisations the user may export, for the page's choice. */
export async function exportOrganisations(user: SessionUser) {
  const scope = organisationScope(user, EXPORT_PERMISSION);
  const ids = scope === "any" ? undefined : scope;
  return db.organisation.findMany({ where: ids ? { id: { in: ids } } : { beneficiaries: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export function mayExport(user: SessionUser, organisationId: string) {
  const scope = organisationScope(user, EXPORT_PERMISSION);
  return scope === "any" || scope.includes(organisationId);
}

export type ExportOutcome =
  | { ok: true; total: number; fileName: string; stream: ReadableStream<Uint8Array> }
  | { ok: false; error: "organisation" | "tooFew" };

const csvLine = (rows: string[][]) => stringify(rows, { record_delimiter: "windows" });
const cells = (row: ExportRow) => EXPORT_HEADER.map((column) => plainCell(row[column]));

/**
 * Plans the export and answers its stream; writes the audit row (organisation and row count, never
 * content) once the file is decided, before any row leaves.
 */
export async function deidentifiedExport(user: SessionUser, organisationId: string, ip: string | null): Promise<ExportOutcome> {
  if (!mayExport(user, organisationId)) return { ok: false, error: "organisation" };
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, beneficiaryCodePrefix: true } });
  if (!organisation) return { ok: false, error: "organisation" };
  if ((await countExportPeople(organisationId)) < EXPORT_K) return { ok: false, error: "tooFew" };

  const counts = new Map<string, { tuple: QuasiTuple; count: number }>();
  let total = 0;
  for await (const batch of quasiIdentifierBatches(organisationId)) {
    for (const tuple of batch) {
      const key = tupleKey(tuple);
      const group = counts.get(key);
      if (group) group.count += 1;
      else counts.set(key, { tuple, count: 1 });
    }
    total += batch.length;
  }
  if (total < EXPORT_K) return { ok: false, error: "tooFew" };
  const generalise = planApplier(suppressionPlan(counts));
  counts.clear();

  await recordAudit({ action: "care.export.deidentified", actorId: user.id, organisationId, ip, details: { rows: total } });

  const encoder = new TextEncoder();
  const batches = exportRowBatches(organisationId, generalise);
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine([EXPORT_HEADER])}`));
        return;
      }
      const next = await batches.next();
      if (next.done) controller.close();
      else if (next.value.length) controller.enqueue(encoder.encode(csvLine(next.value.map(cells))));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return { ok: true, total, fileName: exportFileName(organisation.beneficiaryCodePrefix, careToday()), stream };
}

/** The whole CSV as a string (tests, scripts): refusals throw with the reason. */
export async function deidentifiedExportCsv(user: SessionUser, organisationId: string): Promise<string> {
  const outcome = await deidentifiedExport(user, organisationId, null);
  if (!outcome.ok) throw new Error(outcome.error === "tooFew" ? `A de-identified export needs at least ${EXPORT_K} people` : "Not allowed to export this organisation");
  return new Response(outcome.stream).text();
}
