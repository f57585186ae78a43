import { commitSessionCookie, login } from "~/modules/identity/index.server";
import { cookieFrom, TEST_PASSWORD } from "./helpers";

/** A Cookie header of a fresh session of `user` (created by the createUser helper). */
export async function signIn(user: { email: string }) {
  const outcome = await login({ email: user.email, password: TEST_PASSWORD, ip: "203.0.113.7", userAgent: "vitest" });
  if (!outcome.ok) throw new Error(`could not sign in ${user.email}`);
  return cookieFrom(await commitSessionCookie(outcome.token, outcome.expiresAt));
}

/** What a loader or action returned or threw: thrown Responses (403, 404, redirects) come back as values. */
export async function settle<T>(run: Promise<T>): Promise<T | Response> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

interface DataWithInit<T> {
  type: "DataWithResponseInit";
  data: T;
  init: { status?: number } | null;
}

/** The body and status of an action that answered with `data(...)` instead of redirecting. */
export function refused<T>(result: T | Response) {
  if (result instanceof Response) throw new Error(`expected a refusal, got a ${result.status} Response to ${result.headers.get("Location")}`);
  const answer = result as unknown as DataWithInit<{ result: { error?: Record<string, string[] | null> } }>;
  return { status: answer.init?.status, errors: answer.data.result.error ?? {} };
}

export function locationOf(result: unknown) {
  if (!(result instanceof Response)) throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  return result.headers.get("Location");
}

export const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
