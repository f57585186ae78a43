import { clientIp, redirectTo } from "~/lib/http.server";
import { getEnv } from "~/lib/env.server";
import { recordAudit } from "~/modules/audit/index.server";
import { roleGrants, rolesGrant, type Permission } from "./permissions";
import { TWO_FACTOR_REQUIRABLE_ROLES } from "./roles";
import { getSessionUser, type SessionUser } from "./sessions.server";

export const TWO_FACTOR_SETUP_PATH = "/settings/two-factor";
export const TWO_FACTOR_LOGIN_PATH = "/login/two-factor";

function pathOf(request: Request) {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Whether an organisation of this user obliges them to use a second factor (enforced in production only). */
export function twoFactorRequired(user: SessionUser): boolean {
  if (!getEnv().isProduction) return false;
  return user.memberships.some((m) => m.requireTwoFactor && TWO_FACTOR_REQUIRABLE_ROLES.includes(m.role));
}

/** Whether the user must set up the second factor before doing anything else. */
export function mustEnrolTwoFactor(user: SessionUser): boolean {
  return !user.twoFactorEnabled && twoFactorRequired(user);
}

/** The user of a fully signed-in session (password and, when enabled, second factor), or null. */
export async function getOptionalUser(request: Request): Promise<SessionUser | null> {
  const user = await getSessionUser(request);
  return user?.session.twoFactorSatisfied ? user : null;
}

/** The signed-in user; anyone else is sent to sign in and brought back afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  const back = encodeURIComponent(pathOf(request));
  if (!user) throw redirectTo(`/login?redirectTo=${back}`);
  if (!user.session.twoFactorSatisfied) throw redirectTo(`${TWO_FACTOR_LOGIN_PATH}?redirectTo=${back}`);
  if (mustEnrolTwoFactor(user) && new URL(request.url).pathname !== TWO_FACTOR_SETUP_PATH) {
    throw redirectTo(`${TWO_FACTOR_SETUP_PATH}?required=1`);
  }
  return user;
}

export function forbidden() {
  return new Response(JSON.stringify({ reason: "forbidden" }), {
    status: 403,
    statusText: "Forbidden",
    headers: { "Content-Type": "application/json" },
  });
}

/**
 * The signed-in user holding `permission` (in `organisationId`, when given); a refusal is audited and
 * answered with the 403 page.
 */
export async function requireUserWithPermission(request: Request, permission: Permission, target: { organisationId?: string } = {}): Promise<SessionUser> {
  const user = await requireUser(request);
  const scope = organisationScope(user, permission);
  const granted = rolesGrant(user.roles, permission) && (!target.organisationId || scope === "any" || scope.includes(target.organisationId));
  if (!granted) {
    await recordAudit({
      action: "auth.permission.denied",
      actorId: user.id,
      ip: clientIp(request),
      details: { permission, method: request.method, path: new URL(request.url).pathname, ...(target.organisationId ? { organisationId: target.organisationId } : {}) },
    });
    throw forbidden();
  }
  return user;
}

/**
 * The organisations in which the user holds `permission` (at `org` scope or wider), or "any" when a
 * role grants it everywhere. Modules use this to limit queries and to check the target of a change.
 */
export function organisationScope(user: SessionUser, permission: Permission): "any" | string[] {
  const [action, entity] = permission.split(":");
  if (rolesGrant(user.roles, `${action}:${entity}:any`)) return "any";
  return user.memberships.filter((m) => roleGrants(m.role, `${action}:${entity}:org`)).map((m) => m.organisationId);
}
