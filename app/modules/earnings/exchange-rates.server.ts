import { parse } from "csv-parse/sync";
import { db } from "~/lib/db.server";
import { BASE_CURRENCY, CURRENCIES, INR_RATE_MICROS, isCurrency, parseRate, type Currency } from "~/lib/money";
import { recordAudit } from "~/modules/audit/index.server";

/** Exchange rates that admins keep: INR per unit of each currency, from a date on. */

export interface Rate {
  id: string | null;
  currency: Currency;
  inrPerUnitMicros: bigint;
  validFrom: Date;
}

const CACHE_MS = 60_000;
let cache: { at: number; rates: Promise<Map<Currency, Rate>> } | undefined;

/**
 * The rates in force now, cached for a minute (every page reads them); requests that arrive
 * together share one query. INR is always 1.
 */
export function currentRates(now = new Date()): Promise<Map<Currency, Rate>> {
  if (cache && now.getTime() - cache.at < CACHE_MS) return cache.rates;
  const rates = loadRates(now);
  cache = { at: now.getTime(), rates };
  rates.catch(() => {
    if (cache?.rates === rates) cache = undefined;
  });
  return rates;
}

async function loadRates(now: Date): Promise<Map<Currency, Rate>> {
  const rows = await db.exchangeRate.findMany({
    where: { validFrom: { lte: now } },
    orderBy: [{ currency: "asc" }, { validFrom: "desc" }],
    distinct: ["currency"],
  });
  const rates = new Map<Currency, Rate>([[BASE_CURRENCY, { id: null, currency: BASE_CURRENCY, inrPerUnitMicros: INR_RATE_MICROS, validFrom: new Date(0) }]]);
  for (const row of rows) {
    if (isCurrency(row.currency) && row.currency !== BASE_CURRENCY) {
      rates.set(row.currency, { id: row.id, currency: row.currency, inrPerUnitMicros: row.inrPerUnitMicros, validFrom: row.validFrom });
    }
  }
  return rates;
}

/** The rate for `currency`, or null when admins have not entered one yet. */
export async function rateFor(currency: Currency, now = new Date()): Promise<Rate | null> {
  return (await currentRates(now)).get(currency) ?? null;
}

/** Currencies a buyer can choose now: those with a rate. */
export async function availableCurrencies(now = new Date()): Promise<Currency[]> {
  const rates = await currentRates(now);
  return CURRENCIES.filter((currency) => rates.has(currency));
}

export function forgetCachedRates() {
  cache = undefined;
}

export async function listRates(limit = 200) {
  return db.exchangeRate.findMany({ orderBy: [{ validFrom: "desc" }, { currency: "asc" }], take: limit });
}

export interface RateInput {
  currency: Currency;
  inrPerUnitMicros: bigint;
  validFrom: Date;
}

export type RateProblem = { row?: number; field: "currency" | "rate" | "validFrom" | "file"; message: string };

/** Adds rates (one or a whole CSV) in one transaction; a rate for the same currency and date replaces the old one. */
export async function saveRates(rates: RateInput[], actor: { id: string; ip: string | null }, source: "form" | "csv") {
  await db.$transaction(async (tx) => {
    for (const rate of rates) {
      await tx.exchangeRate.upsert({
        where: { currency_validFrom: { currency: rate.currency, validFrom: rate.validFrom } },
        create: { ...rate, createdById: actor.id },
        update: { inrPerUnitMicros: rate.inrPerUnitMicros, createdById: actor.id },
      });
    }
    await recordAudit(
      {
        action: source === "csv" ? "admin.exchange_rates.imported" : "admin.exchange_rate.added",
        actorId: actor.id,
        entityType: "exchange_rate",
        ip: actor.ip,
        details: { rates: rates.map((rate) => `${rate.currency}@${rate.validFrom.toISOString().slice(0, 10)}`) },
      },
      tx,
    );
  });
  forgetCachedRates();
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rate row as people write it; `validFrom` is a date (YYYY-MM-DD), taken as midnight UTC. */
export function readRate(currency: string, rate: string, validFrom: string, row?: number): RateInput | RateProblem[] {
  const problems: RateProblem[] = [];
  const code = currency.trim().toUpperCase();
  if (!isCurrency(code) || code === BASE_CURRENCY) problems.push({ row, field: "currency", message: "adminShop:rates.errors.currency" });
  const micros = parseRate(rate);
  if (micros === null) problems.push({ row, field: "rate", message: "adminShop:rates.errors.rate" });
  const date = validFrom.trim();
  const when = DATE.test(date) ? new Date(`${date}T00:00:00.000Z`) : null;
  if (!when || Number.isNaN(when.getTime())) problems.push({ row, field: "validFrom", message: "adminShop:rates.errors.validFrom" });
  if (problems.length) return problems;
  return { currency: code as Currency, inrPerUnitMicros: micros!, validFrom: when! };
}

/**
 * Reads a CSV of `currency,inr_per_unit,valid_from` (a header row is required). Either every row is
 * good and all are returned, or nothing is, with every problem named by row.
 */
export function parseRatesCsv(text: string): { rates: RateInput[] } | { problems: RateProblem[] } {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, trim: true, bom: true, relax_column_count: true });
  } catch {
    return { problems: [{ field: "file", message: "adminShop:rates.errors.unreadable" }] };
  }
  const [header, ...records] = rows;
  const columns = (header ?? []).map((name) => name.toLowerCase());
  const index = { currency: columns.indexOf("currency"), rate: columns.indexOf("inr_per_unit"), validFrom: columns.indexOf("valid_from") };
  if (Object.values(index).some((position) => position < 0)) return { problems: [{ field: "file", message: "adminShop:rates.errors.columns" }] };
  if (records.length === 0) return { problems: [{ field: "file", message: "adminShop:rates.errors.empty" }] };
  const rates: RateInput[] = [];
  const problems: RateProblem[] = [];
  records.forEach((record, position) => {
    const result = readRate(record[index.currency] ?? "", record[index.rate] ?? "", record[index.validFrom] ?? "", position + 2);
    if (Array.isArray(result)) problems.push(...result);
    else rates.push(result);
  });
  return problems.length ? { problems } : { rates };
}
