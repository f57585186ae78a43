/**
 * Catalog pages are read far more often than the catalog changes, and listing a category means
 * summarising the variants of every product in it. So reads are kept in memory for a few seconds:
 * concurrent requests for the same page share one query, and traffic costs the database one query
 * per page per TTL. An expired page is still served while one request refreshes it, so that no
 * request waits on a refresh. Every write through this module (and any other writer of catalog rows)
 * calls forgetCatalogCache(), after which nothing old is served; stock sold through checkout shows on
 * lists within the TTL, while the cart and checkout always read live stock.
 */
import { announceCatalogChange } from "~/lib/catalog-events";

export const CATALOG_CACHE_TTL_MS = 10_000;
// A listing page is about 12 kB: at most a few dozen megabytes.
const MAX_ENTRIES = 2_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
  /** The value arrived; only then may it be served after it expires. */
  settled: boolean;
  refreshing: boolean;
}

const entries = new Map<string, Entry>();

function remember<T>(key: string, value: Promise<T>): Entry {
  const entry: Entry = { value, expires: Date.now() + CATALOG_CACHE_TTL_MS, settled: false, refreshing: false };
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.then(
    () => {
      entry.settled = true;
    },
    // Failures are not remembered: the next request asks the database again.
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return entry;
}

export function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (!hit) return remember(key, load()).value as Promise<T>;
  if (hit.expires <= Date.now() && hit.settled && !hit.refreshing) {
    hit.refreshing = true;
    const next = load();
    next.then(
      () => {
        if (entries.get(key) === hit) remember(key, next);
      },
      () => {
        hit.refreshing = false;
      },
    );
  }
  return hit.value as Promise<T>;
}

/** Drops every cached catalog read: call after changing products, variants, images, categories or makers. */
export function forgetCatalogCache() {
  entries.clear();
  announceCatalogChange();
}
