import type { EventEmitter } from "node:events";

/**
 * Catalog writes announce themselves on the process, so that caches outside the Remix bundle (the
 * server's page cache) forget what they hold at once, like the catalog's own cache does.
 */
const CATALOG_CHANGED = "reweave:catalog-changed";
const bus = process as unknown as EventEmitter;

export function announceCatalogChange() {
  bus.emit(CATALOG_CHANGED);
}

export function onCatalogChange(listener: () => void) {
  bus.on(CATALOG_CHANGED, listener);
}
