import { db } from "~/lib/db.server";
import { isUuid } from "~/lib/validation";
import type { PayoutMethod } from "~/generated/prisma/client";
import type { EarningsViewer } from "./earnings-access.server";

export interface PayoutSummary {
  id: string;
  amountInr: number;
  method: PayoutMethod;
  reference: string;
  /** "YYYY-MM-DD" */
  paidOn: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A maker's payouts, newest first. */
export async function payoutsOf(makerId: string, take = 100): Promise<PayoutSummary[]> {
  const rows = await db.payout.findMany({
    where: { makerId },
    orderBy: [{ paidOn: "desc" }, { createdAt: "desc" }],
    take,
    select: { id: true, amountInr: true, method: true, reference: true, paidOn: true },
  });
  return rows.map((row) => ({ ...row, paidOn: day(row.paidOn) }));
}

export interface MakerWithBalance {
  id: string;
  displayName: string;
  organisationName: string;
  availableInr: number;
  pendingInr: number;
}

/** Every maker of the organisations (all when "any") with what she has available and pending, by name. */
export async function makersWithBalances(organisationIds: "any" | readonly string[]): Promise<MakerWithBalance[]> {
  if (organisationIds !== "any" && organisationIds.length === 0) return [];
  const everywhere = organisationIds === "any";
  const ids = everywhere ? [] : [...organisationIds];
  const rows = await db.$queryRaw<{ id: string; display_name: string; organisation_name: string; available: bigint; pending: bigint }[]>`
    SELECT m.id, m.display_name, o.name AS organisation_name,
      coalesce(-sum(e.amount_inr) FILTER (WHERE a.kind = 'maker_available'), 0)::bigint AS available,
      coalesce(-sum(e.amount_inr) FILTER (WHERE a.kind = 'maker_pending'), 0)::bigint AS pending
    FROM maker m
    JOIN organisation o ON o.id = m.organisation_id
    LEFT JOIN ledger_account a ON a.maker_id = m.id AND a.kind IN ('maker_available', 'maker_pending')
    LEFT JOIN ledger_entry e ON e.account_id = a.id
    WHERE ${everywhere} OR m.organisation_id = ANY(${ids}::uuid[])
    GROUP BY m.id, o.name
    ORDER BY m.display_name, m.slug`;
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, organisationName: row.organisation_name, availableInr: Number(row.available), pendingInr: Number(row.pending) }));
}

export interface RecentPayout extends PayoutSummary {
  makerDisplayName: string;
}

/** The latest payouts to makers of the organisations. */
export async function recentPayouts(organisationIds: "any" | readonly string[], take = 20): Promise<RecentPayout[]> {
  if (organisationIds !== "any" && organisationIds.length === 0) return [];
  const rows = await db.payout.findMany({
    where: organisationIds === "any" ? {} : { maker: { organisationId: { in: [...organisationIds] } } },
    orderBy: [{ createdAt: "desc" }],
    take,
    select: { id: true, amountInr: true, method: true, reference: true, paidOn: true, maker: { select: { displayName: true } } },
  });
  return rows.map(({ maker, ...row }) => ({ ...row, paidOn: day(row.paidOn), makerDisplayName: maker.displayName }));
}

export interface PayoutReceipt extends PayoutSummary {
  recordedAt: Date;
  recordedBy: string | null;
  maker: { id: string; displayName: string; own: boolean };
  organisation: { name: string; region: string; country: string };
}

/** A payout as its receipt shows it, or null when it does not exist or the viewer may not see it. */
export async function payoutReceipt(payoutId: string | undefined, viewer: EarningsViewer): Promise<PayoutReceipt | null> {
  if (!isUuid(payoutId)) return null;
  const row = await db.payout.findUnique({
    where: { id: payoutId },
    select: {
      id: true,
      amountInr: true,
      method: true,
      reference: true,
      paidOn: true,
      createdAt: true,
      recordedById: true,
      maker: { select: { id: true, displayName: true, userId: true, organisationId: true, organisation: { select: { name: true, region: true, country: true } } } },
    },
  });
  if (!row) return null;
  const own = row.maker.userId === viewer.userId;
  if (!own && viewer.organisationIds !== "any" && !viewer.organisationIds.includes(row.maker.organisationId)) return null;
  const recorder = row.recordedById ? await db.user.findUnique({ where: { id: row.recordedById }, select: { name: true } }) : null;
  return {
    id: row.id,
    amountInr: row.amountInr,
    method: row.method,
    reference: row.reference,
    paidOn: day(row.paidOn),
    recordedAt: row.createdAt,
    recordedBy: recorder?.name ?? null,
    maker: { id: row.maker.id, displayName: row.maker.displayName, own },
    organisation: row.maker.organisation,
  };
}
