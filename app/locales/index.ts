import type en from "./en";

export type Resources = typeof en;

/** Loads one language's strings as its own chunk, so that a browser downloads only the language it shows. */
export const loadResources: Record<string, () => Promise<Resources>> = {
  en: () => import("./en").then((module) => module.default),
  hi: () => import("./hi").then((module) => module.default),
};
