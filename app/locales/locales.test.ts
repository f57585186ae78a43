import { describe, expect, it } from "vitest";
import en from "./en";
import hi from "./hi";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [childKey, childValue] of flatten(value, path)) entries.set(childKey, childValue);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe("translations", () => {
  const english = flatten(en as unknown as Tree);
  const hindi = flatten(hi as unknown as Tree);

  it("Hindi has exactly the English keys", () => {
    expect([...hindi.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("no string is empty and each uses the same placeholders as English", () => {
    for (const [key, text] of english) {
      const translated = hindi.get(key)!;
      expect(text.trim(), key).not.toBe("");
      expect(translated.trim(), key).not.toBe("");
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it("Hindi text is written in Devanagari, not left in English", () => {
    const untranslated = [...hindi].filter(([key, text]) => text === english.get(key) && /[a-z]{4,}/i.test(text.replace(/{{\s*\w+\s*}}/g, "")));
    // Language names and the brand are the same in both languages on purpose.
    expect(untranslated.map(([key]) => key).filter((key) => !/language\.names|brand|membership$/.test(key))).toEqual([]);
  });
});
