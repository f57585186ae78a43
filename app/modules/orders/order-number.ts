/** Order numbers as people read and type them: RW-000123. */
export function formatOrderNumber(number: number): string {
  return `RW-${String(number).padStart(6, "0")}`;
}

/** "RW-000123", "rw123" or "123" as 123; anything else null. */
export function parseOrderNumber(text: string): number | null {
  const match = /^\s*(?:RW-?)?(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}
