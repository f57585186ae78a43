/** Every action the audit log records. Later modules add theirs here, so that filters can list them. */
export const AUDIT_ACTIONS = [
  "auth.login.succeeded",
  "auth.login.failed",
  "auth.login.throttled",
  "auth.logout",
  "auth.two_factor.failed",
  "auth.two_factor.enabled",
  "auth.two_factor.disabled",
  "auth.password.changed",
  "auth.password_reset.requested",
  "auth.password_reset.completed",
  "auth.permission.denied",
  "admin.organisation.created",
  "admin.organisation.updated",
  "admin.user.created",
  "admin.user.updated",
  "admin.user.deactivated",
  "admin.user.reactivated",
  "admin.membership.added",
  "admin.membership.removed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
