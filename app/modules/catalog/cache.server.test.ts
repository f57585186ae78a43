import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedRead, CATALOG_CACHE_TTL_MS, forgetCatalogCache } from "./cache.server";

afterEach(() => {
  vi.useRealTimers();
  forgetCatalogCache();
});

describe("cachedRead", () => {
  it("shares one load between concurrent and repeated reads", async () => {
    const load = vi.fn(async () => ({ rows: 1 }));
    const [first, second] = await Promise.all([cachedRead("k", load), cachedRead("k", load)]);
    expect(first).toBe(second);
    expect(await cachedRead("k", load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("after the TTL, serves the old value once more while one refresh runs, then the new one", async () => {
    vi.useFakeTimers();
    let version = 0;
    const load = vi.fn(async () => ++version);
    expect(await cachedRead("k", load)).toBe(1);
    vi.advanceTimersByTime(CATALOG_CACHE_TTL_MS + 1);
    expect(await Promise.all([cachedRead("k", load), cachedRead("k", load)])).toEqual([1, 1]);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.waitFor(async () => expect(await cachedRead("k", load)).toBe(2));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("serves nothing old once forgotten", async () => {
    let version = 0;
    const load = async () => ++version;
    await cachedRead("k", load);
    forgetCatalogCache();
    expect(await cachedRead("k", load)).toBe(2);
  });

  it("never remembers a failure", async () => {
    const failing = vi.fn(async () => {
      throw new Error("database down");
    });
    await expect(cachedRead("f", failing)).rejects.toThrow("database down");
    await expect(cachedRead("f", failing)).rejects.toThrow("database down");
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
