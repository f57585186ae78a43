/**
 * Small-number suppression for figures shown outside a caseworker's own caseload (issue 6): a figure that
 * rests on fewer than MIN_PEOPLE people is not shown at all, in tables and charts alike. Browser-safe.
 *
 * What a figure "rests on" is the set of people whose data it is computed from, decided here once:
 * - the cohort: the number of people, the share at target income, each milestone's share;
 * - the people with at least one enrolment: training completion;
 * - the people with at least one claim: the compensation figures;
 * - the people assessed in the quarter: that quarter's mean scores;
 * - the people counted in the month (whose plan had started by then): that month's median incomes;
 * - the people in the cell: each cell of a breakdown table.
 */
export const MIN_PEOPLE = 11;

export const RESTS_ON = {
  cohort: "cohort",
  training: "peopleWithEnrolments",
  compensation: "peopleWithClaims",
  scores: "peopleAssessedInQuarter",
  medians: "peopleCountedInMonth",
  breakdown: "peopleInCell",
} as const;

/** A figure as the page may show it: the value only when enough people stand behind it. */
export type Shown<T> = { hidden: false; value: T; restsOn: number } | { hidden: true };

export const HIDDEN = { hidden: true } as const;

export function isHidden(restsOn: number) {
  return restsOn < MIN_PEOPLE;
}

export function suppress<T>(value: T, restsOn: number): Shown<T> {
  return isHidden(restsOn) ? HIDDEN : { hidden: false, value, restsOn };
}

/**
 * Which cells of one breakdown table to hide. A cell resting on too few people is hidden; when that leaves
 * exactly one hidden cell, the smallest shown cell is hidden too, so that the hidden one cannot be worked
 * out by subtracting the shown cells from the total.
 */
export function hiddenCells(restsOn: readonly number[]): boolean[] {
  const hidden = restsOn.map(isHidden);
  if (hidden.filter(Boolean).length !== 1) return hidden;
  let smallest = -1;
  restsOn.forEach((count, index) => {
    if (!hidden[index] && (smallest < 0 || count < restsOn[smallest]!)) smallest = index;
  });
  if (smallest >= 0) hidden[smallest] = true;
  return hidden;
}
