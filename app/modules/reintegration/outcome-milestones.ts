import { MILESTONE_KINDS, MILESTONE_RULES } from "./vocabulary";

/**
 * Each milestone key's bit in a person's outcome row (outcome_person.milestone_mask and milestone_met):
 * the rules that data decides, then the kinds ticked by hand. Counting bits over 15,000 rows is a single
 * cheap pass where unnesting arrays of keys was not. The positions follow the vocabulary's order, so a
 * migration that adds a rule or a kind must also mark everyone stale (INSERT INTO outcome_stale …).
 */
export const MILESTONE_KEYS = [
  ...MILESTONE_RULES.map((key) => ({ key, byRule: true })),
  ...MILESTONE_KINDS.map((key) => ({ key, byRule: false })),
];

/** SQL: the bit of a milestone row `ms` (its rule's if it has one, else its kind's). */
export function milestoneBitSql() {
  const bits = (byRule: boolean) =>
    MILESTONE_KEYS.map((entry, bit) => (entry.byRule === byRule ? `WHEN '${entry.key}' THEN ${2 ** bit}` : ""))
      .filter(Boolean)
      .join(" ");
  return `CASE WHEN ms.rule IS NULL THEN CASE ms.kind::text ${bits(false)} END ELSE CASE ms.rule::text ${bits(true)} END END`;
}
