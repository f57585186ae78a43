/**
 * What may be logged of a provider's error: its kind and code, never its message, which can echo
 * what was sent (a buyer's email or address).
 */
export function providerErrorSummary(error: unknown) {
  const { name, type, code, statusCode } = (error ?? {}) as Record<string, unknown>;
  return { name: typeof name === "string" ? name : "Error", type, code, statusCode };
}
