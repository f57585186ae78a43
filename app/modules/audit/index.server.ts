export { recordAudit, listAuditEvents, countAuditEventsSince, AUDIT_PAGE_SIZE } from "./audit.server";
export { AuditFilterSchema } from "./filter-schema";
export type { AuditEvent, AuditFilter } from "./audit.server";
export { AUDIT_ACTIONS, type AuditAction } from "./actions";
