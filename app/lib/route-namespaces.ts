import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import i18next from "i18next";

/**
 * For routes whose strings live in a namespace their area does not load up front: when the browser
 * navigates to such a route, its namespace arrives before the page renders, so no raw keys flash.
 * (The server renders with every namespace; a first load gets them through the route's handle.)
 */
export function loadNamespacesFirst(namespaces: readonly string[]) {
  return async ({ serverLoader }: ClientLoaderFunctionArgs) => {
    await i18next.loadNamespaces([...namespaces]);
    return serverLoader();
  };
}
