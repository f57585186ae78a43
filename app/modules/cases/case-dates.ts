/**
 * Case dates are calendar days ("YYYY-MM-DD") in India Standard Time, where the network works: a
 * review due "today" is due on the Indian calendar day, whatever the server's clock zone. Browser-safe.
 */
const IST_OFFSET_MS = 330 * 60_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's calendar day in India. */
export function careToday(now: Date = new Date()): string {
  return new Date(now.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A day as a form posts it, as a Date at UTC midnight (how date columns arrive), or null. */
export function parseCareDay(text: string): Date | null {
  if (!DAY.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

/** A date column's value as "YYYY-MM-DD". */
export function dayText(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 10);
}

/** A request to close that waits longer than this shows as overdue. */
export const CLOSE_REQUEST_OVERDUE_DAYS = 7;
