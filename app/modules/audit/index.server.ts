export { recordAudit, listAuditEvents, AUDIT_PAGE_SIZE } from "./audit.server";
export type { AuditEvent, AuditFilter } from "./audit.server";
export { AUDIT_ACTIONS, type AuditAction } from "./actions";
