import { randomUUID } from "node:crypto";
import { CLIENT_IP_HEADER } from "~/lib/http.server";
import { db } from "~/lib/db.server";
import { hashPassword } from "~/modules/identity/passwords.server";
import type { Role } from "~/modules/identity/roles";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export async function createOrganisation(overrides: Partial<{ name: string; requireTwoFactor: boolean }> = {}) {
  return db.organisation.create({
    data: {
      name: overrides.name ?? `Organisation ${randomUUID().slice(0, 8)}`,
      kind: "ngo",
      country: "IN",
      region: "Meghalaya",
      mandates: ["protection"],
      requireTwoFactor: overrides.requireTwoFactor ?? false,
    },
  });
}

/** A user with one membership per role given, in a new organisation unless one is named. */
export async function createUser(roles: Role[] = ["caseworker"], options: { organisationId?: string; email?: string } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId = options.organisationId ?? (await createOrganisation()).id;
  return db.user.create({
    data: {
      email: options.email ?? `user-${randomUUID().slice(0, 8)}@example.org`,
      name: "Test User",
      passwordHash: await passwordHash,
      memberships: { create: roles.map((role) => ({ organisationId, role })) },
    },
    include: { memberships: true },
  });
}

/** A Request as the server hands it to Remix (client address header included). */
export function makeRequest(path: string, init: RequestInit & { ip?: string; cookie?: string; form?: Record<string, string | string[]> } = {}) {
  const headers = new Headers(init.headers);
  headers.set(CLIENT_IP_HEADER, init.ip ?? "203.0.113.7");
  if (init.cookie) headers.set("Cookie", init.cookie);
  let body = init.body;
  if (init.form) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(init.form)) for (const item of [value].flat()) form.append(key, item);
    body = form;
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  }
  return new Request(`http://localhost${path}`, { ...init, method: init.method ?? (init.form ? "POST" : "GET"), headers, body });
}

/** The name=value pair of a Set-Cookie header, ready for a Cookie header. */
export function cookieFrom(setCookie: string | null) {
  if (!setCookie) throw new Error("no Set-Cookie header");
  return setCookie.split(";")[0]!;
}
