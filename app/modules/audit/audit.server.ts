import { db, type Tx } from "~/lib/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { AuditAction } from "./actions";

/** What happened, by whom, to what. Never put survivor data in `details`. */
export interface AuditEvent {
  action: AuditAction;
  actorId?: string | null;
  organisationId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  ip?: string | null;
  reason?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(event: AuditEvent, tx: Tx = db) {
  await tx.auditLog.create({
    data: {
      action: event.action,
      actorId: event.actorId ?? null,
      organisationId: event.organisationId ?? null,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      ip: event.ip ?? null,
      reason: event.reason ?? null,
      details: event.details,
    },
  });
}

export interface AuditFilter {
  action?: string;
  actorEmail?: string;
  organisationIds?: string[];
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

export const AUDIT_PAGE_SIZE = 50;

function whereOf(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    action: filter.action ? { startsWith: filter.action } : undefined,
    actor: filter.actorEmail ? { email: { contains: filter.actorEmail.toLowerCase() } } : undefined,
    organisationId: filter.organisationIds ? { in: filter.organisationIds } : undefined,
    entityType: filter.entityType || undefined,
    entityId: filter.entityId || undefined,
    at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
  };
}

/** Newest first, paged by id so that new rows never shift a page that is being read. */
export async function listAuditEvents(filter: AuditFilter, options: { before?: bigint; take?: number } = {}) {
  const take = options.take ?? AUDIT_PAGE_SIZE;
  const rows = await db.auditLog.findMany({
    where: { ...whereOf(filter), id: options.before ? { lt: options.before } : undefined },
    orderBy: { id: "desc" },
    take: take + 1,
    include: {
      actor: { select: { email: true, name: true } },
      organisation: { select: { name: true } },
    },
  });
  const page = rows.slice(0, take);
  return { events: page, nextBefore: rows.length > take ? page[page.length - 1]!.id : null };
}

/** How many events happened since `since`, in the given organisations or everywhere. */
export async function countAuditEventsSince(since: Date, organisationIds?: string[]) {
  return db.auditLog.count({ where: whereOf({ from: since, organisationIds }) });
}
