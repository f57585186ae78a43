import type { Role } from "./roles";

/**
 * Permissions are `action:entity:scope` strings. A grant with scope `any` covers `org` and `own`;
 * `org` covers `own`. This table is the only place where roles receive permissions.
 */
export type Scope = "own" | "org" | "any";
export type Permission = `${string}:${string}:${Scope}`;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    "access:admin:any",
    "read:organisation:any",
    "create:organisation:any",
    "update:organisation:any",
    "read:user:any",
    "create:user:any",
    "update:user:any",
    "deactivate:user:any",
    "manage:membership:any",
    "read:audit:any",
    "read:outbox:any",
    "manage:catalog:any",
    "manage:exchange-rate:any",
    "manage:shipping:any",
    "read:order:any",
    "cancel:order:any",
    "refund:order:any",
    "manage:fee-rule:any",
  ],
  // Auditors read survivor records only with a stated reason (the cases module asks for it).
  auditor: ["access:admin:any", "read:organisation:any", "read:user:any", "read:audit:any", "read:order:any", "access:care:any", "read:beneficiary:any", "read:directory:any"],
  coordinator: [
    "access:admin:org",
    "read:organisation:org",
    "update:organisation:org",
    "read:user:org",
    "read:audit:org",
    "read:order:org",
    "access:studio:org",
    "access:care:org",
    "manage:listing:org",
    "approve:listing:org",
    "fulfil:order-line:org",
    "read:earnings:org",
    "record:payout:org",
    "manage:maker:org",
    // Coordinators follow their organisation's cases and keep its directory entries; case work is for caseworkers and supervisors.
    "read:beneficiary:org",
    "manage:course:org",
    "manage:directory:org",
    "read:directory:any",
    "read:outcomes:org",
    "export:deidentified:org",
  ],
  supervisor: [
    "access:care:org",
    "read:user:org",
    "read:audit:org",
    "read:beneficiary:org",
    "read:beneficiary-photo:org",
    "create:beneficiary:org",
    "manage:consent:org",
    "override:consent:org",
    "manage:case:org",
    "approve:case-close:org",
    "manage:checklist:org",
    "refer:case:org",
    "respond:referral:org",
    "manage:directory:org",
    "read:directory:any",
    "export:beneficiary:org",
    "anonymise:beneficiary:org",
    "manage:reintegration:org",
    "manage:course:org",
    "manage:enrolment:org",
    "manage:claim:org",
    "manage:assessment:org",
    "read:outcomes:org",
    "export:deidentified:org",
  ],
  // "own" for caseworkers means: the organisation's cases, or only their own when the organisation says so.
  caseworker: [
    "access:care:own",
    "read:beneficiary:own",
    "read:beneficiary-photo:own",
    "create:beneficiary:org",
    "manage:consent:own",
    "manage:case:own",
    "refer:case:own",
    "respond:referral:org",
    "read:directory:any",
    "manage:reintegration:own",
    "manage:enrolment:org",
    "manage:claim:own",
    "manage:assessment:own",
  ],
  // Partners see only what was referred to their organisation.
  partner: ["access:care:own", "respond:referral:org", "read:directory:any"],
  artisan: ["access:studio:own", "manage:listing:own", "fulfil:order-line:own", "read:earnings:own", "manage:maker:own"],
};

const SCOPE_RANK: Record<Scope, number> = { own: 0, org: 1, any: 2 };

function split(permission: Permission): [action: string, entity: string, scope: Scope] {
  const [action, entity, scope] = permission.split(":") as [string, string, Scope];
  return [action, entity, scope];
}

/** Whether `role` holds `permission` or a wider grant of the same action on the same entity. */
export function roleGrants(role: Role, permission: Permission): boolean {
  const [action, entity, scope] = split(permission);
  return ROLE_PERMISSIONS[role].some((grant) => {
    const [grantAction, grantEntity, grantScope] = split(grant);
    return grantAction === action && grantEntity === entity && SCOPE_RANK[grantScope] >= SCOPE_RANK[scope];
  });
}

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => roleGrants(role, permission));
}

/** The widest scope of `action:entity` among the roles, or null. */
export function widestScope(roles: readonly Role[], action: string, entity: string): Scope | null {
  const scopes: Scope[] = ["any", "org", "own"];
  return scopes.find((scope) => rolesGrant(roles, `${action}:${entity}:${scope}`)) ?? null;
}
