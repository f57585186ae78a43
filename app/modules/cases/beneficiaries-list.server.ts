import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/lib/db.server";
import type { SessionUser } from "~/modules/identity/index.server";
import { visibleBeneficiariesWhere, visibleCasesWhere } from "./access.server";
import type { CaseStage, ConsentPurpose } from "./vocabulary";
import { CONSENT_PURPOSES, OPEN_STAGES } from "./vocabulary";

export const BENEFICIARY_PAGE_SIZE = 50;

export interface BeneficiaryRow {
  code: string;
  organisation: string;
  openStages: CaseStage[];
  consents: ConsentPurpose[];
  anonymised: boolean;
  registeredOn: Date;
}

/** A page of people (codes, organisations, stages, consents: never identity), newest first; `code` filters by part of the code. */
export async function listBeneficiaries(user: SessionUser, options: { code?: string; page?: number } = {}) {
  const visible = await visibleBeneficiariesWhere(user);
  const caseWhere = await visibleCasesWhere(user);
  const where: Prisma.BeneficiaryWhereInput = { AND: [visible, options.code ? { code: { contains: options.code.trim().toUpperCase() } } : {}] };
  const page = Math.max(1, options.page ?? 1);
  const [total, rows] = await Promise.all([
    db.beneficiary.count({ where }),
    db.beneficiary.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { code: "desc" }],
      skip: (page - 1) * BENEFICIARY_PAGE_SIZE,
      take: BENEFICIARY_PAGE_SIZE,
      select: {
        code: true,
        createdAt: true,
        anonymisedAt: true,
        organisation: { select: { name: true } },
        // Only the cases this user may see: a partner sees the stage of the referred case, not the others.
        cases: { where: { AND: [caseWhere, { stage: { in: OPEN_STAGES } }] }, select: { stage: true }, orderBy: { createdAt: "asc" } },
        consents: { where: { withdrawnAt: null }, select: { purpose: true } },
      },
    }),
  ]);
  const beneficiaries: BeneficiaryRow[] = rows.map((row) => ({
    code: row.code,
    organisation: row.organisation.name,
    openStages: row.cases.map((c) => c.stage),
    consents: CONSENT_PURPOSES.filter((purpose) => row.consents.some((c) => c.purpose === purpose)),
    anonymised: Boolean(row.anonymisedAt),
    registeredOn: row.createdAt,
  }));
  return { beneficiaries, total, page, pageCount: Math.max(1, Math.ceil(total / BENEFICIARY_PAGE_SIZE)) };
}
