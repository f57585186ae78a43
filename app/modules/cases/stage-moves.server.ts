import { randomUUID } from "node:crypto";
import { db } from "~/lib/db.server";
import { recordAudit } from "~/modules/audit/index.server";
import { refuseField, refuseForm, type Outcome } from "~/modules/identity/outcome";
import { careToday, parseCareDay } from "./case-dates";
import { casePowers, caseState, requirePower, type CaseContext } from "./case-context.server";
import type { MoveStageInput } from "./case-schemas";
import { checklistFor } from "./checklists.server";
import { encryptNote } from "./identity-codec.server";
import { classifyMove, moveNeedsReason } from "./stages";

/** What a stage change keeps of the checklist of the stage it left: labels as they were, in both languages. */
export interface StageChecklistRecord {
  checked: string[];
  unchecked: string[];
  hi?: { checked: string[]; unchecked: string[] };
}

/**
 * Moves a case to another working stage: the next one, further ahead (a skip) or back (a revisit),
 * the last two with a reason, and a reason too when items of the stage left are unchecked. The form
 * carries the stage it was shown in; a case that moved meanwhile is not moved again.
 */
export async function moveStage(ctx: CaseContext, input: MoveStageInput): Promise<Outcome<{ skipped: boolean; revisit: boolean }>> {
  const state = await caseState(ctx.caseId);
  if (state.closedAt || state.stage === "closed") return refuseForm("careCases:errors.closed");
  requirePower(await casePowers(ctx, state), "manage");
  if (state.stage !== input.fromStage) return refuseForm("careCases:errors.movedMeanwhile");

  const move = classifyMove(input.fromStage, input.toStage);
  if (move === "closing") return refuseField("toStage", "careCases:errors.closeByApproval");
  if (move === "same" || move === "fromClosed") return refuseField("toStage", "careCases:errors.sameStage");
  const reason = input.reason?.trim() || null;
  if (moveNeedsReason(move) && !reason) return refuseField("reason", move === "skip" ? "careCases:errors.reasonForSkip" : "careCases:errors.reasonForRevisit");

  const items = await checklistFor(state.leadOrganisationId, input.fromStage);
  const ticked = new Set(input.checked);
  const checked = items.filter((item) => ticked.has(item.id));
  const unchecked = items.filter((item) => !ticked.has(item.id));
  if (unchecked.length && !reason) return refuseField("reason", "careCases:errors.reasonForUnchecked");

  const checklist: StageChecklistRecord = {
    checked: checked.map((item) => item.labelEn),
    unchecked: unchecked.map((item) => item.labelEn),
    hi: { checked: checked.map((item) => item.labelHi), unchecked: unchecked.map((item) => item.labelHi) },
  };
  const eventId = randomUUID();
  const skipped = move === "skip";
  const revisit = move === "revisit";
  const moved = await db.$transaction(async (tx) => {
    const { count } = await tx.careCase.updateMany({
      where: { id: ctx.caseId, stage: input.fromStage, closedAt: null },
      data: { stage: input.toStage, stageEnteredAt: new Date() },
    });
    if (count === 0) return false;
    await tx.caseEvent.create({
      data: {
        id: eventId,
        caseId: ctx.caseId,
        kind: "stage_changed",
        occurredOn: parseCareDay(careToday())!,
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        fromStage: input.fromStage,
        toStage: input.toStage,
        checklist: { ...checklist },
        notes: encryptNote("case_event.notes", eventId, reason),
      },
    });
    await recordAudit(
      {
        action: "care.case.stage_changed",
        actorId: ctx.user.id,
        organisationId: state.leadOrganisationId,
        entityType: "care_case",
        entityId: ctx.caseId,
        ip: ctx.ip,
        details: { code: ctx.code, from: input.fromStage, to: input.toStage, skipped, revisit, unchecked: unchecked.length },
      },
      tx,
    );
    return true;
  });
  if (!moved) return refuseForm("careCases:errors.movedMeanwhile");
  return { ok: true, skipped, revisit };
}
