import type en from "./en";

export type Resources = typeof en;
export type Namespace = keyof Resources;

/**
 * Each language's namespaces as separate chunks: a browser downloads only the language it shows and
 * only the namespaces of the area it is in (each area's layout route lists them in `handle.i18n`).
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>("./*/*.json");

export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = files[`./${language}/${namespace}.json`];
  if (!load) throw new Error(`No translations for ${language}/${namespace}`);
  return (await load()).default;
}
