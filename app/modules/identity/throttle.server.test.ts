import { describe, expect, it } from "vitest";
import { ACCOUNT_POLICY, blockDuration } from "./throttle.server";

describe("login throttle delays", () => {
  it("lets the first attempts through, then doubles the wait up to the cap", () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8].map((failures) => blockDuration(failures, ACCOUNT_POLICY));
    expect(waits).toEqual([0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000]);
    expect(blockDuration(40, ACCOUNT_POLICY)).toBe(ACCOUNT_POLICY.maxBlockMs);
  });
});
