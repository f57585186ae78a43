import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "~/lib/db.server";
import { getSessionCookie } from "~/lib/http.server";
import { STAFF_ROLES, type Role } from "./roles";

export const SESSION_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_LIMIT_MS = 60 * 60 * 1000;
/** lastSeenAt is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  preferredLanguage: string;
  twoFactorEnabled: boolean;
  roles: Role[];
  memberships: { organisationId: string; organisationName: string; role: Role; requireTwoFactor: boolean }[];
  session: { id: string; twoFactorSatisfied: boolean; expiresAt: Date };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  input: { userId: string; ip: string | null; userAgent: string | null; twoFactorSatisfied: boolean },
  tx: Tx = db,
) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS);
  await tx.session.create({
    data: {
      id: hashToken(token),
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      twoFactorSatisfied: input.twoFactorSatisfied,
      ip: input.ip,
      userAgent: input.userAgent,
    },
  });
  return { token, expiresAt };
}

export function commitSessionCookie(token: string, expiresAt: Date) {
  return getSessionCookie().serialize(token, { expires: expiresAt });
}

export function destroySessionCookie() {
  return getSessionCookie().serialize("", { expires: new Date(0) });
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await getSessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

const sessionInclude = {
  user: {
    include: {
      memberships: { include: { organisation: { select: { name: true, requireTwoFactor: true } } } },
    },
  },
} as const;

function isStaff(roles: readonly Role[]) {
  return roles.some((role) => STAFF_ROLES.includes(role));
}

/** The live session behind a token, or null when it is unknown, expired, idle too long or its user deactivated. */
export async function findSessionUser(token: string, now = new Date()): Promise<SessionUser | null> {
  const id = hashToken(token);
  const session = await db.session.findUnique({ where: { id }, include: sessionInclude });
  if (!session) return null;
  const { user } = session;
  const roles = [...new Set(user.memberships.map((membership) => membership.role))];
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  const expired =
    session.expiresAt <= now || user.deactivatedAt !== null || (isStaff(roles) && idleFor > SESSION_IDLE_LIMIT_MS);
  if (expired) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    preferredLanguage: user.preferredLanguage,
    twoFactorEnabled: user.totpEnabledAt !== null,
    roles,
    memberships: user.memberships.map((membership) => ({
      organisationId: membership.organisationId,
      organisationName: membership.organisation.name,
      role: membership.role,
      requireTwoFactor: membership.organisation.requireTwoFactor,
    })),
    session: { id, twoFactorSatisfied: session.twoFactorSatisfied, expiresAt: session.expiresAt },
  };
}

const requestCache = new WeakMap<Request, Promise<SessionUser | null>>();

/** The signed-in user of this request (looked up once per request), or null. */
export function getSessionUser(request: Request): Promise<SessionUser | null> {
  let pending = requestCache.get(request);
  if (!pending) {
    pending = readSessionToken(request).then((token) => (token ? findSessionUser(token) : null));
    requestCache.set(request, pending);
  }
  return pending;
}

export async function revokeSession(sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function revokeAllSessions(userId: string, tx: Tx = db) {
  await tx.session.deleteMany({ where: { userId } });
}

export async function markTwoFactorSatisfied(sessionId: string) {
  await db.session.update({ where: { id: sessionId }, data: { twoFactorSatisfied: true, lastSeenAt: new Date() } });
}

/** Removes rows of sessions that can no longer be used; run now and then (e.g. at start-up). */
export async function deleteExpiredSessions(now = new Date()) {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
