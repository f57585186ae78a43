import { SUPPRESSED } from "./export-bands";

/**
 * Small-cell suppression for the de-identified export: k-anonymity with k = 11 (the CTDC's k, and the
 * dashboards' threshold) over the quasi-identifiers, by local suppression (a value becomes "suppressed").
 *
 * The algorithm works on equivalence classes (rows with the same quasi-identifiers), never on rows:
 * 1. Take the classes with fewer than k rows, smallest first.
 * 2. In such a class, suppress the quasi-identifier whose value is rarest in the whole export (ties: the
 *    order of QUASI_IDENTIFIERS); the class merges with any class that now looks the same.
 * 3. If it is still too small, borrow rows from classes that differ from it only in that quasi-identifier
 *    and have rows to spare (more than k): that value is suppressed in just as many of their rows as needed
 *    ("row by row"), the largest spare first.
 * 4. Repeat until every class has k rows or more. A class with everything suppressed that is still too
 *    small borrows spare rows from any class, and as a last resort takes whole classes, smallest first;
 *    with k rows or more in the export this always ends.
 * The outcome is a plan: for each original combination, how many of its rows (taken in export order) get
 * which generalised combination. Rows are then written in batches by applying the plan.
 */

export const EXPORT_K = 11;

export const QUASI_IDENTIFIERS = ["originState", "livelihoodTrack", "ageBroad", "yearOfRegistration", "originCountry", "gender", "majorityStatus"] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];
export type QuasiTuple = Record<QuasiIdentifier, string>;

const SEPARATOR = "\u001f";
export function tupleKey(tuple: QuasiTuple) {
  let key = tuple[QUASI_IDENTIFIERS[0]];
  for (let i = 1; i < QUASI_IDENTIFIERS.length; i++) key += SEPARATOR + tuple[QUASI_IDENTIFIERS[i]!];
  return key;
}

interface Part {
  origin: string;
  count: number;
}
interface EqClass {
  key: string;
  tuple: QuasiTuple;
  /** Rows by original combination, in the order they joined. */
  parts: Map<string, number>;
  count: number;
}

/** For each original combination, the generalised combinations its rows get, in order. */
export type SuppressionPlan = Map<string, { tuple: QuasiTuple; count: number }[]>;

const withSuppressed = (tuple: QuasiTuple, field: QuasiIdentifier): QuasiTuple => ({ ...tuple, [field]: SUPPRESSED });
function siblingKey(tuple: QuasiTuple, field: QuasiIdentifier) {
  let key = "";
  for (let i = 0; i < QUASI_IDENTIFIERS.length; i++) {
    const name = QUASI_IDENTIFIERS[i]!;
    key += (i ? SEPARATOR : "") + (name === field ? SUPPRESSED : tuple[name]);
  }
  return key;
}

class Classes {
  readonly byKey = new Map<string, EqClass>();
  /** Per quasi-identifier and value, how many rows have it: what "rarest" is measured by. */
  private readonly frequency = new Map<QuasiIdentifier, Map<string, number>>(QUASI_IDENTIFIERS.map((field) => [field, new Map()]));
  /** Per quasi-identifier: classes by their key with that field suppressed (who could lend rows to whom). */
  private readonly siblings = new Map<QuasiIdentifier, Map<string, Set<string>>>(QUASI_IDENTIFIERS.map((field) => [field, new Map()]));

  constructor(private readonly k: number) {}

  add(tuple: QuasiTuple, parts: Part[]) {
    const count = parts.reduce((sum, part) => sum + part.count, 0);
    if (!count) return;
    const key = tupleKey(tuple);
    let target = this.byKey.get(key);
    if (!target) {
      target = { key, tuple, parts: new Map(), count: 0 };
      this.byKey.set(key, target);
      for (const field of QUASI_IDENTIFIERS) {
        if (tuple[field] === SUPPRESSED) continue;
        const index = this.siblings.get(field)!;
        const sibling = siblingKey(tuple, field);
        index.set(sibling, (index.get(sibling) ?? new Set()).add(key));
      }
    }
    for (const part of parts) target.parts.set(part.origin, (target.parts.get(part.origin) ?? 0) + part.count);
    target.count += count;
    this.count(tuple, count);
  }

  /** Takes `count` rows out of a class (the parts that joined first), removing it when empty. */
  take(cls: EqClass, count: number): Part[] {
    const taken: Part[] = [];
    let left = count;
    for (const [origin, rows] of cls.parts) {
      if (left <= 0) break;
      const moved = Math.min(rows, left);
      if (moved === rows) cls.parts.delete(origin);
      else cls.parts.set(origin, rows - moved);
      left -= moved;
      taken.push({ origin, count: moved });
    }
    cls.count -= count;
    this.count(cls.tuple, -count);
    if (!cls.count) this.remove(cls);
    return taken;
  }

