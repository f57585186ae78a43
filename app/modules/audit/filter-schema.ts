import { z } from "zod";
import { urlFilter } from "~/lib/validation";
import { AUDIT_ACTIONS } from "./actions";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days are whole UTC days; "to" includes its day. */
const utcDay = z.iso.date();

export const AuditFilterSchema = z
  .object({
    action: urlFilter(z.enum(AUDIT_ACTIONS)),
    actor: urlFilter(z.string().trim().max(254)),
    entityType: urlFilter(z.string().trim().max(60)),
    entityId: urlFilter(z.string().trim().max(100)),
    from: urlFilter(utcDay),
    to: urlFilter(utcDay),
    // An audit row id; 18 digits stay inside PostgreSQL's bigint.
    before: urlFilter(z.string().regex(/^\d{1,18}$/)),
  })
  .transform((raw) => ({
    form: raw,
    filter: {
      action: raw.action,
      actorEmail: raw.actor,
      entityType: raw.entityType,
      entityId: raw.entityId,
      from: raw.from ? new Date(`${raw.from}T00:00:00Z`) : undefined,
      to: raw.to ? new Date(new Date(`${raw.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
    },
    before: raw.before ? BigInt(raw.before) : undefined,
  }));
