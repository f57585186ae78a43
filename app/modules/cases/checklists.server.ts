import { db, type Tx } from "~/lib/db.server";
import { notFound } from "~/lib/http.server";
import { recordAudit } from "~/modules/audit/index.server";
import { organisationScope, type SessionUser } from "~/modules/identity/index.server";
import type { Outcome } from "~/modules/identity/outcome";
import { DEFAULT_CHECKLISTS } from "./default-checklists";
import { OPEN_STAGES, type CaseStage } from "./vocabulary";

/** Each organisation's checklist per stage. An organisation without any item yet starts from DEFAULT_CHECKLISTS. */

export type ChecklistItem = { id: string; stage: CaseStage; labelEn: string; labelHi: string; position: number };
const ITEM_SELECT = { id: true, stage: true, labelEn: true, labelHi: true, position: true } as const;

/**
 * Writes the default checklists for an organisation that has none (archived items count: an
 * organisation that archived everything keeps its empty lists). The organisation's row is locked
 * first, so two first requests at once write the defaults only once.
 */
export async function ensureChecklists(organisationId: string) {
  if (await db.stageChecklistItem.findFirst({ where: { organisationId }, select: { id: true } })) return;
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM organisation WHERE id = ${organisationId}::uuid FOR UPDATE`;
    if (await tx.stageChecklistItem.count({ where: { organisationId } })) return;
    await tx.stageChecklistItem.createMany({
      data: OPEN_STAGES.flatMap((stage) => DEFAULT_CHECKLISTS[stage].map((item, position) => ({ organisationId, stage, labelEn: item.en, labelHi: item.hi, position }))),
    });
  });
}

/** The organisation's current (not archived) items of a stage, in order. */
export async function checklistFor(organisationId: string, stage: CaseStage): Promise<ChecklistItem[]> {
  if (stage === "closed") return [];
  await ensureChecklists(organisationId);
  return db.stageChecklistItem.findMany({
    where: { organisationId, stage, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: ITEM_SELECT,
  });
}

/** A label in the page's language; Hindi falls back to English. */
export function checklistLabel(item: { labelEn: string; labelHi: string }, language: string) {
  return language === "hi" && item.labelHi.trim() ? item.labelHi : item.labelEn;
}

// Settings: supervisors configure their organisation's lists.

/** The organisations whose checklists the user configures (manage:checklist at org scope). */
export async function checklistOrganisations(user: SessionUser) {
  const scope = organisationScope(user, "manage:checklist:org");
  return db.organisation.findMany({ where: scope === "any" ? {} : { id: { in: scope } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

async function requireChecklistOrganisation(user: SessionUser, organisationId: string) {
  const scope = organisationScope(user, "manage:checklist:org");
  if (scope !== "any" && !scope.includes(organisationId)) throw notFound();
}

/** Every stage's items of an organisation, in order. */
export async function checklistSettings(user: SessionUser, organisationId: string) {
  await requireChecklistOrganisation(user, organisationId);
  await ensureChecklists(organisationId);
  const items = await db.stageChecklistItem.findMany({
    where: { organisationId, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: ITEM_SELECT,
  });
  return OPEN_STAGES.map((stage) => ({ stage, items: items.filter((item) => item.stage === stage) }));
}

interface Actor {
  user: SessionUser;
  ip: string | null;
}

async function audit(tx: Tx, actor: Actor, organisationId: string, item: { id: string; stage: CaseStage }, change: "added" | "renamed" | "archived" | "moved") {
  await recordAudit(
    {
      action: "care.checklist.updated",
      actorId: actor.user.id,
      organisationId,
      entityType: "stage_checklist_item",
      entityId: item.id,
      ip: actor.ip,
      details: { stage: item.stage, change },
    },
    tx,
  );
}

export async function addChecklistItem(actor: Actor, input: { organisationId: string; stage: Exclude<CaseStage, "closed">; labelEn: string; labelHi?: string }): Promise<Outcome> {
  await requireChecklistOrganisation(actor.user, input.organisationId);
  await ensureChecklists(input.organisationId);
  await db.$transaction(async (tx) => {
    const last = await tx.stageChecklistItem.aggregate({ where: { organisationId: input.organisationId, stage: input.stage }, _max: { position: true } });
    const item = await tx.stageChecklistItem.create({
      data: {
        organisationId: input.organisationId,
        stage: input.stage,
        labelEn: input.labelEn,
        labelHi: input.labelHi || input.labelEn,
        position: (last._max.position ?? -1) + 1,
      },
    });
    await audit(tx, actor, input.organisationId, item, "added");
  });
  return { ok: true };
}

async function itemOf(actor: Actor, organisationId: string, itemId: string) {
  await requireChecklistOrganisation(actor.user, organisationId);
  const item = await db.stageChecklistItem.findFirst({ where: { id: itemId, organisationId, archivedAt: null }, select: ITEM_SELECT });
  if (!item) throw notFound();
  return item;
}

export async function renameChecklistItem(actor: Actor, input: { organisationId: string; itemId: string; labelEn: string; labelHi?: string }): Promise<Outcome> {
  const item = await itemOf(actor, input.organisationId, input.itemId);
  await db.$transaction(async (tx) => {
    await tx.stageChecklistItem.update({ where: { id: item.id }, data: { labelEn: input.labelEn, labelHi: input.labelHi || input.labelEn } });
    await audit(tx, actor, input.organisationId, item, "renamed");
  });
  return { ok: true };
}

/** Archived items leave the list; timelines keep the labels they were moved with. */
export async function archiveChecklistItem(actor: Actor, input: { organisationId: string; itemId: string }): Promise<Outcome> {
  const item = await itemOf(actor, input.organisationId, input.itemId);
  await db.$transaction(async (tx) => {
    await tx.stageChecklistItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });
    await audit(tx, actor, input.organisationId, item, "archived");
  });
  return { ok: true };
}

/** One place up or down within its stage; the stage's positions are written afresh (0, 1, 2, …). */
export async function moveChecklistItem(actor: Actor, input: { organisationId: string; itemId: string; direction: "up" | "down" }): Promise<Outcome> {
  const item = await itemOf(actor, input.organisationId, input.itemId);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM organisation WHERE id = ${input.organisationId}::uuid FOR UPDATE`;
    const items = await tx.stageChecklistItem.findMany({
      where: { organisationId: input.organisationId, stage: item.stage, archivedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const from = items.findIndex((other) => other.id === item.id);
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to]!, items[from]!];
    for (const [position, other] of items.entries()) {
      await tx.stageChecklistItem.update({ where: { id: other.id }, data: { position } });
    }
    await audit(tx, actor, input.organisationId, item, "moved");
  });
  return { ok: true };
}
