/**
 * Earnings are reckoned in the cooperatives' calendar: India Standard Time (Asia/Kolkata, UTC+05:30,
 * no daylight saving since 1945), so a sale at 01:00 on the 1st in India belongs to that month even
 * though it is still the previous day in UTC. Months are "YYYY-MM", days "YYYY-MM-DD".
 */
export const COOPERATIVE_TIME_ZONE = "Asia/Kolkata";
const OFFSET_MS = 330 * 60_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Indian calendar day of a moment. */
export function dayOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Indian calendar month of a moment. */
export function monthOf(at: Date): string {
  return dayOf(at).slice(0, 7);
}

/** A month as written in an address, or null when it is not one (years 2000 to 2999). */
export function parseMonth(text: string | undefined | null): string | null {
  const match = MONTH.exec(text ?? "");
  return match && match[1]!.startsWith("2") ? text! : null;
}

/** A day as a form posts it, as a Date at UTC midnight (how date columns arrive), or null. */
export function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

/** The month `count` months after (or before, when negative) `month`. */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + count, 1)).toISOString().slice(0, 7);
}

/** The first moment of a month in India, and of the next month: [start, end). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, monthNumber - 1, 1) - OFFSET_MS), end: new Date(Date.UTC(year, monthNumber, 1) - OFFSET_MS) };
}

/** The last moment of an Indian calendar day (a date at UTC midnight, as date columns arrive). */
export function endOfDay(day: Date): Date {
  return new Date(day.getTime() + 86_400_000 - OFFSET_MS - 1);
}

/** The last `count` months up to and including the month of `now`, oldest first. */
export function lastMonths(count: number, now: Date): string[] {
  const current = monthOf(now);
  return Array.from({ length: count }, (_, index) => addMonths(current, index - count + 1));
}