  private remove(cls: EqClass) {
    this.byKey.delete(cls.key);
    for (const field of QUASI_IDENTIFIERS) {
      if (cls.tuple[field] === SUPPRESSED) continue;
      this.siblings.get(field)!.get(siblingKey(cls.tuple, field))?.delete(cls.key);
    }
  }

  private count(tuple: QuasiTuple, delta: number) {
    for (const field of QUASI_IDENTIFIERS) {
      const counts = this.frequency.get(field)!;
      counts.set(tuple[field], (counts.get(tuple[field]) ?? 0) + delta);
    }
  }

  rarestField(tuple: QuasiTuple): QuasiIdentifier | null {
    let best: QuasiIdentifier | null = null;
    let bestCount = Number.POSITIVE_INFINITY;
    for (const field of QUASI_IDENTIFIERS) {
      if (tuple[field] === SUPPRESSED) continue;
      const count = this.frequency.get(field)!.get(tuple[field]) ?? 0;
      if (count < bestCount) [best, bestCount] = [field, count];
    }
    return best;
  }

  /** Classes that would look like `tuple` with `field` suppressed, with rows to spare, most spare first. */
  lenders(tuple: QuasiTuple, field: QuasiIdentifier | null): EqClass[] {
    const keys = field ? [...(this.siblings.get(field)!.get(tupleKey(tuple)) ?? [])] : [...this.byKey.keys()];
    return keys
      .map((key) => this.byKey.get(key)!)
      .filter((cls) => cls.key !== tupleKey(tuple) && cls.count > this.k)
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }
}

/**
 * The suppression plan for rows grouped by their original quasi-identifiers (`counts`: key → number of
 * rows). Throws when there are fewer than k rows in all: such an export cannot be made safe.
 */
export function suppressionPlan(counts: Map<string, { tuple: QuasiTuple; count: number }>, k = EXPORT_K): SuppressionPlan {
  const total = [...counts.values()].reduce((sum, group) => sum + group.count, 0);
  if (total < k) throw new Error(`A de-identified export needs at least ${k} people`);
  const classes = new Classes(k);
  for (const [key, group] of counts) classes.add(group.tuple, [{ origin: key, count: group.count }]);

  for (;;) {
    const small = [...classes.byKey.values()].filter((cls) => cls.count < k).sort((a, b) => a.count - b.count || (a.key < b.key ? -1 : 1));
    if (!small.length) break;
    for (const { key } of small) {
      const cls = classes.byKey.get(key);
      if (!cls || cls.count >= k) continue;
      const field = classes.rarestField(cls.tuple);
      const tuple = field ? withSuppressed(cls.tuple, field) : cls.tuple;
      if (field) classes.add(tuple, classes.take(cls, cls.count));
      const merged = classes.byKey.get(tupleKey(tuple))!;
      borrow(classes, merged, field, k);
      if (!field && merged.count < k) {
        // Everything suppressed and still too few: whole classes join it, smallest first.
        const others = [...classes.byKey.values()].filter((other) => other !== merged).sort((a, b) => a.count - b.count || (a.key < b.key ? -1 : 1));
        for (const other of others) {
          if (merged.count >= k) break;
          classes.add(merged.tuple, classes.take(other, other.count));
        }
      }
    }
  }

  const plan: SuppressionPlan = new Map();
  for (const cls of [...classes.byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    for (const [origin, count] of cls.parts) {
      const list = plan.get(origin) ?? [];
      list.push({ tuple: cls.tuple, count });
      plan.set(origin, list);
    }
  }
  return plan;
}

function borrow(classes: Classes, cls: EqClass, field: QuasiIdentifier | null, k: number) {
  if (cls.count >= k) return;
  for (const lender of classes.lenders(cls.tuple, field)) {
    if (cls.count >= k) return;
    const spare = lender.count - k;
    classes.add(cls.tuple, classes.take(lender, Math.min(spare, k - cls.count)));
  }
}

/** Applies a plan row by row, in the order the rows are written; a combination the plan never saw is fully suppressed. */
export function planApplier(plan: SuppressionPlan) {
  const used = new Map<string, number>();
  return (tuple: QuasiTuple): QuasiTuple => {
    const key = tupleKey(tuple);
    const seen = used.get(key) ?? 0;
    used.set(key, seen + 1);
    let offset = seen;
    for (const step of plan.get(key) ?? []) {
      if (offset < step.count) return step.tuple;
      offset -= step.count;
    }
    return Object.fromEntries(QUASI_IDENTIFIERS.map((field) => [field, SUPPRESSED])) as QuasiTuple;
  };
}
