/** Calendar months ("YYYY-MM") and days ("YYYY-MM-DD") in the page's language; the same on server and browser. */

function firstOf(month: string) {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1, 1));
}

/** "March 2026" / "मार्च 2026" */
export function monthName(month: string, language: string) {
  return new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(firstOf(month));
}

/** "Mar" / "मार्च", for chart axes. */
export function shortMonthName(month: string, language: string) {
  return new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(firstOf(month));
}

/** "14 Mar" / "14 मार्च", for a row within a month. */
export function shortDay(day: string, language: string) {
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00.000Z`));
}
