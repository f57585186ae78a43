import type { Tx } from "~/lib/db.server";

/** The next pseudonymous code for an organisation's prefix, e.g. MEG-2026-0042. Atomic under concurrency. */
export async function nextBeneficiaryCode(tx: Tx, prefix: string, on: Date = new Date()) {
  const year = on.getUTCFullYear();
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO beneficiary_code_counter (prefix, year, last) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last = beneficiary_code_counter.last + 1
    RETURNING last`;
  return `${prefix}-${year}-${String(rows[0]!.last).padStart(4, "0")}`;
}

export const BENEFICIARY_CODE = /^[A-Z]{3}-\d{4}-\d{4,}$/;
