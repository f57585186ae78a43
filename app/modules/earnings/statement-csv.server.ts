import { stringify } from "csv-stringify/sync";
import { toDecimalString } from "~/lib/money";
import type { Statement } from "./statement.server";

export const STATEMENT_CSV_COLUMNS = ["date", "account", "type", "order", "item", "description", "amount_inr", "balance_inr"] as const;

/** A spreadsheet could run a cell that starts like a formula; titles are typed by makers, so such text is quoted. */
function plainText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One month's statement as CSV: one row per entry, in order, with the account's balance after it.
 * Amounts are decimal rupees, positive when money came to her; columns are named in English.
 */
export function statementCsv(statement: Statement): string {
  const rows = statement.lines.map((line) => [
    line.day,
    line.account,
    line.kind,
    line.orderNumber === null ? "" : `RW-${String(line.orderNumber).padStart(6, "0")}`,
    line.item ? plainText(line.item.quantity > 1 ? `${line.item.title} x ${line.item.quantity}` : line.item.title) : "",
    plainText(line.payout ? `${line.description} (${line.payout.reference})` : line.description),
    toDecimalString(line.amountInr, "INR"),
    toDecimalString(line.balanceInr, "INR"),
  ]);
  return stringify([[...STATEMENT_CSV_COLUMNS], ...rows], { bom: true, record_delimiter: "windows" });
}

/** The file name offered for download. */
export function statementFileName(makerSlug: string, month: string) {
  return `reweave-earnings-${makerSlug.replace(/[^a-z0-9-]/gi, "")}-${month}.csv`;
}
