import { afterEach, beforeEach, vi } from "vitest";

/** A test fails when something logs console.error that the test did not expect (Epic Stack's rule). */
let unexpected: unknown[][] = [];

beforeEach(() => {
  unexpected = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    unexpected.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (unexpected.length > 0) {
    const messages = unexpected.map((args) => args.map(String).join(" ")).join("\n");
    throw new Error(`console.error was called unexpectedly:\n${messages}`);
  }
});

/** For a test that expects an error to be logged: returns the calls so far and clears them. */
export function takeConsoleErrors() {
  const taken = unexpected;
  unexpected = [];
  return taken;
}
