/**
 * The median of a month's incomes when most people's values are implicit: `zeros` people had no income
 * (they count as 0), and `pair` holds the two nonzero values from the first position the median needs
 * on, ascending (see medianOffset). Same result as percentile_cont(0.5) over all `people` values.
 */
export function medianWithZeros(people: number, nonzero: number, pair: readonly number[]): number | null {
  if (people <= 0) return null;
  const zeros = people - nonzero;
  const offset = medianOffset(people, nonzero);
  const at = (index: number) => (index < zeros ? 0 : Number(pair[index - zeros - offset]));
  const middle = (people - 1) / 2;
  const low = at(Math.floor(middle));
  const high = at(Math.ceil(middle));
  return low + (high - low) * (middle - Math.floor(middle));
}

/** How many of the ascending nonzero values come before the first one the median may need. */
export function medianOffset(people: number, nonzero: number) {
  return Math.max(Math.floor((people - 1) / 2) - (people - nonzero), 0);
}
