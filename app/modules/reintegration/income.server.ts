import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { careToday, dayText } from "~/modules/cases/case-dates";
import { encryptNote, type CaseContext } from "~/modules/cases/index.server";
import type { IncomeInput } from "./income-schemas";
import { evaluateMilestonesForBeneficiary } from "./milestone-rules.server";
import {
  canEditReintegration,
  reintegrationCase,
  type Outcome,
} from "./plans.server";
import { INCOME_SOURCES, type IncomeSource } from "./vocabulary";

export const INCOME_TABLE_MONTHS = 18;

/** Records (or corrects) one month's income from a source other than the shop, with evidence. */
export async function recordIncome(
  ctx: CaseContext,
  input: IncomeInput
): Promise<Outcome> {
  const careCase = await reintegrationCase(ctx.caseId);
  if (!canEditReintegration(ctx, careCase))
    return { ok: false, formErrors: ["carePlans:errors.notAllowed"] };
  if (input.month > careToday().slice(0, 7))
    return {
      ok: false,
      fieldErrors: { month: ["carePlans:errors.monthFuture"] },
    };
  const beneficiaryId = careCase.beneficiaryId;
  const month = new Date(`${input.month}-01T00:00:00.000Z`);
  await db.$transaction(async (tx) => {
    const row = await tx.incomeRecord.upsert({
      where: {
        beneficiaryId_month_source: {
          beneficiaryId,
          month,
          source: input.source,
        },
      },
      create: {
        beneficiaryId,
        month,
        source: input.source,
        amountInr: input.amount,
        recordedById: ctx.user.id,
      },
      update: { amountInr: input.amount, recordedById: ctx.user.id },
      select: { id: true },
    });
    await tx.incomeRecord.update({
      where: { id: row.id },
      data: {
        evidence: encryptNote("income.evidence", row.id, input.evidence),
      },
    });
    await recordAudit(
      {
        action: "care.income.recorded",
        actorId: ctx.user.id,
        organisationId: careCase.leadOrganisationId,
        entityType: "beneficiary",
        entityId: careCase.beneficiary.code,
        ip: ctx.ip,
        details: {
          caseId: ctx.caseId,
          month: input.month,
          source: input.source,
          amountInr: input.amount,
        },
      },
      tx
    );
  });
  await evaluateMilestonesForBeneficiary(beneficiaryId);
  return { ok: true };
}

/** The last `count` months ("YYYY-MM"), newest first, on the Indian calendar. */
export function recentMonths(count: number, today = careToday()) {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(year, month - 1 - i, 1)).toISOString().slice(0, 7)
  );
}

export interface IncomeRow {
  month: string;
  bySource: Partial<Record<IncomeSource, number>>;
  total: number;
  atTarget: boolean | null;
}

/** Income by month (newest first) and source over the last 18 months, with totals. */
export async function incomeTable(
  beneficiaryId: string,
  targetInr: number | null
) {
  const months = recentMonths(INCOME_TABLE_MONTHS);
  const from = new Date(`${months[months.length - 1]}-01T00:00:00.000Z`);
  const records = await db.incomeRecord.findMany({
    where: { beneficiaryId, month: { gte: from } },
    select: { month: true, source: true, amountInr: true },
  });
  const rows: IncomeRow[] = months.map((month) => {
    const ofMonth = records.filter(
      (record) => dayText(record.month).slice(0, 7) === month
    );
    const bySource: Partial<Record<IncomeSource, number>> = {};
    for (const record of ofMonth) bySource[record.source] = record.amountInr;
    const total = ofMonth.reduce((sum, record) => sum + record.amountInr, 0);
    return {
      month,
      bySource,
      total,
      atTarget:
        targetInr === null || ofMonth.length === 0 ? null : total >= targetInr,
    };
  });
  const totals: Partial<Record<IncomeSource, number>> = {};
  for (const source of INCOME_SOURCES)
    totals[source] = records
      .filter((record) => record.source === source)
      .reduce((sum, record) => sum + record.amountInr, 0);
  return {
    rows,
    totals,
    total: records.reduce((sum, record) => sum + record.amountInr, 0),
  };
}
