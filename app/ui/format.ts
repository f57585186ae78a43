/**
 * Dates in the page's language. Always in UTC (and saying so), so that the server's render and the
 * browser's agree and every reader of the same row sees the same time.
 */
const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
};

export function formatDateTime(value: Date | string, language: string) {
  return new Intl.DateTimeFormat(language, DATE_TIME).format(new Date(value));
}

export function formatDate(value: Date | string, language: string) {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value));
}
