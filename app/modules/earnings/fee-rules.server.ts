import { db, type Tx } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { dayOf } from "./calendar";
import { NO_FEES, splitLine, type FeeTerms, type LineSplit } from "./fees";

/** The organisation's fee rule in force at `at` (the newest one not after it), or no fees. */
export async function feeTermsFor(organisationId: string, at = new Date(), tx: Tx = db): Promise<FeeTerms & { holdDays: number }> {
  const rule = await tx.feeRule.findFirst({ where: { organisationId, validFrom: { lte: at } }, orderBy: { validFrom: "desc" } });
  return rule ?? { ...NO_FEES, holdDays: 14 };
}

/** What the maker receives of a price, under the rule in force now: the shop's impact line. */
export async function makerShareOf(organisationId: string, priceInr: number): Promise<LineSplit> {
  return splitLine(priceInr, await feeTermsFor(organisationId));
}

export async function listFeeRules(organisationId: string) {
  return db.feeRule.findMany({ where: { organisationId }, orderBy: { validFrom: "desc" } });
}

export type FeeRuleResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Adds a rule from a day on. Never backwards: sales already made keep the terms they were posted
 * under (refunds reverse with the same terms), so a rule may start today (from now) or later.
 */
export async function addFeeRule(
  organisationId: string,
  input: FeeTerms & { holdDays: number; validFromDay: string },
  actor: { id: string; ip: string | null },
  now = new Date(),
): Promise<FeeRuleResult> {
  const today = dayOf(now);
  if (input.validFromDay < today) return { ok: false, fieldErrors: { validFrom: ["adminShop:fees.errors.past"] } };
  const validFrom = input.validFromDay === today ? now : new Date(`${input.validFromDay}T00:00:00+05:30`);
  const { validFromDay: _day, ...terms } = input;
  await db.$transaction(async (tx) => {
    await tx.feeRule.create({ data: { organisationId, validFrom, ...terms } });
    await recordAudit({ action: "admin.fee_rule.added", actorId: actor.id, organisationId, entityType: "fee_rule", ip: actor.ip, details: { validFrom: input.validFromDay } }, tx);
  });
  return { ok: true };
}
